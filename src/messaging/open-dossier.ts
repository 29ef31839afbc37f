import { browser } from 'wxt/browser';
import { type DossierEvent, dossierPath } from './dossier-protocol';
import type { DossierChoice } from './protocol';

/** The side panel APIs Chrome offers (not in the polyfill's types). */
interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

/** Firefox's sidebar API. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Which entity each tab's dossier shows, and how to open it: in the browser's side panel
 * (Chrome `sidePanel`, Firefox `sidebarAction`) when the browser allows it from here, else as an
 * extension page in a new tab next to the article.
 */
export class DossierTabs {
  private readonly chosen = new Map<number, DossierChoice>();

  /** The entity last chosen in `tabId`, or null. */
  chosenIn(tabId: number): DossierChoice | null {
    return this.chosen.get(tabId) ?? null;
  }

  /**
   * Chooses `entityId` (on an article of `articleDate`) for `tabId`, tells open dossiers, and
   * opens the side panel, or the dossier page in a new tab where the browser will not open one.
   */
  async open(tabId: number | undefined, entityId: string, articleDate: string | null): Promise<boolean> {
    if (tabId === undefined) return false;
    this.chosen.set(tabId, { entityId, articleDate });
    const event: DossierEvent = { type: 'dossier/show', tabId, entityId, articleDate };
    await browser.runtime.sendMessage(event).catch(() => undefined);
    if (await openPanel(tabId)) return true;
    await openDossierPage(tabId, entityId, articleDate);
    return true;
  }
}

/**
 * Opens the dossier for a tab from a reader's click in an extension page (the popup): the side
 * panel where the browser has one, else the dossier page in a new tab next to the article.
 */
export async function openDossierFor(tabId: number): Promise<'panel' | 'page'> {
  if (await openPanel(tabId)) return 'panel';
  await openDossierPage(tabId, null, null);
  return 'page';
}

/** Opens the dossier page in a new tab next to the article's. */
async function openDossierPage(tabId: number, entityId: string | null, articleDate: string | null) {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  await browser.tabs.create({
    url: browser.runtime.getURL(dossierPath(tabId, entityId, articleDate) as '/sidepanel.html'),
    ...(tab ? { index: tab.index + 1, windowId: tab.windowId } : {}),
  });
}

/** Opens the browser's side panel for a tab; false where the browser refuses or has none. */
async function openPanel(tabId: number): Promise<boolean> {
  const api = globalThis as { chrome?: { sidePanel?: ChromeSidePanel } };
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  try {
    if (api.chrome?.sidePanel) {
      await api.chrome.sidePanel.open({ tabId });
      return true;
    }
    if (sidebar) {
      await sidebar.open();
      return true;
    }
  } catch {
    // Not in response to a user gesture here: fall back to a page.
  }
  return false;
}
