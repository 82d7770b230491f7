import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

/** argv of a process, or undefined once it is gone (or a zombie, whose cmdline is empty). */
export function commandLineOf(pid: number): string[] | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
  return raw ? raw.replace(/\0$/, '').split('\0') : undefined;
}

/** Node processes running exactly `script`: one argv entry equal to its full path, nothing looser. */
export function nodeProcessesRunning(script: string): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      const argv = commandLineOf(pid);
      return argv !== undefined && /^node/.test(path.basename(argv[0] ?? '')) && argv.includes(script);
    });
}

/** The value of `--flag` on code-server's command line (its folders are fresh temp folders per run). */
export function codeServerFolder(codeServerPid: number, flag: '--extensions-dir' | '--user-data-dir'): string {
  const argv = commandLineOf(codeServerPid) ?? [];
  const at = argv.indexOf(flag);
  const folder = at >= 0 ? argv[at + 1] : undefined;
  if (!folder) throw new Error(`no ${flag} in code-server's command line: ${argv.join(' ')}`);
  return folder;
}

/** The bundled language server of the .vsix as installed into THIS run's extensions folder. */
export function installedServerScript(codeServerPid: number): string {
  const extensionsDir = codeServerFolder(codeServerPid, '--extensions-dir');
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string };
  const installed = fs.readdirSync(extensionsDir).filter((entry) => entry.startsWith(`${publisher}.${name}-`));
  assert.equal(installed.length, 1, `expected one installed ${publisher}.${name} in ${extensionsDir}: ${fs.readdirSync(extensionsDir).join(', ')}`);
  const script = path.join(extensionsDir, installed[0] as string, 'dist', 'server.js');
  assert.ok(fs.existsSync(script), `${script} is missing from the installed extension`);
  return script;
}
