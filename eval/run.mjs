// `npm run eval`: callscript's recall and precision on the labeled corpus of published scripts,
// its findings on the standards' model sentences, and what `--fix` does to copies of the corpus
// and of examples/ (eval/README.md). Writes eval/results.json and docs/accuracy.md.
//
// Options: --corpus <dir> (default eval/corpus), --no-write (print only).
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
const corpusDir = path.resolve(option('--corpus', path.join(ROOT, 'eval/corpus')));
const write = !args.includes('--no-write');

const cli = cliPath(ROOT);
const corpus = readCorpus(corpusDir, ruleIdsFromDocs(ROOT));
const problems = corpus.flatMap((f) => f.problems.map((p) => `${f.file}:${p.line + 1}: ${p.problem}`));
if (problems.length) {
  console.error(`callscript eval: the corpus labels are broken (eval/README.md):\n${problems.join('\n')}`);
  process.exit(2);
}

const scored = score(corpus, check(cli, corpusDir));
const lexicon = await lexiconEntries(ROOT);
const results = {
  lines: scored.lines,
  rules: scored.rules,
  lexicon_entries: lexicon.total,
  lexicon_by_rule: lexicon.byRule,
  sources: sourceIds(corpusDir).size,
  excerpts: corpus.length,
  model_sentences: lintModelSentences(cli, path.join(ROOT, 'eval/model-sentences.json')),
  fixes: { corpus: fixFigures(cli, corpusDir), examples: fixFigures(cli, path.join(ROOT, 'examples')) },
  misses: scored.misses,
  falsePositives: scored.falsePositives,
};

console.log(consoleReport(results));
if (write) {
  writeFileSync(path.join(ROOT, 'eval/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(ROOT, 'docs/accuracy.md'), markdownReport(results));
  console.log('wrote eval/results.json and docs/accuracy.md');
}
