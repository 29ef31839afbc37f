import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../../../src/core/dataset/entity';
import { HttpUrlSchema, textSchema } from '../../../src/core/dataset/primitives';

const name = textSchema(120);
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues[0]!.message;

describe('HttpUrlSchema', () => {
  it.each([
    'https://www.bbc.co.uk/news/articles/c0k1z2y3',
    'http://example.com',
    'https://example.com:8443/a?b=c#d',
    'https://www.pravda.com.ua/eng/news/2025/03/2/7501234/',
    'https://uk.wikipedia.org/wiki/Коаліція_охочих',
    'https://[2001:db8::1]/x',
    'https://news.example/%E2%80%AEfile',
  ])('accepts %s', (url) => {
    expect(firstMessage(HttpUrlSchema.safeParse(url))).toBeNull();
  });

  it.each([
    ['a NUL in the host', 'https://exa\u0000mple.com/', /control character \(U\+0000 at character 12\)/],
    [
      'a right-to-left override in the host',
      'https://gov.uk\u202Eevil.com/',
      /bidirectional control character \(U\+202E/,
    ],
    [
      'a left-to-right isolate in the path',
      'https://example.com/\u2066x',
      /bidirectional control character \(U\+2066/,
    ],
    ['a pop directional isolate', 'https://example.com/\u2069', /bidirectional control character \(U\+2069/],
    ['a zero-width space', 'https://exam\u200Bple.com/', /invisible character \(U\+200B/],
    ['a zero-width joiner', 'https://example.com/a\u200Db', /invisible character \(U\+200D/],
    ['a byte-order mark', '\uFEFFhttps://example.com/', /invisible character \(U\+FEFF at character 1\)/],
    ['a C1 control', 'https://example.com/\u0085', /control character \(U\+0085/],
    ['a line feed', 'https://example.com/\nx', /control character \(U\+000A/],
    ['a tab', 'https://example.com/\tx', /control character \(U\+0009/],
    ['a DEL', 'https://example.com/\u007F', /control character \(U\+007F/],
    ['a space', 'https://example.com/a b', /expected an http or https address/],
    ['a backslash', 'https://good.example\\@evil.example/', /expected an http or https address/],
    ['a user name', 'https://good.example@evil.example/', /expected an http or https address/],
    ['no host', 'https:///path', /expected an http or https address/],
    ['only a port', 'https://:443/', /expected an http or https address/],
    ['javascript:', 'javascript:alert(1)', /expected an http or https address/],
    ['data:', 'data:text/html,<script>alert(1)</script>', /expected an http or https address/],
    ['file:', 'file:///etc/passwd', /expected an http or https address/],
    ['ftp:', 'ftp://example.com/', /expected an http or https address/],
    ['protocol-relative', '//example.com/', /expected an http or https address/],
  ])('refuses %s with a plain message', (_, url, message) => {
    expect(firstMessage(HttpUrlSchema.safeParse(url))).toMatch(message);
  });
});

describe('textSchema', () => {
  it.each([
    'Keir Starmer',
    'Volodymyr Zelenskyy',
    'Володимир Зеленський',
    'Emmanuel Macron',
    'نخست‌وزیر', // Persian keeps its zero-width non-joiner between letters
    'family 👨‍👩‍👧', // an emoji sequence joined by zero-width joiners
    'two\nlines',
    'Rasmussen, Anders Fogh',
  ])('accepts %s', (text) => {
    expect(firstMessage(name.safeParse(text))).toBeNull();
  });

  it.each([
    ['a C1 control', 'Keir\u0085Starmer', /control character \(U\+0085 at character 5\)/],
    ['a C1 CSI', 'Keir \u009B31m', /control character \(U\+009B/],
    ['a NUL', 'Keir\u0000', /control character \(U\+0000/],
    ['a bell', 'bad\u0007bell', /control character \(U\+0007/],
    ['a right-to-left override', 'Starmer \u202Ereversed', /bidirectional control character \(U\+202E/],
    ['a left-to-right embedding', '\u202AKeir', /bidirectional control character \(U\+202A/],
    ['a first strong isolate', 'Keir\u2068', /bidirectional control character \(U\+2068/],
    ['a zero-width space inside a name', 'Sta\u200Brmer', /invisible character \(U\+200B at character 4\)/],
    ['a zero-width joiner between Latin letters', 'Sta\u200Drmer', /invisible character \(U\+200D/],
    ['a zero-width non-joiner at the end', 'Starmer\u200C', /invisible character \(U\+200C/],
    ['a soft hyphen', 'Star\u00ADmer', /invisible character \(U\+00AD/],
    ['a right-to-left mark', 'Keir\u200F', /invisible character \(U\+200F/],
    ['a word joiner', 'Keir\u2060Starmer', /invisible character \(U\+2060/],
    ['a Hangul filler', 'Keir\u3164', /invisible character \(U\+3164/],
  ])('refuses %s with a plain message', (_, text, message) => {
    expect(firstMessage(name.safeParse(text))).toMatch(message);
  });

  it('applies to entity names and aliases', () => {
    const entity = {
      id: 'keir-starmer',
      kind: 'person',
      name: 'Keir\u0085Starmer',
      description: 'x',
      aliases: [{ text: 'Keir\u202EStarmer', lang: 'en', rule: 'capitalised' }],
    };
    const result = EntitySchema.safeParse(entity);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['name', 'aliases.0.text']);
  });
});
