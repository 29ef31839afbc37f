import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardHostEvents } from '../../src/page/card-host';

const ask = vi.fn();
vi.mock('../../src/messaging/background-client', () => ({
  askBackground: (...args: unknown[]) => ask(...args),
}));

/** A stand-in for the card's class, as its script registers it. */
class FakeCard {
  static made = 0;
  isOpen = false;
  hasFocus = false;
  hasKeyboardFocus = false;
  element = null;
  constructor(
    readonly doc: Document,
    readonly events: CardHostEvents,
  ) {
    FakeCard.made++;
  }
  show() {}
  copyBySelection() {
    return false;
  }
  hide() {}
}

const events = {} as CardHostEvents;
const doc = {} as Document;

/** The module afresh (its load under way is module state), and the world without a card class. */
async function fresh() {
  vi.resetModules();
  delete (globalThis as { glossCardView?: unknown }).glossCardView;
  return import('../../src/page/card-view');
}

/** The background runs the card's script, which registers its class, and answers. */
function scriptRuns(register: (view: typeof FakeCard) => void) {
  return async () => {
    register(FakeCard);
    return true;
  };
}

beforeEach(() => {
  ask.mockReset();
  FakeCard.made = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { glossCardView?: unknown }).glossCardView;
});

describe('loading the card', () => {
  it('asks the background once for concurrent loads, and has the class its script registered', async () => {
    const { loadCardView, registerCardView } = await fresh();
    ask.mockImplementation(scriptRuns(registerCardView));
    const [a, b] = await Promise.all([loadCardView(), loadCardView()]);
    expect(a).toBe(FakeCard);
    expect(b).toBe(FakeCard);
    expect(await loadCardView()).toBe(FakeCard);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({ type: 'card/view' });
  });

  it('has the class when the script ran but the reply was lost', async () => {
    const { loadCardView, registerCardView } = await fresh();
    ask.mockImplementation(async () => {
      registerCardView(FakeCard);
      throw new Error('the message port closed before a response was received');
    });
    expect(await loadCardView()).toBe(FakeCard);
  });

  it('rejects when the script did not run, and asks again on the next load', async () => {
    const { loadCardView, registerCardView } = await fresh();
    ask.mockResolvedValueOnce(false);
    await expect(loadCardView()).rejects.toThrow("the card's script did not run in this frame");
    ask.mockImplementationOnce(scriptRuns(registerCardView));
    expect(await loadCardView()).toBe(FakeCard);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('forgets the class of an extension that is gone', async () => {
    const { forgetCardView, loadCardView, registerCardView } = await fresh();
    registerCardView(FakeCard);
    forgetCardView();
    ask.mockResolvedValueOnce(true);
    await expect(loadCardView()).rejects.toThrow();
  });
});

describe('LazyCardView', () => {
  it('makes one card for concurrent loads, with the document and events given', async () => {
    const { LazyCardView, registerCardView } = await fresh();
    ask.mockImplementation(scriptRuns(registerCardView));
    const view = new LazyCardView(doc, events);
    expect(view.card).toBeNull();
    const [a, b] = await Promise.all([view.load(), view.load()]);
    expect(a).toBe(b);
    expect(view.card).toBe(a);
    expect(FakeCard.made).toBe(1);
    expect((a as unknown as FakeCard).events).toBe(events);
  });

  it('after a failure gives null without asking again for a while, then asks again', async () => {
    const { LazyCardView, registerCardView } = await fresh();
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    ask.mockRejectedValue(new Error('no background'));
    const view = new LazyCardView(doc, events);
    expect(await view.load()).toBeNull();
    now += 1000;
    expect(await view.load()).toBeNull();
    expect(ask).toHaveBeenCalledTimes(1);
    now += 5000;
    ask.mockImplementation(scriptRuns(registerCardView));
    expect(await view.load()).toBeInstanceOf(FakeCard);
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
