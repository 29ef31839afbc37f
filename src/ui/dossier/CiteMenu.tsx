import { useState } from 'preact/hooks';
import type { Fact } from '../../core/dataset/fact';
import type { Source } from '../../core/dataset/source';
import type { PackInfo } from '../../core/facts/card-data';
import { citeFact } from '../../core/facts/cite-fact';
import { cslItemsForFact } from '../../core/facts/csl-items';
import { t } from '../t';
import { formatReferences, REFERENCE_FORMATS, type ReferenceFormat } from './format-references';

type CopyFormat = 'text' | 'markdown' | ReferenceFormat;

/**
 * A fact's citations, behind a disclosure: plain text and Markdown, a reference in APA, MLA or
 * Chicago, and exports as BibTeX, RIS or CSL-JSON, each copied to the clipboard with a status.
 */
export function CiteMenu({
  fact,
  sources,
  pack,
}: {
  fact: Fact;
  sources: Source[];
  pack: PackInfo | undefined;
}) {
  const [status, setStatus] = useState('');
  const copy = async (format: CopyFormat) => {
    const today = new Date().toISOString().slice(0, 10);
    const text =
      format === 'text' || format === 'markdown'
        ? citeFact(fact, sources, pack)[format]
        : formatReferences(cslItemsForFact(fact, sources, pack, today), format);
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('dossierCopiedAs', nameOf(format)));
    } catch {
      setStatus(t('cardCopyBlocked'));
    }
  };
  return (
    <details class="cite">
      <summary>{t('dossierCite')}</summary>
      <div class="cite-choices">
        {(['text', 'markdown', ...REFERENCE_FORMATS.map((f) => f.format)] as CopyFormat[]).map((format) => (
          <button
            key={format}
            type="button"
            data-copy={format}
            aria-label={t('dossierCopyAs', nameOf(format))}
            onClick={() => void copy(format)}
          >
            {nameOf(format)}
          </button>
        ))}
        <span class="copied" role="status">
          {status}
        </span>
      </div>
    </details>
  );
}

function nameOf(format: CopyFormat): string {
  if (format === 'text') return t('cardCopyAsText');
  if (format === 'markdown') return t('cardCopyAsMarkdown');
  return REFERENCE_FORMATS.find((f) => f.format === format)!.name;
}
