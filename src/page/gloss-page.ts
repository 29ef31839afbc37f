import highlightCss from '../../assets/highlights.css?inline';
import type { Matcher } from '../core/match/matcher';
import type { PageReport } from '../messaging/page-protocol';
import { articleDateTaskOf } from './article-date-task';
import { TextCollector } from './collect-text';
import type { HighlightPainter } from './highlight-painter';
import { LiveScan, type PageMentions } from './live-scan';
import { SliceRunner } from './slice-runner';
import { watchMutations } from './watch-mutations';

/** Most mentions painted on one page; the rest are still counted (keeps pathological pages fast). */
export const MAX_PAINTED = 3000;
/** How many nodes the walk visits between checks of the slice's time. */
const WALK_STEP = 400;

/**
 * Gloss on one live document: collects its text root by root in idle-time slices (visible text
 * matched first), keeps it current as the page changes (mutations, later shadow roots, SPA
 * navigations), and repaints the highlights after each batch. `onPainted` gets every result.
 */
export class GlossPage {
  private readonly live: LiveScan;
  private readonly queue = new Set<Node>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly customElements = new Set<Element>();
  private readonly runner: SliceRunner;
  private collecting: { root: Node; collector: TextCollector } | null = null;
  private dirty = false;
  private lastPaint = 0;
  private sheet: CSSStyleSheet | null = null;
  private latest: PageMentions = { painted: [], counts: new Map(), total: 0 };
  private readonly startedAt = performance.now();
  private firstCompleteAt: number | null = null;

  constructor(
    private readonly doc: Document,
    matcher: Matcher,
    private readonly painter: HighlightPainter,
    private readonly onPainted: (mentions: PageMentions) => void,
    private readonly signal: AbortSignal,
    private readonly allow: (entityId: string) => boolean = () => true,
  ) {
    this.live = new LiveScan(matcher);
    this.runner = new SliceRunner(doc.defaultView!, (hasTime) => this.work(hasTime), signal);
    watchMutations(doc, (roots) => this.enqueue(roots), signal);
    signal.addEventListener('abort', () => this.detachStyles());
    this.watchForLateShadowRoots();
  }

  /** The latest mentions (painted ones with ranges, and counts of all). */
  get mentions(): PageMentions {
    return this.latest;
  }

  /** What the page holds now, for the popup and for tests. */
  report(): PageReport {
    return {
      url: this.doc.location.href,
      paused: false,
      complete: this.firstCompleteAt !== null,
      total: this.latest.total,
      painted: this.latest.painted.length,
      counts: Object.fromEntries(this.latest.counts),
      scanMs: this.firstCompleteAt === null ? null : this.firstCompleteAt - this.startedAt,
      longestSliceMs: this.runner.longestSliceMs,
      ...articleDateTaskOf(this.doc).reported,
    };
  }

  /** Open shadow roots whose text is scanned (for hit-testing inside them). */
  get scannedShadowRoots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** Scans the whole document from scratch (first run, and after an SPA navigation). */
  rescanAll(): void {
    this.live.clear();
    this.collecting = null;
    this.queue.clear();
    this.enqueue([this.doc.body ?? this.doc.documentElement]);
    for (const shadow of this.shadowRoots) this.queue.add(shadow);
  }

  private enqueue(roots: Iterable<Node>): void {
    for (const root of roots) this.queue.add(root);
    this.dirty = true;
    this.runner.schedule();
  }

  /** One slice: prune, walk, match, and repaint when a batch is complete. True when idle. */
  private work(hasTime: () => boolean): boolean {
    if (this.dirty) {
      this.live.prune();
      this.dirty = false;
    }
    while (hasTime()) {
      if (!this.collecting && !this.startNextRoot()) break;
      const { root, collector } = this.collecting!;
      if (!collector.step(WALK_STEP)) continue;
      this.live.replaceUnder(root, collector.buffers);
      for (const shadow of collector.shadowRoots) this.adoptShadowRoot(shadow);
      for (const el of collector.customElements) this.customElements.add(el);
      this.collecting = null;
    }
    const matched = this.live.matchPending(hasTime, this.live.firstOnScreen());
    const idle = matched && !this.collecting && this.queue.size === 0;
    if (idle || performance.now() - this.lastPaint > 150) this.paint();
    if (idle && this.firstCompleteAt === null) {
      this.firstCompleteAt = performance.now();
      // The article's date is read once per document, in idle time after the first full scan.
      articleDateTaskOf(this.doc).schedule();
    }
    return idle;
  }

  private startNextRoot(): boolean {
    for (const root of this.queue) {
      this.queue.delete(root);
      if (!root.isConnected || [...this.queue].some((other) => other !== root && other.contains(root)))
        continue;
      this.collecting = { root, collector: new TextCollector(root) };
      return true;
    }
    return false;
  }

  private paint(): void {
    this.lastPaint = performance.now();
    this.latest = this.live.mentions(MAX_PAINTED, this.allow);
    this.painter.paint(this.latest.painted);
    this.onPainted(this.latest);
  }

  /** Scans an open shadow root, watches it, and gives it the highlight styles it needs. */
  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) {
      this.queue.add(shadow);
      return;
    }
    this.shadowRoots.add(shadow);
    this.queue.add(shadow);
    watchMutations(shadow, (roots) => this.enqueue(roots), this.signal);
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(highlightCss);
      }
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.sheet];
    } catch {
      // A browser that will not let a content script adopt sheets: mentions there stay unpainted.
    }
  }

  /** Custom elements may attach a shadow root after they were first seen: look again each second. */
  private watchForLateShadowRoots(): void {
    const win = this.doc.defaultView!;
    const timer = win.setInterval(() => {
      const attached: Element[] = [];
      for (const el of this.customElements) {
        if (!el.isConnected) this.customElements.delete(el);
        else if (el.shadowRoot) {
          this.customElements.delete(el);
          attached.push(el);
        }
      }
      if (attached.length) this.enqueue(attached);
    }, 1000);
    this.signal.addEventListener('abort', () => win.clearInterval(timer));
  }

  private detachStyles(): void {
    if (!this.sheet) return;
    for (const shadow of this.shadowRoots) {
      try {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {}
    }
  }
}
