import { askBackground } from '../messaging/background-client';
import type { CardHost, CardHostEvents } from './card-host';

/** What the card's controller uses of the card on screen (`CardHost`, in the card's own script). */
export type CardView = Pick<
  CardHost,
  'isOpen' | 'hasFocus' | 'hasKeyboardFocus' | 'element' | 'show' | 'copyBySelection' | 'hide'
>;

/** Makes the card for a document. */
export type CardViewClass = new (doc: Document, events: CardHostEvents) => CardView;

/** Where the card's script leaves its class in the content scripts' world of a frame. */
const VIEW_KEY = 'glossCardView';

type World = { [VIEW_KEY]?: CardViewClass };

/** The card's class if its script has run in this frame. */
const registeredView = () => (globalThis as World)[VIEW_KEY];

let loading: Promise<CardViewClass> | null = null;

/**
 * Called by the card's script (`entrypoints/card.ts`) when it runs in a frame: the card on
 * screen (Preact, its components and styles, its placement) is a script of its own, so the
 * content script every page runs at its start holds only what finds and marks mentions.
 */
export function registerCardView(view: CardViewClass): void {
  (globalThis as World)[VIEW_KEY] = view;
}

/**
 * The card's class, asking the background to run the card's script in this frame the first time
 * (as the reader's pointer reaches a mention, or as a card is opened by keyboard or touch).
 * Rejects when the script cannot be had (the extension was reloaded); a later call asks again.
 */
export function loadCardView(): Promise<CardViewClass> {
  const ready = registeredView();
  if (ready) return Promise.resolve(ready);
  // The script may have run even when the reply was lost (a service worker stopped meanwhile).
  const registered = () => {
    const view = registeredView();
    if (!view) throw new Error("the card's script did not run in this frame");
    return view;
  };
  loading ??= askBackground({ type: 'card/view' })
    .then(registered, registered)
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** Forgets the card's class (the extension is gone: a later content script must load its own). */
export function forgetCardView(): void {
  delete (globalThis as World)[VIEW_KEY];
}

/** After the card's script could not be had, how long before it is asked for again (ms). */
const RETRY_MS = 5000;

/** A document's card on screen, made once its script is loaded (the first `load`). */
export class LazyCardView {
  /** The card, once made. */
  card: CardView | null = null;
  private failedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly doc: Document,
    private readonly events: CardHostEvents,
  ) {}

  /** The card, its script loaded the first time; null when it cannot be had. */
  load(): Promise<CardView | null> {
    if (!this.card && !registeredView() && performance.now() - this.failedAt < RETRY_MS)
      return Promise.resolve(null);
    return loadCardView().then(
      (View) => (this.card ??= new View(this.doc, this.events)),
      () => {
        this.failedAt = performance.now();
        return null;
      },
    );
  }
}
