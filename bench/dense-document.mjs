// One document dense with findings opened in the real language server over stdio, as a client
// that cannot pull diagnostics drives it: how long until the first publishDiagnostics, how big
// that message is, when the one that says how many problems were left out comes (the server
// counts them after the first), and the server's peak resident memory (VmHWM, which counts its
// threads too) until then.
//
//   node bench/dense-document.mjs <characters> [more sizes…]   e.g. 16000000, or 20MB for bytes of UTF-8
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Two findings (你, polite-pronoun) on every line. */
const LINE = '坐席:你好,你的订单到了。\n';

function denseText(size) {
  const bytes = /^(\d+)MB$/i.exec(size);
  const lines = bytes ? Math.ceil((Number(bytes[1]) * 1024 * 1024) / Buffer.byteLength(LINE)) : Math.ceil(Number(size) / LINE.length);
  return LINE.repeat(lines);
}

function peakKb(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

async function measure(size, timeoutMs) {
  const text = denseText(size);
  const child = spawn(process.execPath, [path.join(root, 'server/bin/callscript.js'), '--stdio', '--now', '2027-02-06T10:00:00+08:00'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.onRequest((method, params) => (method === 'workspace/configuration' ? params.items.map(() => null) : null));
  const uri = pathToFileURL(path.join(root, 'dense.callscript')).href;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakKb(child.pid) || 0)), 50);
  let first;
  const counted = new Promise((resolve) => {
    conn.onNotification('textDocument/publishDiagnostics', (p) => {
      if (p.uri !== uri || p.diagnostics.length === 0) return;
      first ??= { at: performance.now(), p, peak: Math.max(peak, peakKb(child.pid) || 0) };
      if (!/仍在检查/.test(p.diagnostics.at(-1).message)) resolve({ at: performance.now(), p });
    });
  });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
  conn.sendNotification('initialized', {});
  const opened = performance.now();
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callscript', version: 1, text } });
  const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), timeoutMs));
  const last = await Promise.race([counted, timeout]);
  peak = Math.max(peak, peakKb(child.pid) || 0);
  clearInterval(sampler);
  child.kill();
  const report = {
    characters: text.length,
    utf8MB: +(Buffer.byteLength(text) / 1024 / 1024).toFixed(1),
    firstPublishS: first ? +((first.at - opened) / 1000).toFixed(1) : `none in ${timeoutMs / 1000} s`,
    diagnostics: first?.p.diagnostics.length,
    messageKB: first ? Math.round(JSON.stringify(first.p).length / 1024) : undefined,
    firstNote: first?.p.diagnostics.at(-1)?.message,
    countedS: last ? +((last.at - opened) / 1000).toFixed(1) : `none in ${timeoutMs / 1000} s`,
    countedNote: last?.p.diagnostics.at(-1)?.message,
    peakRssAtFirstMB: first ? Math.round(first.peak / 1024) : undefined,
    peakRssMB: Math.round(peak / 1024),
  };
  return report;
}

const sizes = process.argv.slice(2);
for (const size of sizes.length ? sizes : ['16000000', '20MB']) console.log(JSON.stringify(await measure(size, 300_000)));
// The connections to the servers ended would keep the process alive.
process.exit(0);
