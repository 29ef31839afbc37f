import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCardCopy } from '../core/facts/card-copy';
import type { CompactCardData } from '../core/facts/card-data';
import type { CardContext } from './card-context';
import { provenanceLine } from './FactItem';
import { t } from './t';

/** How long "Copied" stays, in milliseconds. */
const COPIED_FOR_MS = 3000;

type Format = 'text' | 'markdown' | 'reference';

/**
 * The card's one copy action: a button that opens three choices (text, Markdown, a reference),
 * each copying the whole card, with a status line saying whether it worked.
 */
export function CopyMenu({ data, context }: { data: CompactCardData; context: CardContext }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  // "Copied" is a moment's confirmation, not a lasting state.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const toggle = useRef<HTMLButtonElement>(null);
  const name = data.entity.name;
  const copy = async (format: Format) => {
    const today = context.today ?? new Date().toISOString().slice(0, 10);
    const copies = formatCardCopy(
      data,
      (id) => provenanceLine(id, data.facts, data.sources, data.notes),
      today,
    );
    const ok = await context.copy(copies[format]);
    setStatus(t(ok ? 'cardCopied' : 'cardCopyBlocked'));
    // Focus goes back to the toggle before the choices hide: focus on a hidden button would be
    // lost, which reads as leaving the card and closes it.
    toggle.current?.focus({ preventScroll: true });
    setOpen(false);
  };
  const choices: [Format, 'cardCopyAsText' | 'cardCopyAsMarkdown' | 'cardCopyAsReference', string][] = [
    ['text', 'cardCopyAsText', t('cardCopyTextLabel', name)],
    ['markdown', 'cardCopyAsMarkdown', t('cardCopyMarkdownLabel', name)],
    ['reference', 'cardCopyAsReference', t('cardCopyReferenceLabel', name)],
  ];
  return (
    <div class="copy">
      <button
        ref={toggle}
        type="button"
        data-action="copy"
        aria-expanded={open}
        aria-controls="gloss-copy-choices"
        aria-label={t('cardCopyLabel', name)}
        onClick={() => setOpen(!open)}
      >
        {t('cardCopy')} ▾
      </button>
      <div id="gloss-copy-choices" class="copy-choices" hidden={!open}>
        {choices.map(([format, label, aria]) => (
          <button
            key={format}
            type="button"
            data-copy={format}
            aria-label={aria}
            onClick={() => void copy(format)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <span class="copied" role="status">
        {status}
      </span>
    </div>
  );
}
