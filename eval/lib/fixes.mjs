// Issue #17's figures: what `--fix` does to copies of a set of scripts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check } from './cli.mjs';
import { alignLines, doubledWords, mixedWidth } from './fix-effects.mjs';
import { linesOf } from './score.mjs';

const splitLines = (text) => text.split(/\r?\n/);

/** How many findings of each rule start on each line: `"<line>\t<rule>" → count`, lines renamed by `key`. */
function countByLine(diagnostics, key) {
  const counts = new Map();
  for (const d of diagnostics) {
    const k = `${key(linesOf(d)[0])}\t${d.rule}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * Compares one file before and after `--fix`. A finding after the fix is the same finding as one
 * before when it has the same rule on the line the fixed line came from; the others are new.
 */
export function compareFile(file, beforeText, afterText, beforeDiagnostics, afterDiagnostics) {
  const before = splitLines(beforeText);
  const after = splitLines(afterText);
  const { pairs, inserted } = alignLines(before, after);
  const origin = new Map(pairs.map(([b, a]) => [a, b]));
  const had = countByLine(beforeDiagnostics, (l) => String(l));
  const has = countByLine(afterDiagnostics, (l) => (origin.has(l) ? String(origin.get(l)) : `+${l}`));
  let removed = 0;
  let left = 0;
  let created = 0;
  const newFindings = [];
  for (const [k, n] of had) {
    const m = has.get(k) ?? 0;
    removed += Math.max(0, n - m);
    left += Math.min(n, m);
  }
  for (const [k, m] of has) {
    const extra = m - (had.get(k) ?? 0);
    if (extra <= 0) continue;
    created += extra;
    const [line, rule] = k.split('\t');
    const at = line.startsWith('+') ? Number(line.slice(1)) : pairs.find(([b]) => b === Number(line))[1];
    newFindings.push({ at: `${file}:${at + 1}`, rule, text: after[at] });
  }
  const doubled = [];
  const mixed = [];
  for (const [b, a] of pairs) {
    if (before[b] === after[a]) continue;
    for (const word of doubledWords(before[b], after[a])) doubled.push({ at: `${file}:${a + 1}`, word, before: before[b], after: after[a] });
    const width = mixedWidth(before[b], after[a]);
    if (width) mixed.push({ at: `${file}:${a + 1}`, kind: width, before: before[b], after: after[a] });
  }
  return { before: beforeDiagnostics.length, removed, left, created, newFindings, doubled, mixed, insertedLines: inserted.length };
}

/** Copies `source` (its `.callscript` files) into a temporary folder, fixes the copy, lints it again and compares. */
export function fixFigures(cli, source) {
  const dir = mkdtempSync(path.join(tmpdir(), 'callscript-eval-fix-'));
  try {
    cpSync(source, dir, { recursive: true });
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.callscript')).sort();
    const beforeText = new Map(files.map((f) => [f.split(path.sep).join('/'), readFileSync(path.join(dir, f), 'utf8')]));
    const beforeReport = new Map(check(cli, dir).map((r) => [r.file, r]));
    check(cli, dir, ['--fix']);
    const afterReport = new Map(check(cli, dir).map((r) => [r.file, r]));
    const total = { files: beforeText.size, fixable: 0, before: 0, removed: 0, left: 0, created: 0, doubledWords: 0, mixedWidth: 0, newFindings: [], doubled: [], mixed: [] };
    for (const [file, text] of beforeText) {
      const beforeDiagnostics = beforeReport.get(file)?.diagnostics ?? [];
      total.fixable += beforeDiagnostics.filter((d) => d.fixable).length;
      const r = compareFile(file, text, readFileSync(path.join(dir, file), 'utf8'), beforeDiagnostics, afterReport.get(file)?.diagnostics ?? []);
      total.before += r.before;
      total.removed += r.removed;
      total.left += r.left;
      total.created += r.created;
      total.newFindings.push(...r.newFindings);
      total.doubled.push(...r.doubled);
      total.mixed.push(...r.mixed);
    }
    total.doubledWords = total.doubled.length;
    total.mixedWidth = total.mixed.length;
    return total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
