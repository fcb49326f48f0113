// Where the real-browser tests find Chromium: Debian's package, never a downloaded browser.
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium() {
  return existsSync(CHROMIUM);
}

/**
 * Flags for a root, headless machine with no network: without the background-networking ones,
 * Chromium floods the closed network with connections it cannot make.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
