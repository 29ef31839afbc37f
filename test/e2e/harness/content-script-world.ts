import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

/**
 * Runs `expression` in Gloss's content-script world of the page's top frame (Chromium, over the
 * DevTools protocol), as a compromised renderer could: with the content script's own `chrome`
 * API. Awaits a promise and returns its value (JSON), or `{ thrown: message }` when it throws.
 */
export async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
    contexts.push(event.context);
  });
  try {
    await cdp.send('Runtime.enable');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'),
    );
    if (!world) throw new Error(`no content-script world among ${contexts.map((c) => c.name).join(', ')}`);
    const result = (await cdp.send('Runtime.evaluate', {
      expression: `(async () => { try { return await (${expression}); } catch (e) { return { thrown: String(e && e.message || e) }; } })()`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}
