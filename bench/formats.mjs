// Does a `.callscript`-only run pay for the document readers? The CLI as built, and the same CLI
// bundled with server/src/formats replaced by bench/without-formats.mjs (same esbuild options,
// same beside-bundles), check the same `.callscript` corpus in interleaved rounds, each round
// alternating which goes first; both must report exactly the injected phrases.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliBuild } from '../scripts/build.mjs';
import { pickMedian } from './measure.mjs';

/** `runCli(cli, corpus)`: one measured and verified run of that CLI bundle over the corpus. */
export async function benchFormats({ root, work, corpus, runs, runCli, log }) {
  const withReaders = path.join(root, cliBuild.outfile);
  const withoutReaders = await buildWithoutReaders(root, path.join(work, 'cli-without-document-readers'));
  const loadBefore = os.loadavg()[0];
  const rounds = { with: [], without: [] };
  for (let r = 0; r < runs; r++) {
    log(`formats: round ${r + 1} of ${runs} …`);
    const order = r % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    for (const which of order) rounds[which].push(await runCli(which === 'with' ? withReaders : withoutReaders, corpus));
  }
  const summary = (which, cli) => {
    const mid = pickMedian(rounds[which]);
    return {
      wallMs: Math.round(mid.wallMs),
      runsMs: mid.runs,
      cpuMs: mid.cpuMs,
      mbPerS: Math.round((corpus.manifest.bytes / 1e6 / (mid.wallMs / 1000)) * 10) / 10,
      peakRssMb: mid.peakRssMb === null ? null : Math.round(mid.peakRssMb * 10) / 10,
      bundleBytes: statSync(cli).size,
      correct: rounds[which].every((x) => x.verified.correct),
      found: mid.verified.found,
    };
  };
  const withSummary = summary('with', withReaders);
  const withoutSummary = summary('without', withoutReaders);
  return {
    date: new Date().toISOString(),
    files: corpus.manifest.files,
    bytes: corpus.manifest.bytes,
    runs,
    // The machine may be shared: its load says how far the wall times can be taken at their word.
    loadAverage: { before: Math.round(loadBefore * 10) / 10, after: Math.round(os.loadavg()[0] * 10) / 10 },
    with: withSummary,
    without: withoutSummary,
    ratio: Math.round((withSummary.wallMs / withoutSummary.wallMs) * 1000) / 1000,
  };
}

/** The CLI bundle without server/src/formats, beside copies of the bundles it loads when needed. */
async function buildWithoutReaders(root, dir) {
  mkdirSync(dir, { recursive: true });
  const dist = path.join(root, path.dirname(cliBuild.outfile));
  for (const f of readdirSync(dist)) if (f.endsWith('.js') && f !== path.basename(cliBuild.outfile)) copyFileSync(path.join(dist, f), path.join(dir, f));
  const stub = path.join(root, 'bench/without-formats.mjs');
  const withoutFormats = {
    name: 'without-document-readers',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/formats$/ }, () => ({ path: stub }));
    },
  };
  const outfile = path.join(dir, 'cli.js');
  await esbuild.build({ ...cliBuild, absWorkingDir: root, outfile, plugins: [withoutFormats, ...cliBuild.plugins] });
  return outfile;
}
