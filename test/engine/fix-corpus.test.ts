import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixText } from '../../server/src/host/fix-file';
import { applyFixes, lint, type LintOptions } from '../../server/src/engine';

/**
 * The fix corpus: for every fix of every rule, scripts before and after — what `--fix` writes and
 * what each offered choice would — each read and judged as Chinese by a person, who wrote so in
 * the file. Any change to an output fails here with the case's old and new text side by side.
 *
 * After a change meant to alter fixes, `CALLSCRIPT_FIX_CORPUS=write npm test` (or this file alone)
 * writes the new outputs; each changed case loses its `read` mark, and is to be read again and
 * marked before the change is merged.
 */

const DIR = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'fix-corpus');
const WRITE = process.env.CALLSCRIPT_FIX_CORPUS === 'write';

interface Case {
  before: string;
  /** A `valid` line for the front matter, or a clock time for an undated script. */
  valid?: string;
  /** Other front matter lines the case's script had (`direction: inbound`, `channel: counter`): a case read from a held-out script keeps them. */
  front?: string[];
  now?: string;
  fix?: string;
  offered?: string[];
  /** Whether a person read the outputs as they stand. */
  read?: boolean;
  /** Why a reader doubts an output, where one does. */
  doubtful?: string;
}

interface Corpus {
  rule: string;
  reviewed: string;
  /** Rules switched off for every case, so that the rule's own fixes are what is read, and why. */
  off: string[];
  offWhy: string;
  cases: Case[];
}

const DEFAULT_NOW = '2027-03-03T10:00+08:00';

function frontMatter(c: Case): string {
  const fields = [...(c.valid ? [`valid: ${c.valid}`] : []), ...(c.front ?? [])];
  return fields.length > 0 ? `---\n${fields.join('\n')}\n---\n` : '';
}

function scriptOf(c: Case): string {
  return `${frontMatter(c)}${c.before}\n`;
}

/** The text without the front matter the case put there, and without its final line break. */
function shown(c: Case, text: string): string {
  const fm = frontMatter(c);
  return (text.startsWith(fm) ? text.slice(fm.length) : `(front matter changed) ${text}`).replace(/\n$/, '');
}

function outputs(corpus: Corpus, c: Case): Pick<Case, 'fix' | 'offered'> {
  const options: LintOptions = {
    now: new Date(c.now ?? DEFAULT_NOW),
    trusted: true,
    config: { rules: Object.fromEntries(corpus.off.map((r) => [r, 'off'])) },
  };
  const text = scriptOf(c);
  const offered: string[] = [];
  for (const f of lint(text, options).findings) {
    if (f.rule !== corpus.rule) continue;
    for (const fix of f.fixes) offered.push(`${fix.preferred ? '* ' : ''}${fix.title.zh} → ${shown(c, applyFixes(text, fix.edits).text)}`);
  }
  return { fix: shown(c, fixText(text, options).text), offered };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('fix corpus (read and judged as Chinese)', () => {
  it('has a file for every rule with a fix', () => {
    const rules = files.map((f) => f.replace(/\.json$/, ''));
    for (const rule of ['taboo-phrase', 'negative-wording', 'polite-pronoun', 'closing-goodbye', 'wait-thanks', 'holiday-greeting', 'weekend-greeting', 'hardcoded-pii', 'unknown-placeholder', 'front-matter', 'read-back', 'greeting-employee-id']) {
      assert.ok(rules.includes(rule), rule);
    }
  });

  for (const file of files) {
    it(`${file}: every output is the one a reader judged`, () => {
      const corpus = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Corpus;
      const changed: string[] = [];
      for (const c of corpus.cases) {
        const now = outputs(corpus, c);
        if (now.fix === c.fix && JSON.stringify(now.offered) === JSON.stringify(c.offered)) continue;
        changed.push(
          [`  ${c.before}`, `    --fix was:  ${c.fix}`, `    --fix now:  ${now.fix}`, ...(c.offered ?? []).map((o) => `    offered was: ${o}`), ...(now.offered ?? []).map((o) => `    offered now: ${o}`)].join('\n'),
        );
        if (WRITE) Object.assign(c, now, { read: false });
      }
      if (WRITE) {
        writeFileSync(path.join(DIR, file), `${JSON.stringify(corpus, null, 2)}\n`);
        return;
      }
      assert.deepEqual(changed, [], `fix outputs changed (CALLSCRIPT_FIX_CORPUS=write writes them, to be read again):\n${changed.join('\n')}`);
      assert.deepEqual(corpus.cases.filter((c) => c.read !== true).map((c) => c.before), [], 'cases not yet read');
    });
  }
});
