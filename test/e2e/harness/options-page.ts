import type { Page } from 'playwright-core';
import type { ChromiumSuite } from './chromium-suite';

/**
 * Opens the extension's options page in the suite's browser (at `viewport`), once its data
 * counts show; collects page errors and any dialog (dismissed, and counted as an error).
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
  return { options, errors };
}
