// The language server as an editor drives it, over stdio: cold start to first diagnostics,
// keystroke to fresh diagnostics (an incremental didChange, then a diagnostic pull) on long
// scripts, and the server's memory with many documents open.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PHRASE_RULES } from './phrases.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

/**
 * Typed one character at a time at the end of an agent line (after its sentence end, so that no
 * partial phrase joins the words before it), then deleted again: a taboo phrase comes and goes.
 */
const TYPED = '信不信由你。';
const TYPED_PHRASE = '信不信由你';
const CHECKED = new Set(Object.keys(PHRASE_RULES));

export class Server {
  static async start(cli, now, rootDir, nodeArgs = []) {
    const s = new Server();
    s.started = performance.now();
    s.child = spawn(process.execPath, [...nodeArgs, cli, '--stdio', '--now', now], { stdio: ['pipe', 'pipe', 'pipe'] });
    s.stderr = '';
    s.child.stderr.on('data', (b) => (s.stderr += b));
    s.exited = new Promise((resolve) => s.child.on('exit', resolve));
    s.conn = createProtocolConnection(new StreamMessageReader(s.child.stdout), new StreamMessageWriter(s.child.stdin));
    // What a minimal client answers: no settings of its own, every registration accepted.
    s.conn.onRequest((method, params) => (method === 'workspace/configuration' ? params.items.map(() => null) : null));
    s.pushed = new Map();
    s.conn.onNotification((method, params) => {
      if (method === 'textDocument/publishDiagnostics') s.pushed.get(params.uri)?.(params);
    });
    s.conn.listen();
    const init = await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: 'bench' }],
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, synchronization: { dynamicRegistration: false } } },
      initializationOptions: { trusted: true },
    });
    s.pulls = init.capabilities.diagnosticProvider !== undefined;
    s.conn.sendNotification('initialized', {});
    s.initializedMs = performance.now() - s.started;
    return s;
  }

  open(uri, text) {
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callscript', version: 1, text } });
  }

  change(uri, version, range, text) {
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /**
   * The document's diagnostics for its latest version: pulled, or the next push for it. Pulls name
   * the result they have, as VS Code's client does; an `unchanged` answer means it still holds.
   */
  async diagnostics(uri, { whole = false } = {}) {
    if (!this.pulls) return new Promise((resolve) => this.pushed.set(uri, (p) => resolve(p.diagnostics)));
    this.results ??= new Map();
    for (;;) {
      try {
        const had = whole ? undefined : this.results.get(uri);
        const report = await this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(had ? { previousResultId: had.resultId } : {}) });
        this.lastKind = report.kind;
        if (report.kind === 'unchanged' && had && report.resultId === had.resultId) return had.items;
        if (report.kind !== 'full') throw new Error(`expected a full report or an unchanged one for ${had?.resultId}, got ${JSON.stringify(report)}`);
        this.results.set(uri, { resultId: report.resultId, items: report.items });
        return report.items;
      } catch (err) {
        // ServerCancelled with retrigger: the document moved on while it was linted; pull again.
        if (err?.code !== -32802) throw err;
      }
    }
  }

  rssMb() {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  async stop() {
    try {
      await this.conn.sendRequest('shutdown');
      this.conn.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 2000))]);
    if (this.child.exitCode === null) this.child.kill();
    this.conn.dispose();
  }
}

function uriOf(file) {
  return pathToFileURL(file).href;
}

function injectedCount(diagnostics) {
  return diagnostics.filter((d) => CHECKED.has(d.code)).length;
}

/** Spawn to the first diagnostics of one corpus script, `runs` times; the median and the spread. */
async function coldStart(cli, now, corpusDir, file, runs) {
  const times = [];
  const inits = [];
  for (let i = 0; i < runs; i++) {
    const server = await Server.start(cli, now, corpusDir);
    const full = path.join(corpusDir, file);
    server.open(uriOf(full), readFileSync(full, 'utf8'));
    await server.diagnostics(uriOf(full));
    times.push(performance.now() - server.started);
    inits.push(server.initializedMs);
    await server.stop();
  }
  return { ms: median(times), runs: times.map(round1), initializeMs: median(inits) };
}

