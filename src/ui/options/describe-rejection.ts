import type { PackProblem } from '../../core/dataset/parse-pack';
import { counted } from '../count-words';
import { type MessageKey, t } from '../t';

/** What the options page says about a pack it refused: a plain first line, then one line per problem. */
export interface Rejection {
  headline: string;
  lines: string[];
}

const ENTRY_NAMES: Record<string, MessageKey> = {
  entities: 'packEntryEntity',
  facts: 'packEntryFact',
  sources: 'packEntrySource',
  notes: 'packEntryNote',
};

/**
 * Puts a refused pack in plain words. A file that is not a pack at all (no object, or no
 * `format` field) or of a format this version cannot read gets one sentence saying so, without
 * the validator's detail; otherwise a count of the problems ("1 problem", "3 problems") and every
 * problem by entry and field: `Fact 2 “some-id”, field evidence.0.source: unknown source "x"`.
 * `input` is the parsed file, used to name entries by their ids.
 */
export function describeRejection(input: unknown, problems: readonly PackProblem[]): Rejection {
  const record = input !== null && typeof input === 'object' && !Array.isArray(input) ? input : null;
  if (!record || !('format' in record)) return { headline: t('packNotAPack'), lines: [] };
  const format = (record as { format: unknown }).format;
  if (format !== 1) {
    // The value as written, cut short: a format of megabytes is not echoed whole.
    const written = JSON.stringify(format)?.slice(0, 40) ?? '?';
    return { headline: t('packUnknownFormat', written), lines: [] };
  }
  return {
    headline: counted(problems.length, 'packsRejectedOne', 'packsRejected'),
    lines: problems.map((p) => `${where(record as Record<string, unknown>, p.path)}: ${p.message}`),
  };
}

/** "Fact 2 “id”, field evidence.0.source", "The pack's header, field title", "The pack itself". */
function where(pack: Record<string, unknown>, path: string): string {
  if (path === '(pack)' || path === '') return t('packWhole');
  const [list, index, ...field] = path.split('.');
  const entry = ENTRY_NAMES[list ?? ''];
  if (!entry || index === undefined || !/^\d+$/.test(index)) return t('packHeaderField', path);
  const item = (pack[list!] as unknown[] | undefined)?.[Number(index)] as { id?: unknown } | undefined;
  const id = typeof item?.id === 'string' && item.id.length <= 80 ? ` “${item.id}”` : '';
  const name = `${t(entry, String(Number(index) + 1))}${id}`;
  return field.length ? t('packEntryField', name, field.join('.')) : name;
}
