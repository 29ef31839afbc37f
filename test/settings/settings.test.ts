import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isPausedOn,
  isSiteName,
  parseSettings,
  pausingSite,
  siteOf,
} from '../../src/settings/settings';
import { siteForReaders } from '../../src/ui/site-names';

describe('parseSettings', () => {
  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'dark mode please'],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_name, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the damaged ones', () => {
    const parsed = parseSettings({
      version: 1,
      hoverDelayMs: 500,
      highlightStyle: 'sparkles',
      kinds: { person: false, topic: true, organisation: true },
      pausedSites: ['example.com', 'not a site!'],
      pausedEverywhere: 'yes',
      extra: '<script>',
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 500,
      kinds: { person: false, topic: true, organisation: true },
    });
  });

  it.each<[unknown, string]>([
    ['section', 'section'],
    ['page', 'page'],
    ['every', 'every'],
    ['first', 'every'],
    [2, 'every'],
    [null, 'every'],
  ])('reads a marking of %j as %j', (marking, expected) => {
    expect(parseSettings({ marking }).marking).toBe(expected);
  });

  it.each<[unknown, string[]]>([
    [
      ['keir-starmer', 'donald-trump'],
      ['keir-starmer', 'donald-trump'],
    ],
    [[], []],
    ['keir-starmer', []],
    [[42], []],
    [['x'.repeat(81)], []],
  ])('reads muted entities %j as %j', (mutedEntities, expected) => {
    expect(parseSettings({ mutedEntities }).mutedEntities).toEqual(expected);
  });

  it.each([-1, 3001, 1.5, Number.NaN, '300'])('refuses a card delay of %j', (hoverDelayMs) => {
    expect(parseSettings({ hoverDelayMs }).hoverDelayMs).toBe(300);
  });
});

describe('isPausedOn', () => {
  const settings = { ...DEFAULT_SETTINGS, pausedSites: ['example.com'] };
  it.each<[string, boolean]>([
    ['example.com', true],
    ['www.example.com', true],
    ['news.example.com', true],
    ['notexample.com', false],
    ['example.org', false],
  ])('%s → %s', (host, paused) => {
    expect(isPausedOn(settings, host)).toBe(paused);
  });

  it('is paused everywhere when asked', () => {
    expect(isPausedOn({ ...DEFAULT_SETTINGS, pausedEverywhere: true }, 'anything.test')).toBe(true);
  });

  it('names a site without www', () => {
    expect(siteOf('WWW.Example.COM')).toBe('example.com');
  });
});

describe('sites of every kind of host', () => {
  it.each<[string, string]>([
    ['news.example.test.', 'news.example.test'],
    ['  Example.org ', 'example.org'],
    ['[::1]', '[::1]'],
    ['192.168.1.20', '192.168.1.20'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['Bücher.example', 'xn--bcher-kva.example'],
  ])('%s is the site %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
    expect(isSiteName(site)).toBe(true);
  });

  it.each(['', 'exa mple.com', 'example.com/path', 'user@example.com', '[::1', 'http://example.com'])(
    'refuses %j as a site',
    (typed) => {
      expect(isSiteName(siteOf(typed))).toBe(false);
    },
  );

  it('keeps paused sites of every kind, and pauses their pages', () => {
    const settings = parseSettings({ pausedSites: ['[::1]', 'news.example.test', 'xn--e1afmkfd.xn--p1ai'] });
    expect(settings.pausedSites).toEqual(['[::1]', 'news.example.test', 'xn--e1afmkfd.xn--p1ai']);
    expect(isPausedOn(settings, '[::1]')).toBe(true);
    expect(isPausedOn(settings, 'news.example.test.')).toBe(true);
    expect(isPausedOn(settings, 'xn--e1afmkfd.xn--p1ai')).toBe(true);
  });

  it('names the paused site that covers a subdomain, for the popup to resume', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedSites: ['example.test'] };
    expect(pausingSite(settings, 'news.example.test')).toBe('example.test');
    expect(pausingSite(settings, 'example.org')).toBeNull();
  });

  it('shows a site in another script in that script', () => {
    expect(siteForReaders('xn--e1afmkfd.xn--p1ai')).toBe('пример.рф');
    expect(siteForReaders('news.example.com')).toBe('news.example.com');
  });
});
