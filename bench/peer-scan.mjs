// One peer run, as its own process: read every .callscript file under a folder and match the
// phrases with a library (or only read, the runtime floor). Prints `files matches` on stdout.
// Usage: node peer-scan.mjs <none|aho-corasick|aho-corasick-fast|mint-filter> <phrases.txt> <dir> [peers-dir]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [engine, phrasesFile, root, peersDir] = process.argv.slice(2);

function* scripts(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* scripts(full);
    else if (e.name.endsWith('.callscript')) yield full;
  }
}

function matcherFor(name) {
  if (name === 'none') return () => 0;
  const phrases = readFileSync(phrasesFile, 'utf8').split('\n').filter(Boolean);
  const require = createRequire(path.join(peersDir, 'package.json'));
  if (name === 'aho-corasick' || name === 'aho-corasick-fast') {
    const { AhoCorasick } = require(name === 'aho-corasick' ? '@monyone/aho-corasick' : '@monyone/aho-corasick/fast');
    const ac = new AhoCorasick(phrases);
    return (text) => ac.matchInText(text).length;
  }
  if (name === 'mint-filter') {
    const { Mint } = require('mint-filter');
    const mint = new Mint(phrases);
    return (text) => mint.filter(text, { replace: false }).words.length;
  }
  throw new Error(`unknown engine ${name}`);
}

const match = matcherFor(engine);
let files = 0;
let matches = 0;
for (const file of scripts(root)) {
  files++;
  matches += match(readFileSync(file, 'utf8'));
}
process.stdout.write(`${files} ${matches}\n`);
