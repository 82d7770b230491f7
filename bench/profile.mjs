// Where the CLI's time goes: a V8 CPU profile of one run over the corpus, its samples mapped
// through the bundle's source map back to the original files and functions.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from './measure.mjs';

/**
 * Profiles `node ...args` (every thread: worker threads write profiles of their own) and returns
 * self time by source file and by function, summed over the threads.
 */
export async function profileRun(args, { cwd, top = 15 } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'callscript-bench-prof-'));
  try {
    const run = await runMeasured(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { output: 'discard', cwd });
    const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    if (profiles.length === 0) throw new Error('node --cpu-prof wrote no profile');
    return { wallMs: Math.round(run.wallMs), threads: profiles.length, ...summarize(profiles.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'))), top) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Self time of a saved .cpuprofile, by source file and by function. */
export function summarizeProfile(file, top = 15) {
  return summarize([JSON.parse(readFileSync(file, 'utf8'))], top);
}

function summarize(profiles, top) {
  const maps = new Map();
  const byFile = new Map();
  const byFunction = new Map();
  let totalUs = 0;
  let idleUs = 0;
  for (const profile of profiles) {
    const selfUs = new Map();
    const interval = intervals(profile);
    for (let i = 0; i < profile.samples.length; i++) {
      selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + interval[i]);
    }
    for (const node of profile.nodes) {
      const us = selfUs.get(node.id) ?? 0;
      if (us === 0) continue;
      // A thread waiting (for files, for workers) is not where time goes; it is reported apart.
      if (node.callFrame.functionName === '(idle)') {
        idleUs += us;
        continue;
      }
      totalUs += us;
      const where = locate(node.callFrame, maps);
      byFile.set(where.file, (byFile.get(where.file) ?? 0) + us);
      const fn = where.name === where.file ? where.name : `${where.name} (${where.file}${where.line ? `:${where.line}` : ''})`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    }
  }
  const rank = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, us]) => ({ what, ms: Math.round(us / 1000), share: Math.round((1000 * us) / totalUs) / 10 }));
  const byArea = new Map();
  for (const [file, us] of byFile) byArea.set(areaOf(file), (byArea.get(areaOf(file)) ?? 0) + us);
  return { busyMs: Math.round(totalUs / 1000), idleMs: Math.round(idleUs / 1000), byArea: rank(byArea), byFile: rank(byFile), byFunction: rank(byFunction) };
}

/** Coarse areas, for the first look: whose code the time is spent in. */
function areaOf(file) {
  if (file.startsWith('server/src/engine/rules/')) return 'rules (server/src/engine/rules)';
  if (file.startsWith('server/src/engine/')) return 'engine core (server/src/engine)';
  if (file.startsWith('server/src/')) return `${file.split('/').slice(0, 3).join('/')}`;
  if (file.startsWith('node_modules/')) return `dependency ${file.slice('node_modules/'.length)}`;
  if (file === '(garbage collector)') return 'garbage collector';
  return 'Node runtime (start-up, file system, compiling)';
}

function intervals(profile) {
  const out = profile.timeDeltas.slice(1);
  out.push(out.length ? out[out.length - 1] : 0);
  return out.map((d) => Math.max(0, d));
}

/** Source file and function of a call frame: through the bundle's source map where it has one. */
function locate(frame, maps) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) return { file: functionName.startsWith('(') ? functionName : '(native)', name: functionName || '(anonymous)', line: 0 };
  if (url.startsWith('node:')) return { file: 'node internals', name: functionName || '(anonymous)', line: 0 };
  const map = sourceMapOf(url, maps);
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (!entry || !entry.originalSource) return { file: shortPath(url), name: functionName || '(anonymous)', line: lineNumber + 1 };
  const source = /^[a-z]+:/.test(entry.originalSource) ? entry.originalSource : path.resolve(path.dirname(fileOf(url)), entry.originalSource);
  return { file: shortPath(source), name: entry.name || functionName || '(anonymous)', line: entry.originalLine + 1 };
}

function fileOf(url) {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}

function sourceMapOf(url, maps) {
  if (!maps.has(url)) {
    let map = null;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileOf(url)}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** `server/src/engine/normalize.ts`, `node_modules/yaml/…`: where a reader would look. */
function shortPath(p) {
  const s = p.replace(/^file:\/\//, '');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = s.slice(nm + 'node_modules/'.length).split('/');
    return `node_modules/${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const src = s.search(/(server|client)\/src\//);
  return src >= 0 ? s.slice(src) : path.basename(s);
}
