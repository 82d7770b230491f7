// Runs the built CLI, the binary users run, and reads its JSON report.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** A fixed "now" (a Tuesday outside every holiday window), so that no figure depends on the day of the run. */
export const NOW = '2027-03-09T10:00+08:00';

export function cliPath(root) {
  const cli = path.join(root, 'server/dist/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  return cli;
}

/**
 * `callscript check . --format json --now NOW [...extra]` in `dir`: the report, each file's path
 * relative to `dir`. Exit codes 0 and 1 are reports; anything else is a crash and throws.
 */
export function check(cli, dir, extra = []) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [cli, 'check', '.', '--format', 'json', '--now', NOW, ...extra], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    if (err.status !== 1) throw new Error(`callscript check exited ${err.status} in ${dir}: ${err.stderr}`);
    stdout = err.stdout;
  }
  return JSON.parse(stdout).map((r) => ({ ...r, file: path.relative(dir, path.resolve(dir, r.file)).split(path.sep).join('/') }));
}
