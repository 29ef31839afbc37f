import type { Page } from 'playwright-core';
import type { ChromiumSuite } from './chromium-suite';

/**
 * Opens the extension's options page in the suite's browser (at `viewport`), once its data
 * counts show the bundled pack; collects page errors and any dialog (dismissed, and counted as
 * an error).
 */
export async function openOptions(
  suite: ChromiumSuite,
  viewport = { width: 1280, height: 800 },
): Promise<{ options: Page; errors: string[] }> {
  const options = await suite.session.context.newPage();
  await options.setViewportSize(viewport);
  const errors: string[] = [];
  options.on('pageerror', (e) => errors.push(e.message));
  options.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await options.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
  await options.getByTestId('data-counts').waitFor();
  // The background seeds the bundled pack once after install; a page opened before it has done
  // so counts nothing (and does not count again by itself), so it is opened again until then.
  for (let tries = 0; /^0\b/.test((await options.getByTestId('data-counts').textContent()) ?? ''); tries++) {
    if (tries >= 100) throw new Error('the bundled pack was not seeded within 20 s');
    await options.waitForTimeout(200);
    await options.reload();
    await options.getByTestId('data-counts').waitFor();
  }
  return { options, errors };
}
