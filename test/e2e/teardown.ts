import type { Browser } from 'playwright-core';
import type { CodeServer } from './code-server';

/**
 * Closes what a suite started, whichever parts did start; code-server's own output is printed only
 * when a test failed, since it is what explains a workbench that never showed what was awaited.
 */
export async function tearDown(started: {
  browser?: Browser;
  server?: CodeServer;
  workspace?: { remove(): void };
  failed: boolean;
}): Promise<void> {
  await started.browser?.close();
  if (started.server) {
    if (started.failed) console.error(`[e2e] code-server's output:\n${started.server.output().slice(-5000)}`);
    await started.server.stop();
  }
  started.workspace?.remove();
}
