import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { CODE_SERVER_ENTRY } from './paths';
import { startGroup, type Started } from './processes';

export interface CodeServer {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly pid: number;
  output(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Installed with `--install-extension`; none when the extension comes in as a development path. */
  vsix?: string;
  /** The folder VS Code opens. */
  workspace: string;
  /** Written to the user's settings.json before start. */
  userSettings: Record<string, unknown>;
}

const START_TIMEOUT_MS = 60_000;
const INSTALL_TIMEOUT_MS = 120_000;
const PORT_ATTEMPTS = 3;

/**
 * Starts code-server on loopback with a fresh user-data and extensions folder and the .vsix (if
 * given) installed the way a user installs it (`--install-extension`).
 */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER_ENTRY}: run scripts/e2e-setup.sh`);
  }
  if (options.vsix !== undefined && !fs.existsSync(options.vsix)) {
    throw new Error(`${options.vsix} is missing: run \`npm run build && npm run package\``);
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'callscript-e2e-code-server-'));
  const dirs = {
    userData: path.join(home, 'user-data'),
    extensions: path.join(home, 'extensions'),
    config: path.join(home, 'config.yaml'),
  };
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(options.userSettings, null, 2));
  // code-server writes its config, logs and state under the XDG folders: keep them out of $HOME.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(home, 'xdg-config'),
    XDG_DATA_HOME: path.join(home, 'xdg-data'),
    XDG_CACHE_HOME: path.join(home, 'xdg-cache'),
    XDG_STATE_HOME: path.join(home, 'xdg-state'),
    // No extension gallery: the workbench would otherwise look up open-vsx.org (unreachable here).
    EXTENSIONS_GALLERY: '{}',
  };
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config];

  try {
    if (options.vsix !== undefined) await installExtension(options.vsix, common, env);
    const server = await listen(common, options.workspace, env);
    return {
      url: server.url,
      pid: server.process.pid,
      output: server.process.output,
      async stop() {
        await server.process.stop();
        fs.rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (e) {
    fs.rmSync(home, { recursive: true, force: true });
    throw e;
  }
}

async function installExtension(vsix: string, common: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [CODE_SERVER_ENTRY, ...common, '--install-extension', vsix],
    { env, timeout: INSTALL_TIMEOUT_MS },
  );
  if (!/successfully installed/i.test(stdout + stderr)) {
    throw new Error(`code-server --install-extension ${vsix} did not report success:\n${stdout}\n${stderr}`);
  }
}

async function listen(
  common: string[],
  workspace: string,
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; process: Started }> {
  let lastError: unknown;
  // A free port can be taken by someone else between our probe and code-server's bind: retry.
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
    const port = await freeLoopbackPort();
    const started = startGroup(
      process.execPath,
      [
        CODE_SERVER_ENTRY, ...common,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        workspace,
      ],
      { env },
    );
    try {
      const match = await started.waitForOutput(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/, START_TIMEOUT_MS);
      return { url: match[1] as string, process: started };
    } catch (e) {
      lastError = e;
      await started.stop();
      if (!/EADDRINUSE/.test(started.output())) break;
    }
  }
  throw lastError;
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
