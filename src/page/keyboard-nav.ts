import { t } from '../ui/t';
import { typingIn } from './focus-stops';
import type { HoverCard } from './hover-card';
import { LiveRegion } from './live-region';
import { mentionSentence } from './mention-sentence';
import type { MarkedMentions, PageMention } from './page-mention';
import { revealRange } from './reveal-range';
import { isTextShown } from './text-shown';

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
 * `goTo` does the same for the next mention of an entity (used by the popup). Both go through
 * every marked mention, painted or not: the painted window follows the mention shown.
 */
export class KeyboardNav {
  private position = -1;
  private moving = 0;
  private readonly live: LiveRegion;

  constructor(
    private readonly doc: Document,
    private readonly mentions: () => MarkedMentions,
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
    if (typingIn(this.doc)) return false;
    // The modal dialog open now, looked up once a key press: only its names can take a card.
    const modal = modalDialogOf(this.doc);
    if (!all.length) {
      // Said, so a reader who pressed the shortcut knows it was heard and that there is nothing.
      this.live.announce(t('liveNoMentions'), modal ?? undefined);
      return false;
    }
    const from = this.from(all);
    let next = from < 0 ? (step > 0 ? 0 : all.length - 1) : (from + step + all.length) % all.length;
    // A mention whose text has changed since it was found, or that the page hides, is stepped over.
    for (let tries = 0; tries < all.length; tries++, next = (next + step + all.length) % all.length) {
      const mention = all.at(next);
      if (!mention || !isReachable(mention.range.startContainer, modal)) continue;
      await this.show(all, next, mention);
      return true;
    }
    return false;
  }

  /** Shows the next mention of `entityId` after the open one (the first when none is open). */
  async goTo(entityId: string): Promise<boolean> {
    const all = this.mentions();
    const start = this.card.openMention ? this.from(all) + 1 : 0;
    for (let k = 0; k < all.length; k++) {
      const i = (start + k) % all.length;
      const mention = all.entityAt(i) === entityId ? all.at(i) : null;
      if (mention && isReachable(mention.range.startContainer, modalDialogOf(this.doc))) {
        await this.show(all, i, mention);
        return true;
      }
    }
    return false;
  }

  /** Where the open mention is (the last shown while a move is still opening its card, or when it is not painted). */
  private from(all: MarkedMentions): number {
    const open = this.card.openMention;
    const at = open && !this.moving ? all.indexOf(open) : -1;
    return at >= 0 ? at : Math.min(this.position, all.length - 1);
  }

  private async show(all: MarkedMentions, i: number, mention: PageMention): Promise<void> {
    this.position = i;
    const win = this.doc.defaultView;
    if (win) revealRange(mention.range, win);
    let index = 0;
    let count = 0;
    for (let k = 0; k < all.length; k++) {
      if (all.entityAt(k) !== mention.entityId) continue;
      count++;
      if (k <= i) index = count;
    }
    const sentence = mentionSentence(mention);
    const say = (name: string) =>
      sentence
        ? t('liveMention', name, String(index), String(count), sentence)
        : t('liveMentionShort', name, String(index), String(count));
    const focusWasInside = this.card.hasFocus;
    this.moving++;
    const name = await this.card.openFor(mention, true, say).finally(() => this.moving--);
    // Focus entering the card reads its name; focus already inside hears the live region.
    if (name !== null) this.live.announce(focusWasInside ? say(name) : '', mention.range.startContainer);
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

/**
 * True when the keyboard can go to the text of `node`: shown, and not inert (inside an `inert`
 * element, or outside a modal dialog while one is open, where a card could take no focus).
 */
function isReachable(node: Node, modal: Element | null): boolean {
  if (!isTextShown(node)) return false;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el || el.closest('[inert]')) return false;
  return !modal || flatContains(modal, node);
}

/**
 * The open modal dialog of `doc` that is drawn on top: of several, the last in document order
 * (the browser does not say which was opened last), or null. `:modal` asked alone: an older
 * browser may lack it.
 */
function modalDialogOf(doc: Document): Element | null {
  try {
    const open = doc.querySelectorAll('dialog:modal');
    return open[open.length - 1] ?? null;
  } catch {
    return null;
  }
}

/** True when `node` is inside `container`, shadow roots crossed to their hosts. */
function flatContains(container: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null)
    if (n === container) return true;
  return false;
}
