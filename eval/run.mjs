// `npm run eval`: callscript's recall and precision on the labeled corpus of published scripts,
// its findings on the standards' model sentences, and what `--fix` does to copies of the corpus
// and of examples/ (eval/README.md). Writes eval/results.json and docs/accuracy.md.
//
// Options: --corpus <dir> (default eval/corpus); --holdout also scores every held-out corpus
// beside it (the `holdout`, `holdout2`, … folders; eval/lib/holdouts.mjs), each labeled before
// callscript first ran on it, with the same scorer, each in a block of its own beside the corpus's
// figures; --holdout <dir> scores that one folder as the `holdout` block; --out <dir> writes
// results.json and accuracy.md there instead; --no-write (print only).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, cliPath } from './lib/cli.mjs';
import { readCorpus, ruleIdsFromDocs, sourceIds } from './lib/corpus.mjs';
import { fixFigures } from './lib/fixes.mjs';
import { blindFirstRun, holdoutDirs } from './lib/holdouts.mjs';
import { lexiconEntries } from './lib/lexicon.mjs';
import { lintModelSentences } from './lib/model-sentences.mjs';
import { consoleReport, markdownReport } from './lib/report.mjs';
import { score } from './lib/score.mjs';
import { filesByType } from './lib/source-types.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const corpusDir = path.resolve(option('--corpus', path.join(ROOT, 'eval/corpus')));
/** `--holdout` alone means every held-out folder beside the corpus; `--holdout <dir>` names one. */
const holdoutOption = () => {
  const i = args.indexOf('--holdout');
  if (i === -1) return [];
  const next = args[i + 1];
  return next === undefined || next.startsWith('--') ? holdoutDirs(path.dirname(corpusDir)) : [{ name: 'holdout', dir: path.resolve(next) }];
};
const holdouts = holdoutOption();
const outDir = option('--out', undefined);
const write = !args.includes('--no-write');

const cli = cliPath(ROOT);
const known = ruleIdsFromDocs(ROOT);
const read = (dir) => ({ dir, files: readCorpus(dir, known) });
const corpora = [read(corpusDir), ...holdouts.map(({ dir }) => read(dir))];
const problems = corpora.flatMap(({ dir, files }) =>
  files.flatMap((f) => f.problems.map((p) => `${path.relative(ROOT, path.join(dir, f.file))}:${p.line + 1}: ${p.problem}`)),
);
if (problems.length) {
  console.error(`callscript eval: the corpus labels are broken (eval/README.md):\n${problems.join('\n')}`);
  process.exit(2);
}

/** One labeled corpus measured: the same scorer and fix figures for the team corpus and each held-out one. */
function measure({ dir, files }) {
  const report = check(cli, dir);
  const scored = score(files, report);
  const types = [...filesByType(dir, files)].map(([type, group]) => {
    const part = score(group, report);
    return [type, { excerpts: group.length, ...part.lines, falsePositives: part.falsePositives.length }];
  });
  return {
    corpus: path.relative(ROOT, dir).split(path.sep).join('/'),
    lines: scored.lines,
    rules: scored.rules,
    sources: sourceIds(dir).size,
    excerpts: files.length,
    fixes: fixFigures(cli, dir),
    misses: scored.misses,
    falsePositives: scored.falsePositives,
    ...(types.length ? { byType: Object.fromEntries(types) } : {}),
  };
}

const [team, ...held] = corpora.map(measure);
const lexicon = await lexiconEntries(ROOT);
const results = {
  lines: team.lines,
  rules: team.rules,
  lexicon_entries: lexicon.total,
  lexicon_by_rule: lexicon.byRule,
  sources: team.sources,
  excerpts: team.excerpts,
  model_sentences: lintModelSentences(cli, path.join(ROOT, 'eval/model-sentences.json')),
  fixes: { corpus: team.fixes, examples: fixFigures(cli, path.join(ROOT, 'examples')) },
  misses: team.misses,
  falsePositives: team.falsePositives,
  ...Object.fromEntries(held.map((block, i) => [holdouts[i].name, { ...block, blind: blindFirstRun(holdouts[i].dir) }])),
};

const heldOut = holdouts.map(({ name }) => ({ name, block: results[name] }));
console.log(consoleReport(results, heldOut));
if (write) {
  const resultsFile = outDir ? path.join(outDir, 'results.json') : path.join(ROOT, 'eval/results.json');
  const accuracyFile = outDir ? path.join(outDir, 'accuracy.md') : path.join(ROOT, 'docs/accuracy.md');
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(accuracyFile, markdownReport(results, heldOut));
  console.log(`wrote ${path.relative(process.cwd(), resultsFile)} and ${path.relative(process.cwd(), accuracyFile)}`);
}
