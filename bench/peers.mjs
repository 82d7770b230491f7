// The tools the CLI is measured against. They are installed into a temp folder by the bench,
// never as project dependencies, and each is given the same phrases as the corpus injects.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PEERS_DIR = path.join(os.tmpdir(), 'callscript-bench-peers');
const PACKAGES = { textlint: '15.8.0', 'textlint-rule-prh': '6.1.0', '@monyone/aho-corasick': '1.1.11', 'mint-filter': '4.0.3' };
const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Installs the peers once (reused while their versions match), with npm's own client. */
export function ensurePeers(log) {
  const manifest = path.join(PEERS_DIR, 'package.json');
  const wanted = JSON.stringify(PACKAGES);
  if (existsSync(manifest) && JSON.stringify(JSON.parse(readFileSync(manifest, 'utf8')).dependencies) === wanted) {
    if (Object.keys(PACKAGES).every((p) => existsSync(path.join(PEERS_DIR, 'node_modules', p, 'package.json')))) return versions();
  }
  mkdirSync(PEERS_DIR, { recursive: true });
  writeFileSync(manifest, JSON.stringify({ name: 'callscript-bench-peers', private: true, dependencies: PACKAGES }, null, 2));
  log(`installing peers into ${PEERS_DIR} …`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return versions();
}

function versions() {
  const out = {};
  for (const p of Object.keys(PACKAGES)) out[p] = JSON.parse(readFileSync(path.join(PEERS_DIR, 'node_modules', p, 'package.json'), 'utf8')).version;
  return out;
}

/** phrases.txt (grep, the libraries), prh.yml and .textlintrc.json, in a folder of their own. */
export function writePeerConfigs(dir, phrases) {
  mkdirSync(dir, { recursive: true });
  const list = path.join(dir, 'phrases.txt');
  writeFileSync(list, `${phrases.join('\n')}\n`);
  const prh = path.join(dir, 'prh.yml');
  const rules = phrases.map((p) => `  - expected: ${JSON.stringify(`〔${p}〕`)}\n    pattern: ${JSON.stringify(p)}`);
  writeFileSync(prh, `version: 1\nrules:\n${rules.join('\n')}\n`);
  const textlintrc = path.join(dir, '.textlintrc.json');
  writeFileSync(textlintrc, JSON.stringify({ plugins: { '@textlint/text': { extensions: ['.callscript'] } }, rules: { prh: { rulePaths: [prh] } } }, null, 2));
  return { list, prh, textlintrc };
}

/**
 * How to run each tool over a folder: a command line and how to count what it found.
 * `count` reads the tool's output; null where the tool reports nothing to count.
 */
export function peerCommands(configs, corpusDir) {
  const scan = (engine) => [process.execPath, [path.join(HERE, 'peer-scan.mjs'), engine, configs.list, corpusDir, PEERS_DIR]];
  const scanCount = (run) => Number(run.stdout.trim().split(' ')[1]);
  return [
    { id: 'floor', name: 'Node, read the files only', kind: 'floor', command: scan('none'), output: 'capture', count: () => null },
    { id: 'grep', name: 'grep -F -o -f (C)', kind: 'floor', command: ['grep', ['-r', '-F', '-o', '--include=*.callscript', '-f', configs.list, corpusDir]], output: 'count-lines', count: (run) => run.lines, exitOk: [0, 1] },
    { id: 'aho-corasick', name: '@monyone/aho-corasick (fast)', kind: 'peer', command: scan('aho-corasick-fast'), output: 'capture', count: scanCount },
    { id: 'mint-filter', name: 'mint-filter', kind: 'peer', command: scan('mint-filter'), output: 'capture', count: scanCount },
    {
      id: 'textlint',
      name: 'textlint + textlint-rule-prh',
      kind: 'peer',
      command: [process.execPath, [path.join(PEERS_DIR, 'node_modules/textlint/bin/textlint.js'), '--config', configs.textlintrc, '--format', 'json', corpusDir]],
      output: 'capture',
      count: (run) => JSON.parse(run.stdout).reduce((n, f) => n + f.messages.length, 0),
      exitOk: [0, 1],
    },
  ];
}
