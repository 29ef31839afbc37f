import { existsSync } from 'node:fs';

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Chromium to drive: CHROME_PATH when set, else the first one installed. */
export function findChromium(): string {
  return pick(
    process.env.CHROME_PATH,
    CHROMIUM_PATHS,
    'Chromium (apt-get install chromium, or set CHROME_PATH)',
  );
}

/** The Firefox to drive: FIREFOX_PATH when set, else the first one installed. */
export function findFirefox(): string {
  return pick(
    process.env.FIREFOX_PATH,
    FIREFOX_PATHS,
    'Firefox (apt-get install firefox-esr, or set FIREFOX_PATH)',
  );
}

function pick(fromEnv: string | undefined, candidates: string[], what: string): string {
  if (fromEnv) return fromEnv;
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${what} was not found`);
  return found;
}
