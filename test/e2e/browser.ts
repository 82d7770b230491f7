import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from './paths';

/** Debian's Chromium, headless, making no connections of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
