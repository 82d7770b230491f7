// A fast wrong answer does not count: the CLI's findings of the injected-phrase rules must be
// exactly the phrases injected into agent lines — same file, rule, line and UTF-16 range — and
// nothing from the customer lines, stage directions and comments that hold the same phrases.
import path from 'node:path';
import { PHRASE_RULES } from './phrases.mjs';

const CHECKED = new Set(Object.keys(PHRASE_RULES));

/** `report`: the CLI's `--format json` output; `cwd`: where it ran, for relative file names. */
export function verifyFindings(report, manifest, corpusDir, cwd) {
  const expected = new Set();
  for (const [file, hits] of Object.entries(manifest.expected)) {
    for (const [rule, line, start, end] of hits) expected.add(key(file, rule, line, start, end));
  }
  const found = new Set();
  let otherRules = 0;
  const otherByRule = {};
  for (const entry of report) {
    const file = path.relative(corpusDir, path.resolve(cwd, entry.file));
    for (const d of entry.diagnostics) {
      if (!CHECKED.has(d.rule)) {
        otherRules++;
        otherByRule[d.rule] = (otherByRule[d.rule] ?? 0) + 1;
        continue;
      }
      if (d.range.start.line !== d.range.end.line) throw new Error(`a ${d.rule} finding spans lines in ${file}`);
      found.add(key(file, d.rule, d.range.start.line, d.range.start.character, d.range.end.character));
    }
  }
  const missing = [...expected].filter((k) => !found.has(k));
  const unexpected = [...found].filter((k) => !expected.has(k));
  return {
    correct: missing.length === 0 && unexpected.length === 0 && report.length === manifest.files,
    filesReported: report.length,
    expected: expected.size,
    found: found.size,
    missing: missing.length,
    unexpected: unexpected.length,
    examples: { missing: missing.slice(0, 5), unexpected: unexpected.slice(0, 5) },
    notFlaggable: manifest.notFlaggable,
    otherRules,
    otherByRule,
  };
}

function key(file, rule, line, start, end) {
  return `${file.split(path.sep).join('/')}:${line + 1}:${start + 1}-${end + 1} ${rule}`;
}
