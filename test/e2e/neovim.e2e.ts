import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NEOVIM, NEOVIM_DIR, RESULTS_DIR, SERVER_CLI } from './paths';
import { startGroup } from './processes';
import { scratchWorkspace } from './scratch-workspace';

/**
 * Neovim (Debian's, headless) as the LSP client of `callscript --stdio`, configured by the same
 * Lua that docs/testing.md shows. The assertions run inside Neovim (neovim/check.lua).
 */

const NOW = '2027-02-06T10:00:00+08:00';
const RUN_TIMEOUT_MS = 120_000;

describe('Neovim with the callscript language server', function () {
  this.timeout(RUN_TIMEOUT_MS + 30_000);

  it('shows the rule ids as diagnostics and applies a quick-fix to the buffer', async () => {
    assert.ok(fs.existsSync(SERVER_CLI), `${SERVER_CLI} is missing: run \`npm run build\``);
    const workspace = scratchWorkspace();
    // Neovim's own state (shada, swap, logs) goes to a scratch home, not the user's.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'callscript-e2e-nvim-'));
    const nvim = startGroup(
      NEOVIM,
      ['--headless', '-n', '-i', 'NONE', '-u', path.join(NEOVIM_DIR, 'init.lua'), '-c', `luafile ${path.join(NEOVIM_DIR, 'check.lua')}`],
      {
        cwd: workspace.folder,
        env: {
          ...process.env,
          XDG_CONFIG_HOME: path.join(home, 'config'),
          XDG_DATA_HOME: path.join(home, 'data'),
          XDG_STATE_HOME: path.join(home, 'state'),
          XDG_CACHE_HOME: path.join(home, 'cache'),
          CALLSCRIPT_NEOVIM_DIR: NEOVIM_DIR,
          CALLSCRIPT_SERVER_CMD: JSON.stringify([process.execPath, SERVER_CLI, '--stdio', '--now', NOW]),
          CALLSCRIPT_FIXTURE: path.join(workspace.folder, 'faulty.callscript'),
          CALLSCRIPT_EXPECT_RULES: 'taboo-phrase,polite-pronoun,negative-wording',
          CALLSCRIPT_FIX_RULE: 'taboo-phrase',
          CALLSCRIPT_FIX_TEXT: '坐席:您好',
        },
      },
    );
    try {
      const limit = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS).unref());
      const code = await Promise.race([nvim.exited(), limit]);
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      const transcript = path.join(RESULTS_DIR, 'neovim.txt');
      fs.writeFileSync(transcript, nvim.output());
      assert.equal(code, 0, `nvim ${code === 'timeout' ? 'did not finish' : `exited ${code}`}; it printed:\n${nvim.output()}\n(also in ${transcript})`);
      assert.match(nvim.output(), /neovim e2e: ok/);
    } finally {
      await nvim.stop();
      workspace.remove();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
