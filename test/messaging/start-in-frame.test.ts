import { beforeEach, describe, expect, it, vi } from 'vitest';

const executeScript = vi.fn(async () => []);
const insertCSS = vi.fn(async () => {});
vi.mock('wxt/browser', () => ({ browser: { scripting: { executeScript, insertCSS } } }));

const { injectCardView, startInFrame } = await import('../../src/messaging/start-in-frame');

beforeEach(() => {
  executeScript.mockClear();
  insertCSS.mockClear();
});

describe('injecting into the asking frame', () => {
  it("runs the card's script in the sender's own document, the top frame included", async () => {
    expect(await injectCardView({ tab: { id: 7 }, frameId: 0, documentId: 'DOC' })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, documentIds: ['DOC'] },
      files: ['/card.js'],
      injectImmediately: true,
    });
    // Firefox names no document: the frame, by its id.
    expect(await injectCardView({ tab: { id: 7 }, frameId: 3 })).toBe(true);
    expect(executeScript).toHaveBeenLastCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: ['/card.js'],
      injectImmediately: true,
    });
    expect(insertCSS).not.toHaveBeenCalled();
  });

  it('starts Gloss only in a frame below the top, with its styles', async () => {
    expect(await startInFrame({ tab: { id: 7 }, frameId: 0, documentId: 'TOP' })).toBe(false);
    expect(await startInFrame({ tab: { id: 7 }, frameId: 2 })).toBe(true);
    expect(insertCSS).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [2] },
      files: ['/content-scripts/content.css'],
    });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [2] },
      files: ['/content-scripts/content.js'],
      injectImmediately: true,
    });
  });

  it('injects nothing for a sender that is not a frame of a tab', async () => {
    for (const sender of [
      undefined,
      {},
      { frameId: 0 },
      { tab: {}, frameId: 0 },
      { tab: { id: -1 }, frameId: 0 },
      { tab: { id: 7 } },
    ]) {
      expect(await injectCardView(sender)).toBe(false);
      expect(await startInFrame(sender)).toBe(false);
    }
    expect(executeScript).not.toHaveBeenCalled();
    expect(insertCSS).not.toHaveBeenCalled();
  });
});
