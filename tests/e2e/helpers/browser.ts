import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium(): string {
  const found = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, ' +
        '/usr/bin/google-chrome). Install one with: sudo apt-get update && sudo apt-get install -y chromium ' +
        '(or set CHROMIUM_PATH). The browser tests never skip silently.',
    );
  }
  return found;
}

/** Headless Chromium with software WebGL and no background traffic (the machine has no network). */
export function launchChromium(viewport = { width: 1280, height: 720 }): Promise<BrowserContext> {
  // A fresh profile per run: nothing carries over between tests or runs.
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'atlas-chromium-')), {
    executablePath: findChromium(),
    viewport,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
    ],
  });
}
