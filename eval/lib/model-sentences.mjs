// Lints each model sentence the standards recommend as an agent turn of its own: the call's opening
// when the sentence is one (`"opening": true`), otherwise the turn after a standard opening.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check } from './cli.mjs';
import { linesOf } from './score.mjs';

/**
 * Rules that judge a line by the turns around it: closing-goodbye and wait-thanks by what comes
 * after it, closing-sequence and silent-line by what came before a goodbye (thanks, asking again).
 * A lone sentence has neither; test/engine/*procedure-models.test.ts lints the same sentences
 * inside whole calls built from the standards.
 */
const CONTEXT_RULES = 'closing-goodbye wait-thanks closing-sequence silent-line';

/**
 * A sentence that is said after the opening is linted after one: 《2008年呼入服务质量规范(V1.0)》's
 * own 日常首问语, so that rules reading the first agent turn judge the sentence where it is spoken.
 */
const STANDARD_OPENING = '您好!我是XX移动10086客服代表XXX(工号),今天联系您是………';

/** The script a sentence is linted in, and the 0-based line the sentence is on. */
export function sentenceScript({ text, valid, opening }) {
  const lines = [];
  if (valid) lines.push('---', `valid: ${valid}`, '---');
  lines.push(`// callscript-disable-file ${CONTEXT_RULES} -- a lone sentence has no turns around it`);
  if (!opening) lines.push(`坐席:${STANDARD_OPENING}`);
  lines.push(`坐席:${text}`);
  return { script: `${lines.join('\n')}\n`, line: lines.length - 1 };
}

export function lintModelSentences(cli, jsonPath) {
  const sentences = JSON.parse(readFileSync(jsonPath, 'utf8'));
  const dir = mkdtempSync(path.join(tmpdir(), 'callscript-eval-sentences-'));
  try {
    const name = (i) => `${String(i).padStart(3, '0')}.callscript`;
    const scripts = sentences.map(sentenceScript);
    scripts.forEach(({ script }, i) => writeFileSync(path.join(dir, name(i)), script));
    const report = new Map(check(cli, dir).map((r) => [r.file, r.diagnostics]));
    const flagged = [];
    const byRule = {};
    let findings = 0;
    sentences.forEach((s, i) => {
      const diagnostics = (report.get(name(i)) ?? []).filter((d) => linesOf(d).includes(scripts[i].line));
      if (diagnostics.length === 0) return;
      findings += diagnostics.length;
      for (const d of diagnostics) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
      flagged.push({ text: s.text, seed: s.seed, section: s.section, found: diagnostics.map((d) => d.rule), messages: diagnostics.map((d) => d.message) });
    });
    return { sentences: sentences.length, clean: sentences.length - flagged.length, withFindings: flagged.length, findings, byRule, flagged };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
