// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/dataset/source';
import { SourceLinks } from '../../src/ui/SourceLinks';

describe('pack text written right to left', () => {
  it('sets an outlet apart in a <bdi>, so the date after it stays after it', () => {
    const source = {
      id: 'rtl',
      outlet: 'الجزيرة',
      title: 'عنوان',
      url: 'https://www.aljazeera.net/news/1',
      published: { value: '2025-06-05', basis: 'printed' },
      kind: 'report',
    } as unknown as Source;
    const root = document.createElement('div');
    render(h(SourceLinks, { sources: [source], pageHost: '' }), root);
    const link = root.querySelector('ul.sources a')!;
    expect(link.querySelector('bdi')?.textContent).toBe('الجزيرة');
    expect(link.parentElement!.textContent).toBe('الجزيرة, 5 Jun 2025');
  });
});
