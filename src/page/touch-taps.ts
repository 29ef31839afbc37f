/** How far (CSS px) a finger may move between press and click and still count as a tap. */
const TAP_SLOP = 16;

/**
 * Calls `onTap` with the click that a trusted touch tap produced. Browsers send no click for a
 * scroll, a pinch or a long press, so those never count; a mouse or pen click never counts either.
 * Listens on `win` in the capture phase (before the page), until `signal` aborts.
 */
export function watchTaps(
  win: Window,
  onTap: (click: MouseEvent, press: { x: number; y: number }) => void,
  signal: AbortSignal,
): void {
  let down: { type: string; x: number; y: number } | null = null;
  win.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.isTrusted || !event.isPrimary) return;
      down = { type: event.pointerType, x: event.clientX, y: event.clientY };
    },
    { capture: true, passive: true, signal },
  );
  win.addEventListener(
    'click',
    (event) => {
      const press = down;
      down = null;
      if (!event.isTrusted || event.button !== 0 || !press || press.type !== 'touch') return;
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) > TAP_SLOP) return;
      onTap(event, press);
    },
    { capture: true, signal },
  );
}

/** What a tap on the page means for the card, given the mention under the finger. */
export interface CardTapTarget<M> {
  /** True when the tap landed inside the open card (the card handles its own taps). */
  inCard(click: MouseEvent): boolean;
  /** The mention at a viewport point, or null. */
  mentionAt(x: number, y: number): M | null;
  /** The element the mention sits in, to tell a mention inside a link. */
  elementOf(mention: M): Element | null;
  /** The mention whose card is open, or null. */
  shown(): M | null;
  open(mention: M): void;
  close(): void;
}

/**
 * Touch for the card: a tap on a mention opens its card at once (also where the finger pressed,
 * when the browser moved the click off the name onto a link nearby, which is then not followed);
 * inside a link the first tap shows the card (the link is not followed) and a second tap on the
 * same mention follows it; a tap anywhere else, outside the card, closes an open card. Taps are
 * as `watchTaps` counts them.
 */
export function watchCardTaps<M>(win: Window, target: CardTapTarget<M>, signal: AbortSignal): void {
  watchTaps(
    win,
    (click, press) => {
      if (target.inCard(click)) return;
      // The browser may move a tap's click to a link or button near the finger (touch
      // adjustment): where the finger pressed counts too, and then the click is the card's.
      const direct = target.mentionAt(click.clientX, click.clientY);
      const mention = direct ?? target.mentionAt(press.x, press.y);
      const shown = target.shown();
      if (!mention || mention === shown) {
        // Outside the card (or its own mention tapped again, following a link there): close. A
        // click the browser moved off the name is not the reader's: no link nearby is followed.
        if (mention && !direct) {
          click.preventDefault();
          click.stopImmediatePropagation();
        }
        if (shown) target.close();
        return;
      }
      if (!direct || target.elementOf(mention)?.closest('a[href]')) {
        click.preventDefault();
        click.stopImmediatePropagation();
      }
      target.open(mention);
    },
    signal,
  );
}
