// `npm run eval`: callscript's recall and precision on the labeled corpus of published scripts,
// its findings on the standards' model sentences, and what `--fix` does to copies of the corpus
// and of examples/ (eval/README.md). Writes eval/results.json and docs/accuracy.md.
//
// Options: --corpus <dir> (default eval/corpus); --holdout [<dir>] also scores the held-out
// corpus (default eval/holdout), labeled before callscript first ran on it, with the same scorer, and sets
// it beside the corpus's figures; --out <dir> writes results.json and accuracy.md there instead;
// --no-write (print only).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, cliPath } from './lib/cli.mjs';
import { readCorpus, ruleIdsFromDocs, sourceIds } from './lib/corpus.mjs';
import { fixFigures } from './lib/fixes.mjs';
import { lexiconEntries } from './lib/lexicon.mjs';
import { lintModelSentences } from './lib/model-sentences.mjs';
import { consoleReport, markdownReport } from './lib/report.mjs';
import { score } from './lib/score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
/** `--holdout` alone means eval/holdout; `--holdout <dir>` names another folder. */
const holdoutOption = () => {
  const i = args.indexOf('--holdout');
  if (i === -1) return undefined;
  const next = args[i + 1];
  return next === undefined || next.startsWith('--') ? path.join(ROOT, 'eval/holdout') : next;
};
const corpusDir = path.resolve(option('--corpus', path.join(ROOT, 'eval/corpus')));
const holdout = holdoutOption();
const holdoutDir = holdout && path.resolve(holdout);
const outDir = option('--out', undefined);
const write = !args.includes('--no-write');

const cli = cliPath(ROOT);
const known = ruleIdsFromDocs(ROOT);
const read = (dir) => ({ dir, files: readCorpus(dir, known) });
const corpora = [read(corpusDir), ...(holdoutDir ? [read(holdoutDir)] : [])];
const problems = corpora.flatMap(({ dir, files }) =>
  files.flatMap((f) => f.problems.map((p) => `${path.relative(ROOT, path.join(dir, f.file))}:${p.line + 1}: ${p.problem}`)),
);
if (problems.length) {
  console.error(`callscript eval: the corpus labels are broken (eval/README.md):\n${problems.join('\n')}`);
  process.exit(2);
}

/** One labeled corpus measured: the same scorer and fix figures for the team corpus and the held-out one. */
function measure({ dir, files }) {
  const scored = score(files, check(cli, dir));
  return {
    lines: scored.lines,
    rules: scored.rules,
    sources: sourceIds(dir).size,
    excerpts: files.length,
    fixes: fixFigures(cli, dir),
    misses: scored.misses,
    falsePositives: scored.falsePositives,
  };
}

const [team, held] = corpora.map(measure);
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
  ...(held ? { holdout: held } : {}),
};

console.log(consoleReport(results));
if (write) {
  const resultsFile = outDir ? path.join(outDir, 'results.json') : path.join(ROOT, 'eval/results.json');
  const accuracyFile = outDir ? path.join(outDir, 'accuracy.md') : path.join(ROOT, 'docs/accuracy.md');
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(accuracyFile, markdownReport(results));
  console.log(`wrote ${path.relative(process.cwd(), resultsFile)} and ${path.relative(process.cwd(), accuracyFile)}`);
}
