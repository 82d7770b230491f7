// `npm run bench`: the CLI side by side with its peers on a synthetic corpus, how its cost grows,
// the language server's latency and memory, and a profile of where the CLI's time goes.
// Options: --quick (fewer runs, corpus up to 4×), --files N (default 2000), --runs N,
// --skip peers,scale,phrases,server,profile,formats, --only formats (that part alone, merged into
// the saved results and the docs), --out FILE (default bench/results.json on a full
// run; a quick run writes to the temp folder and leaves the docs alone), --report-only (print
// and rewrite the docs from bench/results.json, measuring nothing).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus, prng, VOCABULARY } from './corpus.mjs';
import { benchServer } from './lsp.mjs';
import { medianOf, pickMedian, RSS_SOURCE, runMeasured } from './measure.mjs';
import { ensurePeers, peerCommands, writePeerConfigs } from './peers.mjs';
import { extraPhrases, PHRASE_RULES } from './phrases.mjs';
import { compilerCost } from './compiler.mjs';
import { profileRun } from './profile.mjs';
import { machine, startupCost } from './machine.mjs';
import { benchFormats } from './formats.mjs';
import { printFormats, printSummary, writeDocs } from './report.mjs';
import { verifyFindings } from './verify.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'server/dist/cli.js');
/** What an editor runs: `callscript --stdio`. */
const BIN = path.join(ROOT, 'server/bin/callscript.js');
/** A Wednesday in March 2027: no holiday, no weekend, so that no greeting rule depends on the day. */
const NOW = '2027-03-10T10:00:00+08:00';
const WORK = path.join(os.tmpdir(), 'callscript-bench');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    files: { type: 'string', default: '2000' },
    runs: { type: 'string' },
    skip: { type: 'string', default: '' },
    only: { type: 'string', default: '' },
    out: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const files = Number(values.files);
const runs = Number(values.runs ?? (quick ? 1 : 5));
const skip = new Set(values.skip.split(',').filter(Boolean));
/** The parts that can be measured alone, their figures merged into the results of the last full run. */
const ALONE = new Set(['formats']);
const only = new Set(values.only.split(',').filter(Boolean));
const out = values.out ?? (quick ? path.join(WORK, 'results-quick.json') : path.join(ROOT, 'bench/results.json'));
const log = (s) => process.stderr.write(`bench: ${s}\n`);

if (values['report-only']) {
  const saved = JSON.parse(readFileSync(path.join(ROOT, 'bench/results.json'), 'utf8'));
  printSummary(saved);
  writeDocs(saved, ROOT);
  process.exit(0);
}
const unknown = [...only].filter((part) => !ALONE.has(part));
if (unknown.length > 0) {
  log(`--only ${unknown.join(',')}: only ${[...ALONE].join(', ')} can be measured alone`);
  process.exit(2);
}
if (!existsSync(CLI)) {
  log(`${path.relative(ROOT, CLI)} is missing: run \`npm run build\` first`);
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });
const started = Date.now();
const results = { date: new Date().toISOString(), quick, machine: machine(RSS_SOURCE), corpus: null };

const corpusOf = (n) => {
  log(`corpus of ${n} scripts …`);
  return { dir: path.join(WORK, `corpus-${n}`), manifest: ensureCorpus(path.join(WORK, `corpus-${n}`), n) };
};
const base = corpusOf(files);
results.corpus = { files, bytes: base.manifest.bytes, lines: base.manifest.lines, injected: base.manifest.agentInjections, notFlaggable: base.manifest.notFlaggable, phrases: Object.values(PHRASE_RULES).flat().length };

const cliCommand = (dir, cli = CLI) => [process.execPath, [cli, 'check', '.', '--format', 'json', '--now', NOW], { cwd: dir, output: 'capture' }];

/** One CLI run over a corpus: measured, and checked against the injected phrases. */
async function runCli(corpus, cli = CLI) {
  const [cmd, args, opts] = cliCommand(corpus.dir, cli);
  const run = await runMeasured(cmd, args, opts);
  if (run.code !== 0 && run.code !== 1) throw new Error(`the CLI exited with ${run.code}: ${run.stderr}`);
  run.verified = verifyFindings(JSON.parse(run.stdout), corpus.manifest, corpus.dir, corpus.dir);
  run.stdout = '';
  return run;
}

const measureFormats = () => benchFormats({ root: ROOT, work: WORK, corpus: base, runs, runCli: (cli, corpus) => runCli(corpus, cli), log });

if (only.has('formats')) {
  const savedFile = path.join(ROOT, 'bench/results.json');
  if (!existsSync(savedFile)) {
    log('bench/results.json is missing: run the whole bench once before measuring a part alone');
    process.exit(2);
  }
  const saved = JSON.parse(readFileSync(savedFile, 'utf8'));
  saved.formats = await measureFormats();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(saved, null, 2)}\n`);
  printFormats(saved.formats);
  log(`results: ${path.relative(process.cwd(), out)}`);
  if (!quick && values.out === undefined) log(`docs: ${writeDocs(saved, ROOT).map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  if (!saved.formats.with.correct || !saved.formats.without.correct) {
    log('a CLI did not find exactly the injected phrases: see "formats" in the results');
    process.exitCode = 1;
  }
  process.exit();
}

const summary = (run, bytes) => ({ wallMs: Math.round(run.wallMs), runsMs: run.runs, cpuMs: run.cpuMs, mbPerS: round1(bytes / 1e6 / (run.wallMs / 1000)), peakRssMb: round1(run.peakRssMb) });

