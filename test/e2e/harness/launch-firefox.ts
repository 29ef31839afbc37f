import puppeteer, { type Browser } from 'puppeteer-core';
import { ensureBuilt, FIREFOX_TEST_BUILD } from './build-extension';
import { findFirefox } from './find-browser';

/** The add-on's id, as in its manifest. */
const ADDON_ID = 'gloss@gloss.invalid';
/** The internal UUID Firefox gives the add-on in tests, so its pages have a known address. */
export const FIREFOX_EXTENSION_UUID = '6a1f3c2e-9b4d-4e57-8a10-3c5b7d9e0f12';

/**
 * Starts Firefox ESR headless over WebDriver BiDi and installs the built add-on temporarily;
 * its pages are at `moz-extension://${FIREFOX_EXTENSION_UUID}/…`.
 */
export async function launchFirefox(): Promise<Browser> {
  ensureBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_TEST_BUILD);
  return browser;
}
