/**
 * Finds the system Chromium that playwright-core drives (Playwright's own browser download cannot
 * work on the project's machines; Debian's `chromium` package is used instead, and `.ci/run`
 * installs it when it is missing).
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium executable: `$CHROMIUM_PATH`, else the first of the usual paths that exists. */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) {
    throw new Error(
      `No Chromium found (looked for ${CANDIDATES.join(', ')}). Install it with \`apt-get install -y chromium\` ` +
        '(.ci/run does this in CI) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}
