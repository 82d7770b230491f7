// Which held-out corpora a run scores: every `holdout`, `holdout2`, … folder beside the team
// corpus that holds labeled scripts. A new blind corpus is added by adding its folder; each is
// scored and reported on its own, so one that has been read while rules were tuned never hides
// the figures of one that has not (eval/README.md).
import { readdirSync } from 'node:fs';
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
