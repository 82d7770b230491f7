// Which held-out corpora a run scores: every `holdout`, `holdout2`, … folder beside the team
// corpus that holds labeled scripts. A new blind corpus is added by adding its folder; each is
// scored and reported on its own, so one that has been read while rules were tuned never hides
// the figures of one that has not (eval/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const HOLDOUT = /^holdout(\d*)$/;

/** The held-out corpora in `parent`: `{ name, dir }` for each `holdout<N>` folder with a `.callscript` file, in number order (`holdout` first, `holdout10` after `holdout9`). */
export function holdoutDirs(parent) {
  return readdirSync(parent, { withFileTypes: true })
    .filter((e) => e.isDirectory() && HOLDOUT.test(e.name))
    .map((e) => ({ name: e.name, dir: path.join(parent, e.name), order: Number(HOLDOUT.exec(e.name)[1] || 1) }))
    .filter(({ dir }) => readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.callscript')))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map(({ name, dir }) => ({ name, dir }));
}

/** `**54.8%** (23 of 42)` in a first-run table row, or `recall 84.5% (60/71)` said in a sentence. */
const TABLE_ROW = (what) => new RegExp(`^\\| line ${what} \\| \\*\\*[\\d.]+%\\*\\* \\((\\d+) of (\\d+)\\)`, 'm');
const SENTENCE = /recall [\d.]+% \((\d+)\/(\d+)\), precision [\d.]+% \((\d+)\/(\d+)\)/;

/**
 * A held-out corpus's first, blind run as its SOURCES.md records it (the `## First run (blind)`
 * table, or for the first corpus the sentence that gives it): `{ caught, flagged, right, found,
 * commit }`, or undefined where none is written down. The figures that say what callscript does on
 * scripts nobody had read; every later run of the corpus is on rules read from it.
 */
export function blindFirstRun(dir) {
  const file = path.join(dir, 'SOURCES.md');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('## First run (blind)');
  const end = at < 0 ? -1 : text.indexOf('\n## ', at + 1);
  const section = at < 0 ? '' : text.slice(at, end < 0 ? undefined : end);
  const commit = /rules of commit `([0-9a-f]{7,40})`/.exec(section)?.[1];
  const recall = TABLE_ROW('recall').exec(section);
  const precision = TABLE_ROW('precision').exec(section);
  if (recall && precision) return { caught: +recall[1], flagged: +recall[2], right: +precision[1], found: +precision[2], commit };
  const said = SENTENCE.exec(text);
  return said ? { caught: +said[1], flagged: +said[2], right: +said[3], found: +said[4], commit } : undefined;
}
