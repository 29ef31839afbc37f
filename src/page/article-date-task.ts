import type { DateVerdict } from '../core/dates/rank-date-candidates';
import { askBackground } from '../messaging/background-client';
import type { ArticleDateInfo } from '../ui/card-context';
import { articleDateInSlices } from './article-date';

const tasks = new WeakMap<Document, ArticleDateTask>();
/** Longest slice of date work, in milliseconds (a step begun near the end may run past it). */
const SLICE_MS = 6;

/**
 * The one date task of `doc` (created on first use): the article's date is read at most once per
 * address of the document, however often Gloss's run restarts on it.
 */
export function articleDateTaskOf(doc: Document): ArticleDateTask {
  let task = tasks.get(doc);
  if (!task) {
    task = new ArticleDateTask(doc);
    tasks.set(doc, task);
  }
  return task;
}

/**
 * Reads the article's date once per address, in idle-time slices, when asked to (after a scan): never
 * on the path of a hover. When the page gives no date, asks the background for the day the reader
 * set for this address. Listeners hear when the date is known or the reader changes it.
 */
export class ArticleDateTask {
  private info: ArticleDateInfo | null = null;
  /** The address (without its fragment) the read under way or done is for; null before any. */
  private readFor: string | null = null;
  /** Counts reads begun: the slices of one given up (the address changed) stop. */
  private generation = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly doc: Document) {}

  /** What is known so far; null until the idle-time read has run. */
  get current(): ArticleDateInfo | null {
    return this.info;
  }

  /** The day the card dates facts by: the page's own, else the reader's, else null. */
  get effectiveDate(): string | null {
    if (!this.info) return null;
    return this.info.verdict.kind === 'found' ? this.info.verdict.date : this.info.override;
  }

  /**
   * The date and its source for the page report: the page's own date and signal, the reader's
   * (source `reader`), `uncertain` or `none` (no date) when the page's dates disagree or are
   * missing, or nulls until the date has been read.
   */
  get reported(): { articleDate: string | null; articleDateSource: string | null } {
    const verdict = this.info?.verdict;
    if (verdict?.kind === 'found') return { articleDate: verdict.date, articleDateSource: verdict.source };
    if (this.info?.override) return { articleDate: this.info.override, articleDateSource: 'reader' };
    return { articleDate: null, articleDateSource: verdict?.kind ?? null };
  }

  /** Calls `listener` whenever `current` changes; returns a function that stops it. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Schedules the read in idle time, once per address: slices of at most `SLICE_MS`, as many as
   * it takes. A call on the same address does nothing; on another (a single-page app that swapped
   * in its next article with `pushState`) the date known is forgotten and read again.
   */
  schedule(): void {
    const address = this.doc.location.href.split('#')[0]!;
    if (address === this.readFor) return;
    const changed = this.readFor !== null;
    this.readFor = address;
    const generation = ++this.generation;
    if (changed && this.info) this.update(null);
    const win = this.doc.defaultView;
    if (!win) return;
    let work: ((hasTime: () => boolean) => DateVerdict | null) | null = null;
    const slice = () => {
      if (generation !== this.generation) return;
      const end = performance.now() + SLICE_MS;
      let verdict: DateVerdict | null;
      try {
        work ??= articleDateInSlices(this.doc, this.doc.location.href);
        verdict = work(() => performance.now() < end);
      } catch {
        verdict = { kind: 'none' };
      }
      if (verdict) this.finish(verdict, generation);
      else next();
    };
    const next = () => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(slice, { timeout: 1000 });
      else win.setTimeout(slice, 20);
    };
    next();
  }

  /** Keeps `date` (`YYYY-MM-DD`, or null to forget it) as this page's date, for this address only. */
  async setOverride(date: string | null): Promise<void> {
    await askBackground({ type: 'articleDate/set', date });
    this.update({ verdict: this.info?.verdict ?? { kind: 'none' }, override: date });
  }

  private finish(verdict: DateVerdict, generation: number): void {
    if (verdict.kind === 'found') {
      this.update({ verdict, override: null });
      return;
    }
    const settle = (override: string | null) => {
      if (generation === this.generation) this.update({ verdict, override });
    };
    askBackground({ type: 'articleDate/get' }).then(settle, () => settle(null));
  }

  private update(info: ArticleDateInfo | null): void {
    this.info = info;
    for (const listener of this.listeners) listener();
  }
}
