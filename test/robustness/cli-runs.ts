import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { CLI, tempDir, type CliRun } from '../cli/cli-harness';

/** Long enough for the largest input here on a slow machine; short enough that a hang fails the test instead of stalling the suite. */
const HANG = 30_000;

export interface RunAs {
  /** Run as this user and group (possible only as root). */
  uid?: number;
  gid?: number;
}

/** The built CLI, with English messages and a time limit that turns a hang into a failure. */
export function check(args: readonly string[], cwd: string, as: RunAs = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--locale', 'en'], { cwd, encoding: 'utf8', timeout: HANG, maxBuffer: 1 << 28, ...as });
  if (r.signal) throw new Error(`callscript check ${args.join(' ')} did not finish within ${HANG / 1000} s (${r.signal})`);
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The stderr lines of a run, each `callscript: …`. */
export function problemLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((l) => l !== '');
}

/**
 * Root reads files whatever their mode, so a test about unreadable files runs the CLI as
 * `nobody` when it is root, in a folder `nobody` may enter.
 */
export const NOBODY: RunAs = { uid: 65534, gid: 65534 };

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Why a process cannot be started as `as` here, or undefined when it can. */
export function cannotRunAs(as: RunAs): string | undefined {
  return spawnSync(process.execPath, ['-e', ''], as).error?.message;
}

/** A fresh temp folder that another user may read and enter. */
export function sharedTempDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  return dir;
}
