import { t } from '../ui/t';
import { typingIn } from './focus-stops';
import type { HoverCard } from './hover-card';
import { LiveRegion } from './live-region';
import { mentionSentence } from './mention-sentence';
import type { PageMention } from './page-mention';

/** The keys that move between mentions: Alt+Shift+J (next) and Alt+Shift+K (previous). */
const NEXT = 'KeyJ';
const PREVIOUS = 'KeyK';

/**
 * Keyboard access to the mentions: moves to the next or previous mention in page order, scrolls
 * it into view, opens its card with focus inside, and announces it once, with its place and the
 * start of its sentence ("Keir Starmer, mention 1 of 2: …"): as the card's name when focus
 * enters it, in a live region when focus is already there. The keys come from the page (the first
 * press, before the browser knows the extension's commands) or from the browser's own shortcut
 * (`move`, relayed by the background); neither acts while the reader is typing in a field.
 * `goTo` does the same for the next mention of an entity (used by the popup).
 */
export class KeyboardNav {
  private position = -1;
  private moving = 0;
  private readonly live: LiveRegion;

  constructor(
    private readonly doc: Document,
    private readonly mentions: () => readonly PageMention[],
    private readonly card: HoverCard,
    signal: AbortSignal,
  ) {
    this.live = new LiveRegion(doc, signal);
    doc.defaultView!.addEventListener('keydown', this.onKeyDown, { capture: true, signal });
  }

  /**
   * Moves `step` mentions forward (1) or back (-1), wrapping around. False (and nothing happens)
   * while the reader types in a field, or when the page has no mention.
   */
  async move(step: 1 | -1): Promise<boolean> {
    const all = this.mentions();
    if (!all.length || typingIn(this.doc)) return false;
    const open = this.card.openMention;
    // While a move is still opening its card, the open one is behind: count from the move.
    const from = open && !this.moving ? all.indexOf(open) : this.position;
    const next = from < 0 ? (step > 0 ? 0 : all.length - 1) : (from + step + all.length) % all.length;
    await this.show(all, next);
    return true;
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
    const sameEntity = all.filter((m) => m.entityId === mention.entityId);
    const index = String(sameEntity.indexOf(mention) + 1);
    const sentence = mentionSentence(mention);
    const say = (name: string) =>
      sentence
        ? t('liveMention', name, index, String(sameEntity.length), sentence)
        : t('liveMentionShort', name, index, String(sameEntity.length));
    const focusWasInside = this.card.hasFocus;
    this.moving++;
    const name = await this.card.openFor(mention, true, say).finally(() => this.moving--);
    // Focus entering the card reads its name; focus already inside hears the live region.
    this.live.announce(focusWasInside ? say(name ?? mention.text) : '');
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // A synthetic key from the page's scripts must not open cards (it could read them all).
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== NEXT && event.code !== PREVIOUS) return;
    if (typingIn(this.doc)) return;
    event.preventDefault();
    event.stopPropagation();
    void this.move(event.code === NEXT ? 1 : -1);
  };
}
