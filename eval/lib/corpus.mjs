// Reads the labeled corpus: which lines of a .callscript file are spoken by the agent, and the
// `// expect:` label written above each of them (eval/README.md). The reading follows
// docs/format.md on its own, without the engine, so that the measure does not share a bug with
// what it measures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const AGENT = new Set(['坐席', '座席', '客服', 'agent', 'A']);
const CUSTOMER = new Set(['客户', '用户', 'customer', 'C']);
const TURN = /^\s*(坐席|座席|客服|agent|A|客户|用户|customer|C)\s*[:：]/;
const EXPECT = /^\s*\/\/\s*expect:\s*(.*)$/;

/** The label words of an `// expect:` comment: `clean`, `other` or rule ids; text after `--` is a note. */
export function parseExpect(body) {
  const words = body.split('--')[0].split(/[\s,，]+/).filter(Boolean);
  return words;
}

/**
 * Each line of `text` with its role: `agent`, `customer` or `none` (front matter, headings,
 * comments, stage directions, blank lines), and for agent lines the label above them.
 * `problems` lists what breaks the label format: an agent line without a label, a label that is
 * not right above an agent line, a label that mixes `clean` with rule ids, an unknown label word.
 */
export function readScript(text, knownLabels) {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines = [];
  const problems = [];
  let i = 0;
  if (rows[0] === '---') {
    const end = rows.indexOf('---', 1);
    const last = end === -1 ? rows.length - 1 : end;
    for (; i <= last; i++) lines.push({ line: i, role: 'none', text: rows[i] });
  }
  let speaker = 'agent';
  let inStage = false;
  let pending;
  for (; i < rows.length; i++) {
    const raw = rows[i];
    const trimmed = raw.trim();
    let role = 'none';
    if (inStage) {
      if (trimmed.includes('】')) inStage = false;
    } else if (trimmed.startsWith('//')) {
      const expect = EXPECT.exec(trimmed);
      if (expect) {
        if (pending) problems.push({ line: pending.line, problem: 'label not right above an agent line' });
        pending = { line: i, labels: parseExpect(expect[1]) };
        lines.push({ line: i, role: 'none', text: raw });
        continue;
      }
    } else if (/^#{1,3}\s/.test(trimmed) || trimmed === '') {
      // a heading or a blank line: nobody speaks
    } else if (trimmed.startsWith('【')) {
      inStage = !trimmed.includes('】');
    } else {
      const turn = TURN.exec(raw);
      if (turn) speaker = AGENT.has(turn[1]) ? 'agent' : CUSTOMER.has(turn[1]) ? 'customer' : speaker;
      role = speaker;
    }
    const row = { line: i, role, text: raw };
    if (pending) {
      if (role === 'agent') row.expect = pending.labels;
      else problems.push({ line: pending.line, problem: 'label not right above an agent line' });
      pending = undefined;
    }
    if (role === 'agent') {
      if (!row.expect) problems.push({ line: i, problem: 'agent line without a label' });
      else problems.push(...labelProblems(row.expect, i, knownLabels));
    }
    lines.push(row);
  }
  if (pending) problems.push({ line: pending.line, problem: 'label not right above an agent line' });
  return { lines, problems };
}

function labelProblems(labels, line, knownLabels) {
  if (labels.length === 0) return [{ line, problem: 'empty label' }];
  if (labels.includes('clean') && labels.length > 1) return [{ line, problem: '`clean` together with rule ids' }];
  return labels
    .filter((l) => l !== 'clean' && l !== 'other' && !knownLabels.has(l))
    .map((l) => ({ line, problem: `unknown label "${l}"` }));
}

/** The rule ids a label may name: one per page in docs/rules/. */
export function ruleIdsFromDocs(root) {
  return new Set(readdirSync(path.join(root, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)));
}

/** Every `.callscript` file under `dir`, sorted, read and labeled: `{ file, lines, problems }`, `file` relative to `dir`. */
export function readCorpus(dir, knownLabels) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.callscript'))
    .map((f) => f.split(path.sep).join('/'))
    .sort()
    .map((file) => ({ file, ...readScript(readFileSync(path.join(dir, file), 'utf8'), knownLabels) }));
}

/** The `// source: Sxx` (or `Hxx`, the held-out corpus) ids the files name. */
export function sourceIds(dir) {
  const ids = new Set();
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    if (!f.endsWith('.callscript')) continue;
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/^\/\/ source: ([A-Z]\d+)/gm)) ids.add(m[1]);
  }
  return ids;
}