// Side by side: every tool once per round, rounds interleaved, so that a noisy moment hits all alike.
const peerConfigs = writePeerConfigs(path.join(WORK, 'peer-config'), Object.values(PHRASE_RULES).flat());
let tools = peerCommands(peerConfigs, base.dir).filter((t) => t.id === 'floor');
if (!skip.has('peers')) {
  try {
    results.peerVersions = ensurePeers(log);
    tools = peerCommands(peerConfigs, base.dir);
  } catch (err) {
    // Without the registry the bench still measures the CLI against the floor.
    log(`peers unavailable, measuring without them: ${err.message}`);
    results.peersUnavailable = err.message;
  }
}
tools.push({ id: 'callscript', name: 'callscript check (every rule)', kind: 'cli' });
const rounds = new Map(tools.map((t) => [t.id, []]));
const failed = new Map();
for (let r = 0; r < runs; r++) {
  log(`side by side, round ${r + 1} of ${runs} …`);
  for (const tool of tools) {
    if (tool.kind === 'cli') {
      rounds.get(tool.id).push(await runCli(base));
      continue;
    }
    if (failed.has(tool.id)) continue;
    const [cmd, args] = tool.command;
    try {
      const run = await runMeasured(cmd, args, { output: tool.output });
      if (!(tool.exitOk ?? [0]).includes(run.code)) throw new Error(`exited with ${run.code}: ${run.stderr.slice(0, 300)}`);
      run.found = tool.count(run);
      run.stdout = '';
      rounds.get(tool.id).push(run);
    } catch (err) {
      log(`${tool.name} failed and is left out: ${err.message}`);
      failed.set(tool.id, err.message);
    }
  }
}
results.sideBySide = [];
for (const tool of tools.filter((t) => !failed.has(t.id))) {
  const mid = pickMedian(rounds.get(tool.id));
  results.sideBySide.push({ id: tool.id, name: tool.name, kind: tool.kind, ...summary(mid, base.manifest.bytes), found: mid.found ?? mid.verified?.found ?? null, ...(mid.verified ? { verified: mid.verified } : {}) });
}
if (failed.size > 0) results.failedTools = Object.fromEntries(failed);

if (!skip.has('formats')) results.formats = await measureFormats();

if (!skip.has('phrases')) {
  results.phrases = [];
  const random = prng(7);
  // Made of the corpus's own characters (less 你/您, which every agent line holds), but found nowhere in it.
  const spoken = [VOCABULARY, ...Object.values(PHRASE_RULES).flat()].join('|').replace(/[^\u4e00-\u9fff|]/g, '');
  const pool = extraPhrases(1000, random, VOCABULARY.replace(/[你您]/g, ''), spoken);
  const configFile = path.join(base.dir, 'callscript.json');
  const counts = [0, 10, 100, 1000];
  const byCount = new Map(counts.map((n) => [n, []]));
  try {
    // Interleaved like the side-by-side rounds: a busy moment must not land on one phrase count.
    for (let r = 0; r < runs; r++) {
      log(`phrases, round ${r + 1} of ${runs} …`);
      for (const n of counts) {
        if (n === 0) rmSync(configFile, { force: true });
        else writeFileSync(configFile, JSON.stringify({ rules: { 'taboo-phrase': { add: pool.slice(0, n) } } }));
        byCount.get(n).push(await runCli(base));
      }
    }
  } finally {
    rmSync(configFile, { force: true });
  }
  for (const n of counts) {
    const run = pickMedian(byCount.get(n));
    results.phrases.push({ added: n, ...summary(run, base.manifest.bytes), correct: run.verified.correct, found: run.verified.found, unexpected: run.verified.unexpected });
  }
}

if (!skip.has('scale')) {
  results.scale = [];
  const floor = peerCommands(peerConfigs, base.dir).find((t) => t.id === 'floor');
  for (const k of quick ? [1, 4] : [1, 4, 16]) {
    const corpus = k === 1 ? base : corpusOf(files * k);
    log(`scale ${k}× …`);
    const times = k >= 16 ? 1 : runs;
    const cli = await medianOf(times, () => runCli(corpus));
    const [cmd, args] = floor.command;
    const floorRun = await medianOf(times, () => runMeasured(cmd, args.map((a) => (a === base.dir ? corpus.dir : a)), { output: 'capture' }));
    results.scale.push({ factor: k, files: corpus.manifest.files, bytes: corpus.manifest.bytes, cli: { ...summary(cli, corpus.manifest.bytes), correct: cli.verified.correct }, floor: summary(floorRun, corpus.manifest.bytes) });
  }
}

if (!skip.has('server')) {
  results.server = await benchServer({ cli: BIN, now: NOW, corpusDir: base.dir, manifest: base.manifest, scratchDir: path.join(WORK, 'server'), quick, log });
}

log('start-up cost …');
results.startup = await startupCost(CLI);

if (!skip.has('profile')) {
  log('profiling the CLI …');
  const [, args] = cliCommand(base.dir);
  results.profile = await profileRun(args, { cwd: base.dir, top: 12 });
  log('the CLI and V8\'s optimizing compiler …');
  results.compiler = await compilerCost(args, { cwd: base.dir, runs });
}

results.benchSeconds = Math.round((Date.now() - started) / 1000);
results.machine.loadAverageAfter = os.loadavg().map(round1);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
printSummary(results);
log(`results: ${path.relative(process.cwd(), out)}`);
if (!quick && values.out === undefined) {
  const written = writeDocs(results, ROOT);
  log(`docs: ${written.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
}
const wrong = results.sideBySide.find((t) => t.verified && !t.verified.correct);
if (wrong) {
  log('the CLI did not find exactly the injected phrases: see "verified" in the results');
  process.exitCode = 1;
}

function round1(x) {
  return x === null || x === undefined ? null : Math.round(x * 10) / 10;
}
