import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULES } from '../../server/src/engine';

/** Compiled tests live in out*\/test/cli/, so the repository root is three folders up. */
export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'server/dist/cli.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/cli');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as CI does; colors and locale are pinned unless a test sets them. */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the CLI tests`);
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder under the system temp dir (real path, so that the CLI's paths compare equal). */
export function tempDir(): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), 'callscript-cli-')));
}

/** Copies fixtures (files or folders, relative to test/fixtures/cli) into a fresh temp folder. */
export function copyFixtures(...names: string[]): string {
  const dir = tempDir();
  for (const name of names) cpSync(path.join(FIXTURES, name), path.join(dir, path.basename(name)), { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A callscript.json that leaves only the given rules on, so that tests about the CLI do not
 * depend on what other rules find in the same text.
 */
export function writeOnlyRulesConfig(dir: string, on: Record<string, string> = { 'taboo-phrase': 'error' }): void {
  const rules: Record<string, string> = {};
  for (const r of RULES) rules[r.id] = on[r.id] ?? 'off';
  writeFileSync(path.join(dir, 'callscript.json'), JSON.stringify({ rules }, null, 2));
}

export function stdoutLines(run: CliRun): string[] {
  return run.stdout.split('\n').filter((l) => l !== '');
}
