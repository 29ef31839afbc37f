import { t } from '../ui/t';
import type { HoverCard } from './hover-card';
import { LiveRegion } from './live-region';
import type { PageMention } from './page-mention';

/** The keys that move between mentions: Alt+Shift+J (next) and Alt+Shift+K (previous). */
const NEXT = 'KeyJ';
const PREVIOUS = 'KeyK';

/**
 * Keyboard access to the mentions: moves to the next or previous mention in page order, scrolls
 * it into view, opens its card with focus inside, and announces it in a live region. `goTo`
 * does the same for the first mention of an entity (used by the popup).
 */
export class KeyboardNav {
  private position = -1;
  private readonly live: LiveRegion;

  constructor(
    doc: Document,
    private readonly mentions: () => readonly PageMention[],
    private readonly card: HoverCard,
    signal: AbortSignal,
  ) {
    this.live = new LiveRegion(doc, signal);
    doc.defaultView!.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
  }

  /** Moves `step` mentions forward (1) or back (-1), wrapping around. */
  async move(step: 1 | -1): Promise<void> {
    const all = this.mentions();
    if (!all.length) return;
    const open = this.card.openMention;
    const from = open ? all.indexOf(open) : this.position;
    const next = from < 0 ? (step > 0 ? 0 : all.length - 1) : (from + step + all.length) % all.length;
    await this.show(all, next);
  }

  /** Shows the next mention of `entityId` after the open one (the first when none is open). */
  async goTo(entityId: string): Promise<boolean> {
    const all = this.mentions();
    const open = this.card.openMention;
    const start = open ? all.indexOf(open) + 1 : 0;
    for (let k = 0; k < all.length; k++) {
      const i = (start + k) % all.length;
      if (all[i]!.entityId === entityId) {
        await this.show(all, i);
        return true;
      }
    }
    return false;
  }

  private async show(all: readonly PageMention[], i: number): Promise<void> {
    const mention = all[i]!;
    this.position = i;
    const el = mention.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const name = await this.card.openFor(mention, true);
    const sameEntity = all.filter((m) => m.entityId === mention.entityId);
    const index = String(sameEntity.indexOf(mention) + 1);
    this.live.announce(t('liveMention', name ?? mention.text, index, String(sameEntity.length)));
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // A synthetic key from the page's scripts must not open cards (it could read them all).
    if (!event.isTrusted) return;
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== NEXT && event.code !== PREVIOUS) return;
    event.preventDefault();
    event.stopPropagation();
    void this.move(event.code === NEXT ? 1 : -1);
  };
}
