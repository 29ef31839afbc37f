import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/dataset/source';
import { isThisSite } from '../../src/ui/SourceLinks';

const at = (url: string) => ({ url }) as Source;

describe('isThisSite', () => {
  it.each([
    ['https://www.bbc.co.uk/news/1', 'bbc.co.uk', true],
    ['https://bbc.co.uk/news/1', 'news.bbc.co.uk', true],
    ['https://www.liga.net/news/1', 'liga.net', true],
    ['https://www.liga.net/news/1', 'notliga.net', false],
    ['https://www.liga.net/news/1', 'example.org', false],
    // A suffix many sites share is no site: a pack cannot claim every page under it.
    ['https://com/b', 'example.com', false],
    ['https://co.uk/x', 'bbc.co.uk', false],
    ['https://com.au/x', 'abc.net.au', false],
    // GOV.UK's own address is such a suffix too (ons.gov.uk is another site): left unmarked.
    ['https://www.gov.uk/x', 'ons.gov.uk', false],
  ])('%s on %s: %s', (url, pageHost, expected) => {
    expect(isThisSite(at(url), pageHost)).toBe(expected);
  });
});
