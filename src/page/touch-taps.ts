/** How far (CSS px) a finger may move between press and click and still count as a tap. */
const TAP_SLOP = 16;

/**
 * Calls `onTap` with the click that a trusted touch tap produced. Browsers send no click for a
 * scroll, a pinch or a long press, so those never count; a mouse or pen click never counts either.
 * Listens on `win` in the capture phase (before the page), until `signal` aborts.
 */
export function watchTaps(win: Window, onTap: (click: MouseEvent) => void, signal: AbortSignal): void {
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
      onTap(event);
    },
    { capture: true, signal },
  );
}