/** A script of `lines` lines made of corpus scripts, one front matter at the top. */
function longScript(corpusDir, manifest, lines) {
  const out = [];
  for (const file of Object.keys(manifest.expected)) {
    const text = readFileSync(path.join(corpusDir, file), 'utf8').split('\n');
    const body = out.length === 0 ? text : text.slice(text.indexOf('---', 1) + 1);
    for (const line of body) {
      if (out.length === lines) return out;
      out.push(line);
    }
  }
  return out;
}

export async function keystrokes(server, dir, corpusDir, manifest, lines, bursts) {
  const scriptLines = longScript(corpusDir, manifest, lines);
  const file = path.join(dir, `long-${lines}.callscript`);
  writeFileSync(file, scriptLines.join('\n'));
  const uri = uriOf(file);
  const openedAt = performance.now();
  server.open(uri, scriptLines.join('\n'));
  const opened = await server.diagnostics(uri);
  const base = injectedCount(opened);
  const openMs = performance.now() - openedAt;
  const agentLines = scriptLines.flatMap((l, i) => (l.startsWith('坐席:') ? [i] : []));
  let version = 1;
  const samples = [];
  let stale = 0;
  const answeredUnchanged = [];
  const answeredFull = [];
  // The first burst warms the server up and is not counted.
  for (let b = 0; b <= bursts; b++) {
    const line = agentLines[Math.floor(((b + 0.5) / (bursts + 1)) * agentLines.length)];
    let text = scriptLines[line];
    const end = text.length;
    const edits = [];
    for (let k = 0; k < TYPED.length; k++) edits.push({ at: end + k, insert: TYPED[k] });
    for (let k = TYPED.length - 1; k >= 0; k--) edits.push({ at: end + k, remove: true });
    for (const e of edits) {
      const range = { start: { line, character: e.at }, end: { line, character: e.remove ? e.at + 1 : e.at } };
      text = e.remove ? text.slice(0, e.at) + text.slice(e.at + 1) : text.slice(0, e.at) + e.insert + text.slice(e.at);
      const typed = text.slice(end);
      const started = performance.now();
      server.change(uri, ++version, range, e.remove ? '' : e.insert);
      const diagnostics = await server.diagnostics(uri);
      const ms = performance.now() - started;
      if (b > 0) samples.push(ms);
      if (b > 0) (server.lastKind === 'unchanged' ? answeredUnchanged : answeredFull).push(ms);
      // Fresh means the diagnostics describe the text just typed: the phrase is flagged exactly while it is there.
      if (injectedCount(diagnostics) !== base + (typed.includes(TYPED_PHRASE) ? 1 : 0)) stale++;
    }
  }
  // The floor under every keystroke: the same pull with nothing to lint, only its diagnostics to send and read.
  const floor = [];
  for (let k = 0; k < samples.length; k++) {
    const started = performance.now();
    await server.diagnostics(uri, { whole: true });
    floor.push(performance.now() - started);
  }
  server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    lines,
    chars: scriptLines.join('\n').length,
    diagnostics: opened.length,
    openMs: round1(openMs),
    samples: samples.length,
    stale,
    answeredUnchanged: answeredUnchanged.length,
    ...percentiles(samples),
    ...(answeredFull.length > 0 ? { fullAnswers: percentiles(answeredFull) } : {}),
    ...(answeredUnchanged.length > 0 ? { unchangedAnswers: percentiles(answeredUnchanged) } : {}),
    unchangedPull: percentiles(floor),
  };
}

/**
 * Opens a long script (of `lines` lines) and, while the server lints it for the first time, asks
 * for the diagnostics of short scripts one after another: how long those wait.
 */
