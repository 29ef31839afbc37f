import { useState } from 'preact/hooks';
import type { MatchingChange } from '../../core/dataset/bundled-matching-changes';
import type { PackInput } from '../../core/dataset/pack';
import { orderByDependency } from '../../core/dataset/pack-order';
import type { DataStats } from '../../core/facts/card-data';
import type { ImportProgress } from '../../db/manage-packs';
import { byCount } from '../count-words';
import { t } from '../t';
import { describeRejection } from './describe-rejection';
import type { OptionsServices } from './options-services';

/** What an import step tells the reader. */
export type Outcome = { kind: 'ok' | 'error'; message: string; problems?: string[] } | null;
/** Packs imported so far from one file. */
type Done = { titles: string[]; facts: number };
/** A pack waiting for the reader's consent to change how bundled names are found. */
export type Consent = { input: unknown; changes: MatchingChange[]; rest: unknown[]; done: Done };
/** A pack whose id an installed pack of another title, or of a later version, has. */
export type Replacing = {
  installed: { id: string; title: string; version: string };
  title: string;
  version: string;
  rest: unknown[];
  done: Done;
};

/**
 * The import of a file of one or several packs, each in turn (in an order that imports: a pack
 * after those it points to), with the questions it may ask on the way: consent to change how
 * bundled names are found, and whether to replace an installed pack that has the same id but
 * another title or a later version. A refusal says which packs of the file were already imported.
 */
export function useImportFlow(
  services: OptionsServices,
  stats: DataStats | null,
  refresh: () => Promise<void>,
  setOutcome: (outcome: Outcome) => void,
) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [consent, setConsent] = useState<Consent | null>(null);
  const [replacing, setReplacing] = useState<Replacing | null>(null);

  const importFile = async (file: File) => {
    setOutcome(null);
    setConsent(null);
    setReplacing(null);
    let input: unknown;
    try {
      input = JSON.parse(await file.text());
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: t('packsNotJson', error instanceof Error ? error.message : String(error)),
      });
      return;
    }
    // A file of several packs (as "Export all" and the copies offered before Reset write) imports
    // each in turn; the bundled pack in it is already here and is skipped.
    const bundled = new Set(stats?.packs.filter((p) => p.bundled).map((p) => p.id));
    const packs = Array.isArray(input)
      ? orderByDependency(
          input.filter((p) => !bundled.has((p as { id?: string } | null)?.id ?? '')) as PackInput[],
        )
      : [input];
    await importPacks(packs, { titles: [], facts: 0 });
  };

  /** Imports `packs` in turn; `agreed` carries the reader's consent, `replace` their yes, for the first. */
  const importPacks = async (packs: unknown[], done: Done, agreed?: string[], replace = false) => {
    for (const [i, pack] of packs.entries()) {
      const asked = replace && i === 0 ? null : replacementQuestion(stats, pack);
      if (asked) {
        setReplacing({ ...asked, rest: packs.slice(i), done });
        return;
      }
      const consentGiven = i === 0 ? agreed : undefined;
      let result: Awaited<ReturnType<OptionsServices['importPack']>>;
      try {
        result = await services.importPack(pack, setProgress, consentGiven);
      } catch (error) {
        setProgress(null);
        const message = t('packsImportFailed', error instanceof Error ? error.message : String(error));
        setOutcome({ kind: 'error', message: afterImported(done, message) });
        await refresh();
        return;
      }
      setProgress(null);
      if (!result.ok && result.consentNeeded?.length && !consentGiven) {
        // A pack that changes how bundled names are found waits for the reader's explicit yes.
        setConsent({ input: pack, changes: result.consentNeeded, rest: packs.slice(i), done });
        return;
      }
      if (!result.ok) {
        const { headline, lines } = describeRejection(pack, result.problems);
        setOutcome({
          kind: 'error',
          message: afterImported(done, headline),
          problems: lines.length ? lines : undefined,
        });
        await refresh();
        return;
      }
      done.titles.push(result.pack.title);
      done.facts += result.pack.counts.facts ?? 0;
    }
    const { titles, facts } = done;
    setOutcome(
      titles.length === 1
        ? {
            kind: 'ok',
            message: t(byCount(facts, 'packsImportedOne', 'packsImported'), titles[0]!, String(facts)),
          }
        : titles.length
          ? { kind: 'ok', message: t('packsImportedMany', String(titles.length), titles.join(', ')) }
          : { kind: 'error', message: t('packNotAPack') },
    );
    await refresh();
  };

  const answerConsent = (yes: boolean) => {
    if (!consent) return;
    const { rest, changes, done } = consent;
    setConsent(null);
    if (yes)
      void importPacks(
        rest,
        done,
        changes.map((c) => c.key),
        true,
      );
    else setOutcome({ kind: 'error', message: declined(done, rest) });
  };

  const answerReplace = (yes: boolean) => {
    if (!replacing) return;
    const { rest, done } = replacing;
    setReplacing(null);
    if (yes) void importPacks(rest, done, undefined, true);
    else setOutcome({ kind: 'error', message: declined(done, rest) });
  };

  return { progress, consent, replacing, importFile, answerConsent, answerReplace };
}

/** What a No to a question says: the packs imported before (they stay), and those skipped after. */
function declined(done: Done, rest: readonly unknown[]): string {
  const skipped = rest
    .slice(1)
    .map((p) => (p as { title?: unknown } | null)?.title)
    .filter((title): title is string => typeof title === 'string');
  const message = afterImported(done, t('packsConsentCancelled'));
  return skipped.length ? `${message} ${t('packsSkipped', skipped.join(', '))}` : message;
}

/** A refusal's message, after the titles of the file's packs already imported (they stay). */
function afterImported(done: Done, message: string): string {
  return done.titles.length ? `${t('packsImportedBefore', done.titles.join(', '))} ${message}` : message;
}

/** The question to ask before `pack` replaces an installed pack of its id, or null. */
function replacementQuestion(
  stats: DataStats | null,
  pack: unknown,
): Omit<Replacing, 'rest' | 'done'> | null {
  const { id, title, version } = (pack ?? {}) as { id?: unknown; title?: unknown; version?: unknown };
  const installed = stats?.packs.find((p) => p.id === id && !p.bundled);
  if (!installed || typeof title !== 'string' || typeof version !== 'string') return null;
  // The same pack again, or its update: no question. Another title, or an older version: ask.
  if (installed.title === title && !isNewer(installed.version, version)) return null;
  return {
    installed: { id: installed.id, title: installed.title, version: installed.version },
    title,
    version,
  };
}

/** True when version `a` comes after `b` ("1.10.0" after "1.9.2"), part by numeric part. */
export function isNewer(a: string, b: string): boolean {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i] ?? '0', pb[i] ?? '0'];
    const cmp = /^\d+$/.test(x) && /^\d+$/.test(y) ? compareDigits(x, y) : x.localeCompare(y);
    if (cmp !== 0) return cmp > 0;
  }
  return false;
}

/** Compares two runs of digits as whole numbers of any length (no `Number`, which rounds past 2^53). */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
