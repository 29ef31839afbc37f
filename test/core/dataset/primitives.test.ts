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
    ['a Mongolian variation selector', 'Reu\u180Bters', /invisible character \(U\+180B/],
    ['a musical format control', 'The \u{1D173}Hague', /invisible character \(U\+1D173 at character 5\)/],
    ['a shorthand format control', 'Keir\u{1BCA0}', /invisible character \(U\+1BCA0/],
    ['the object replacement character', 'Keir\uFFFC', /invisible character \(U\+FFFC/],
    ['a noncharacter', 'Keir\uFFFF', /invisible character \(U\+FFFF/],
    ['a noncharacter past the first plane', 'a\u{1FFFF}b', /invisible character \(U\+1FFFF/],
    ['a Mongolian variation selector after a Latin letter', 'Reu\u180Dters', /invisible character \(U\+180D/],
    [
      'a name of blank Braille patterns',
      '\u2800\u2800\u2800',
      /invisible character \(U\+2800 at character 1\)/,
    ],
  ])('refuses %s with a plain message', (_, text, message) => {
    expect(firstMessage(name.safeParse(text))).toMatch(message);
  });

  it('accepts a Mongolian variation selector inside a Mongolian word', () => {
    expect(name.safeParse('\u182E\u1823\u1829\u180B\u182D\u1823\u182F').success).toBe(true);
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

describe('text and ids that would disguise, forge or overflow', () => {
  it.each([
    ['a tag character (astral)', 'Fuzz \u{E0041}Person'],
    ['a supplementary variation selector', 'Fuzz\u{E0100} Person'],
    ['a lone high surrogate', 'Fuzz \ud800Person'],
    ['a lone low surrogate', 'Fuzz \udc00Person'],
    ['a combining grapheme joiner', 'Fu\u034fzz'],
    ['a deprecated format character', 'Fu\u206azz'],
    ['an interlinear annotation', 'Fu\ufff9zz'],
    ['a variation selector after ASCII', 'Fuzz\ufe0f'],
    ['only white space', '   '],
  ])('refuses %s', (_what, text) => {
    expect(firstMessage(name.safeParse(text))).not.toBeNull();
  });

  it.each([
    ['emoji with their variation selector and joiners', 'Kyiv ❤️ Europe 👩‍⚕️'],
    ['a keycap', 'Step 1️⃣ first'],
    ["Scotland's flag (tag characters)", 'Flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland'],
    ['a CJK ideographic variation sequence', '輻󠄀 ideograph'],
  ])('keeps %s', (_what, text) => {
    expect(name.parse(text)).toBe(text);
  });

  it('keeps every field on one line: line breaks and tabs become single spaces', () => {
    expect(name.parse('Fuzz Times\nAU  - Forged Author')).toBe('Fuzz Times AU - Forged Author');
    expect(name.parse('A\r\n\tB')).toBe('A B');
    expect(name.parse('A\u2028B')).toBe('A B');
    expect(name.parse('A  B')).toBe('A  B');
  });

  it('refuses an id or a language tag of megabytes with a message, not a stack overflow', async () => {
    const { IdSchema, LanguageSchema } = await import('../../../src/core/dataset/primitives');
    expect(firstMessage(IdSchema.safeParse(`${'a-'.repeat(5e6)}a!`))).toMatch(/80|too big|at most/i);
    expect(firstMessage(LanguageSchema.safeParse(`en${'-abcdefgh'.repeat(2.3e6)}!`))).toMatch(
      /35|too big|at most/i,
    );
    expect(firstMessage(IdSchema.safeParse('Keir Starmer'))).toMatch(/kebab-case/);
    expect(IdSchema.safeParse('keir-starmer').success).toBe(true);
  });
});

describe('aliases that would match where no one means the entity', () => {
  const entity = (text: string, rule: string) => ({
    id: 'fuzz-person',
    kind: 'person',
    name: 'Fuzz Person',
    description: 'A person.',
    aliases: [{ text, lang: 'en', rule }],
  });
  it.each([
    ['one letter', 'A', 'capitalised', /two letters/],
    ['punctuation', ',.', 'any-case', /two letters/],
    ['a common word', 'The', 'capitalised', /common word/],
    ['a short any-case alias', 'eu', 'any-case', /four letters/],
    ['a capitalised alias without capitals', 'fuzz person', 'capitalised', /no capital/],
    ['common words together', 'of the', 'any-case', /only of common words/],
    ['a common sentence opening', 'this is', 'any-case', /only of common words/],
    ['a reporting verb', 'Said', 'capitalised', /common word/],
    ['a number', '10', 'capitalised', /digits alone/],
    ['a year', '2025', 'any-case', /digits alone/],
    ['a common Chinese word', '我们', 'capitalised', /common word/],
  ])('refuses %s', (_what, text, rule, message) => {
    expect(firstMessage(EntitySchema.safeParse(entity(text, rule)))).toMatch(message);
  });

  it.each([
    ['NATO', 'capitalised'],
    ['EU', 'capitalised'],
    ['coalition of the willing', 'any-case'],
    ['Зеленський', 'capitalised'],
    // Scripts without capitals are judged by length alone.
    ['普京', 'capitalised'],
    ['푸틴', 'any-case'],
    ['פוטין', 'capitalised'],
    // Common words with a name, and a name with digits, still name something.
    ['The Hague', 'capitalised'],
    ['G7', 'capitalised'],
    ['Article 5', 'capitalised'],
    // Acronyms in capitals match only in capitals; names made of common words keep their capitals.
    ['WHO', 'capitalised'],
    ['UN', 'capitalised'],
    ['The Who', 'capitalised'],
    ['9/11', 'capitalised'],
  ])('accepts %s', (text, rule) => {
    expect(EntitySchema.safeParse(entity(text, rule)).success).toBe(true);
  });
});

describe('date ranges and roles', () => {
  it('takes a range to the end of its month as ending after a day in it', async () => {
    const { PartialDateSchema } = await import('../../../src/core/dates/partial-date');
    expect(
      PartialDateSchema.safeParse({ value: '2025-06-20', end: '2025-06', basis: 'printed' }).success,
    ).toBe(true);
    expect(
      firstMessage(PartialDateSchema.safeParse({ value: '2025-06-20', end: '2025-05', basis: 'printed' })),
    ).toMatch(/ends before it starts/);
  });

  it('refuses a role that ends before it begins', async () => {
    const { RoleSchema } = await import('../../../src/core/dataset/entity');
    const role = (from: string, until: string) => ({
      title: 'Envoy',
      from: { value: from, basis: 'printed' },
      until: { value: until, basis: 'printed' },
    });
    expect(firstMessage(RoleSchema.safeParse(role('2025-03', '2024-11')))).toMatch(/ends before it begins/);
    expect(RoleSchema.safeParse(role('2025-03', '2025')).success).toBe(true);
  });
});

describe('what a refusal echoes', () => {
  it('cuts a huge key or value short, and refuses a pack with nothing to import', async () => {
    const { parsePack } = await import('../../../src/core/dataset/parse-pack');
    const { basePack } = await import('../../support/hostile-packs');
    const huge = { ...basePack(), ['k'.repeat(1_000_000)]: 1 };
    const refused = parsePack(huge);
    expect(refused.ok).toBe(false);
    for (const p of refused.ok ? [] : refused.problems) {
      expect(p.path.length).toBeLessThanOrEqual(200);
      expect(p.message.length).toBeLessThanOrEqual(300);
    }
    const empty = parsePack({ ...basePack(), entities: [], facts: [], notes: [] });
    expect(!empty.ok && empty.problems.map((p) => p.message)).toEqual([
      'holds nothing to import: no entities, facts or notes',
    ]);
  });
});