async function alongsideLong(server, dir, corpusDir, manifest, lines) {
  const scriptLines = longScript(corpusDir, manifest, lines);
  const longUri = uriOf(path.join(dir, `alongside-${lines}.callscript`));
  const shortFiles = Object.keys(manifest.expected).slice(200, 260);
  const started = performance.now();
  server.open(longUri, scriptLines.join('\n'));
  let longMs = null;
  const long = server.diagnostics(longUri).then(() => (longMs = performance.now() - started));
  const waits = [];
  for (const file of shortFiles) {
    if (longMs !== null) break;
    const full = path.join(corpusDir, file);
    const asked = performance.now();
    server.open(uriOf(full), readFileSync(full, 'utf8'));
    await server.diagnostics(uriOf(full));
    waits.push(performance.now() - asked);
  }
  await long;
  server.conn.sendNotification('textDocument/didClose', { textDocument: { uri: longUri } });
  const text = scriptLines.join('\n');
  return { lines: scriptLines.length, bytes: Buffer.byteLength(text), firstLintMs: round1(longMs), shortAnswered: waits.length, waits: waits.map(round1), ...percentiles(waits.length > 0 ? waits : [0]) };
}

/** Opens the first `count` corpus scripts, checks their findings, and reads the server's RSS. */
async function manyDocuments(server, corpusDir, manifest, count) {
  const files = Object.keys(manifest.expected).slice(0, count);
  const idleMb = server.rssMb();
  let wrong = 0;
  for (const file of files) {
    const full = path.join(corpusDir, file);
    server.open(uriOf(full), readFileSync(full, 'utf8'));
    const found = injectedCount(await server.diagnostics(uriOf(full)));
    if (found !== manifest.expected[file].length) wrong++;
  }
  // Half a second on, the heap is still as the burst of opening grew it; V8's memory reducer gives
  // some of that back only once the process has been idle a while: both are reported.
  await new Promise((r) => setTimeout(r, 500));
  const busyMb = server.rssMb();
  const settling = [];
  for (const seconds of SETTLE_SECONDS) {
    await new Promise((r) => setTimeout(r, (seconds - (settling.at(-1)?.seconds ?? 0.5)) * 1000));
    settling.push({ seconds, rssMb: round1(server.rssMb()) });
  }
  return { documents: files.length, idleRssMb: round1(idleMb), rssMb: round1(busyMb), settledRssMb: settling.at(-1).rssMb, settling, wrongFindings: wrong };
}

/** When the RSS is read again after the last document was opened, the last being "settled". */
const SETTLE_SECONDS = [5, 10, 20, 30];

export async function benchServer({ cli, now, corpusDir, manifest, scratchDir, quick, log }) {
  if (!existsSync(scratchDir)) mkdirSync(scratchDir, { recursive: true });
  const firstFile = Object.keys(manifest.expected)[0];
  log('language server: cold start …');
  const cold = await coldStart(cli, now, corpusDir, firstFile, quick ? 3 : 7);
  const server = await Server.start(cli, now, corpusDir);
  try {
    log('language server: 200 documents …');
    const memory = await manyDocuments(server, corpusDir, manifest, 200);
    const typing = [];
    for (const [lines, bursts] of [
      [500, quick ? 8 : 20],
      [5000, quick ? 8 : 20],
      [50000, quick ? 4 : 10],
    ]) {
      log(`language server: keystrokes on ${lines} lines …`);
      typing.push(await keystrokes(server, scratchDir, corpusDir, manifest, lines, bursts));
    }
    log('language server: short scripts while a long one is first linted …');
    const alongside = [];
    for (const lines of quick ? [50000] : [50000, Infinity]) alongside.push(await alongsideLong(server, scratchDir, corpusDir, manifest, lines));
    return { mode: server.pulls ? 'pull' : 'push', coldStart: cold, memory, typing, alongside };
  } finally {
    await server.stop();
  }
}

function percentiles(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => round1(s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]);
  return { p50: at(50), p95: at(95), p99: at(99), max: round1(s[s.length - 1]) };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return round1(s[Math.floor(s.length / 2)]);
}

function round1(x) {
  return x === null || x === undefined ? null : Math.round(x * 10) / 10;
}
