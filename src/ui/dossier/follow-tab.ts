import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '../../messaging/background-client';
import { DossierEventSchema } from '../../messaging/dossier-protocol';
import type { PageReport } from '../../messaging/page-protocol';
import type { DossierChoice } from '../../messaging/protocol';
import { askPage, type PageEntity, pageEntities } from '../popup-data';

/** The tab a dossier follows, what Gloss found on it, and the entity chosen there. */
export interface FollowedTab {
  tabId: number | null;
  report: PageReport | null | undefined;
  entities: PageEntity[];
  choice: DossierChoice | null;
  choose(entityId: string): void;
}

/**
 * Follows a tab for the dossier: the `tab` parameter of its address when given (the dossier opened
 * as a page next to the article), else the active tab, followed as the reader switches tabs or the
 * tab loads a new page. The chosen entity comes from the address (`entity`, `date`), from the
 * background (chosen with "More" on a card), or is the page's most mentioned entity.
 */
export function useFollowedTab(location: Location): FollowedTab {
  const params = new URLSearchParams(location.search);
  const fixedTab = Number(params.get('tab'));
  const fixed = Number.isInteger(fixedTab) && fixedTab > 0 ? fixedTab : null;
  const [tabId, setTabId] = useState<number | null>(fixed);
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [entities, setEntities] = useState<PageEntity[]>([]);
  const [choice, setChoice] = useState<DossierChoice | null>(
    params.get('entity') ? { entityId: params.get('entity')!, articleDate: params.get('date') } : null,
  );

  useEffect(() => {
    if (fixed !== null) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    const onActivated = ({ tabId: id }: { tabId: number }) => setTabId(id);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixed]);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const load = async () => {
      const next = await askPage(tabId, { type: 'page/mentions' });
      if (!live) return;
      setReport(next);
      setEntities(next ? await pageEntities(next.counts) : []);
      const chosen = await askBackground({ type: 'dossier/chosen', tabId }).catch(() => null);
      if (live && chosen) setChoice((c) => (c?.entityId === chosen.entityId ? c : chosen));
    };
    void load();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') setTimeout(() => void load(), 300);
    };
    const onMessage = (message: unknown) => {
      const event = DossierEventSchema.safeParse(message);
      if (event.success && event.data.tabId === tabId)
        setChoice({ entityId: event.data.entityId, articleDate: event.data.articleDate });
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);

  const current = choice ?? (entities[0] ? { entityId: entities[0].id, articleDate: null } : null);
  return {
    tabId,
    report,
    entities,
    choice: current,
    choose: (entityId) => setChoice({ entityId, articleDate: current?.articleDate ?? null }),
  };
}
