import puppeteer, { type Browser } from 'puppeteer-core';
import { ensureBuilt, FIREFOX_BUILD } from './build-extension';
import { findFirefox } from './find-browser';

/** Starts Firefox ESR headless over WebDriver BiDi and installs the built add-on temporarily. */
export async function launchFirefox(): Promise<Browser> {
  ensureBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}
