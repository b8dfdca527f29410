// Find a Chromium-family browser for deck PDFs. Nothing is ever downloaded.
import { existsSync, realpathSync, statSync } from 'node:fs';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** An explicit option, then CHROME_PATH, then common system locations. */
export function findBrowser(explicit?: string, env = process.env): string | undefined {
  for (const candidate of [explicit, env.CHROME_PATH, ...SYSTEM_PATHS]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export const NO_BROWSER_HINT =
  'install Chromium (Debian/Ubuntu: apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium executable';

/**
 * What identifies the browser's build without starting it (its --version costs half a second): the real file
 * behind the path, its size and its date, all of which an upgrade changes.
 */
export function browserVersion(browser: string): string {
  const file = realpathSync(browser);
  const { size, mtimeMs } = statSync(file);
  return `${file} ${size} ${Math.round(mtimeMs)}`;
}
