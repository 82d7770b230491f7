// The machine the figures come from, and what starting the CLI costs before it reads a file.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';

export function machine(rssSource) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    rssSource,
    loadAverageBefore: os.loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

/** Median wall time of `node -e 0` and of `node cli.js --version` (the bundle loaded, nothing linted). */
export async function startupCost(cli, times = 15) {
  const median = (args) => {
    const t = [];
    for (let i = 0; i < times; i++) {
      const s = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
      t.push(performance.now() - s);
    }
    t.sort((a, b) => a - b);
    return Math.round(t[times >> 1] * 10) / 10;
  };
  const nodeMs = median(['-e', '0']);
  const cliMs = median([cli, '--version']);
  return { nodeMs, cliVersionMs: cliMs, bundleLoadMs: Math.round((cliMs - nodeMs) * 10) / 10, bundleBytes: statSync(cli).size };
}
