import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, ROOT, removeDir, tempDir } from './cli-harness';

/** The eval runner's modules are plain ES modules (eval/lib/*.mjs), loaded as `npm run eval` loads them. */
type Module = any;
const load = (name: string): Promise<Module> => import(pathToFileURL(path.join(ROOT, 'eval/lib', name)).href);

interface Position {
  line: number;
  character: number;
}
const finding = (rule: string, line: number, from = 3, to = 5, endLine = line) => ({
  rule,
  severity: 'warning',
  message: rule,
  range: { start: { line, character: from } as Position, end: { line: endLine, character: to } as Position },
  fixable: false,
});

const SCRIPT = [
  '// source: S00',
  '// expect: clean',
  '坐席:您好!我是{公司}客服代表{工号},请问有什么可以帮您?',
  '客户:你们到底管不管?',
  '// expect: taboo-phrase polite-pronoun',
  '坐席:你别激动,你先听我说。',
  '// expect: negative-wording',
  '坐席:我们也没有别的方案。',
  '【转接】',
  '// expect: clean',
  '坐席:感谢您的来电,再见!',
].join('\n');

describe('eval: npm run eval', () => {
  let corpus: Module;
  let score: Module;
  let effects: Module;
  let fixes: Module;
  let holdouts: Module;
  let known: Set<string>;
  before(async () => {
    corpus = await load('corpus.mjs');
    holdouts = await load('holdouts.mjs');
    score = await load('score.mjs');
    effects = await load('fix-effects.mjs');
    fixes = await load('fixes.mjs');
    known = corpus.ruleIdsFromDocs(ROOT);
  });

  describe('reading labels', () => {
    it('gives each agent line the label right above it, and customer lines, comments and stage directions none', () => {
      const { lines, problems } = corpus.readScript(SCRIPT, known);
      assert.deepEqual(problems, []);
      const agent = lines.filter((l: Module) => l.role === 'agent').map((l: Module) => [l.line, l.expect]);
      assert.deepEqual(agent, [
        [2, ['clean']],
        [5, ['taboo-phrase', 'polite-pronoun']],
        [7, ['negative-wording']],
        [10, ['clean']],
      ]);
      assert.equal(lines[3].role, 'customer');
      assert.equal(lines[8].role, 'none');
    });

    it('reports an agent line without a label, a label above a customer line, an unknown rule and `clean` with a rule', () => {
      const text = ['坐席:您好。', '// expect: clean', '客户:你好。', '// expect: taboo-phrase, no-such-rule', '坐席:喂。', '// expect: clean polite-pronoun', '坐席:你好。'].join('\n');
      const problems = corpus.readScript(text, known).problems.map((p: Module) => `${p.line}: ${p.problem}`);
      assert.deepEqual(problems, [
        '0: agent line without a label',
        '1: label not right above an agent line',
        '4: unknown label "no-such-rule"',
        '6: `clean` together with rule ids',
      ]);
    });

    it('reads a line without a speaker label as the previous turn, and a label note after `--`', () => {
      const text = ['// expect: clean -- 开场', '坐席:您好,', '// expect: vague-wording', '大概三天吧。'].join('\n');
      const { lines, problems } = corpus.readScript(text, known);
      assert.deepEqual(problems, []);
      assert.deepEqual(lines[1].expect, ['clean']);
      assert.deepEqual([lines[3].role, lines[3].expect], ['agent', ['vague-wording']]);
    });
  });

  describe('scoring', () => {
    const corpusOf = () => [{ file: 'a.callscript', ...corpus.readScript(SCRIPT, known) }];

    it('counts a flagged line caught by any finding, a miss, and precision over every line with a finding', () => {
      const report = [
        {
          file: 'a.callscript',
          diagnostics: [finding('taboo-phrase', 5), finding('unknown-placeholder', 3), finding('closing-goodbye', 10), finding('taboo-phrase', 5, 8, 12)],
        },
      ];
      const r = score.score(corpusOf(), report);
      assert.equal(r.lines.agentLines, 4);
      assert.equal(r.lines.flagged, 2);
      assert.equal(r.lines.caught, 1);
      assert.equal(r.lines.recall, 0.5);
      // Three lines have findings: the caught one, a customer line and a clean agent line.
      assert.equal(r.lines.withFindings, 3);
      assert.equal(r.lines.precision, 1 / 3);
      assert.deepEqual(r.misses.map((m: Module) => [m.at, m.expected, m.found]), [['a.callscript:8', ['negative-wording'], []]]);
      assert.deepEqual(
        r.falsePositives.map((m: Module) => [m.at, m.role, m.found]),
        [
          ['a.callscript:4', 'customer', ['unknown-placeholder']],
          ['a.callscript:11', 'agent', ['closing-goodbye']],
        ],
      );
    });

    it('scores each rule on the lines labeled with it: a line with two labels counts for both', () => {
      const r = score.score(corpusOf(), [{ file: 'a.callscript', diagnostics: [finding('taboo-phrase', 5), finding('polite-pronoun', 7)] }]);
      assert.deepEqual([r.rules['taboo-phrase'].recall, r.rules['taboo-phrase'].precision], [1, 1]);
      const pronoun = r.rules['polite-pronoun'];
      assert.deepEqual([pronoun.labeled, pronoun.found, pronoun.caught, pronoun.recall, pronoun.precision], [1, 1, 0, 0, 0]);
      assert.deepEqual(pronoun.misses.map((m: Module) => m.at), ['a.callscript:6']);
      assert.deepEqual(pronoun.falsePositives.map((m: Module) => m.at), ['a.callscript:8']);
      // The negative-wording line is caught as a line (by polite-pronoun) but not for its own rule.
      assert.equal(r.lines.caught, 2);
      assert.equal(r.rules['negative-wording'].recall, 0);
      assert.equal(r.rules['negative-wording'].precision, null);
    });

    it('counts a finding on every line it covers, not on the line its range ends at column 0', () => {
      assert.deepEqual(score.linesOf(finding('x', 2, 0, 4, 4)), [2, 3, 4]);
      assert.deepEqual(score.linesOf(finding('x', 2, 0, 0, 3)), [2]);
    });

    it('scores what the built CLI reports for a script on disk', async () => {
      const { check } = await load('cli.mjs');
      const dir = tempDir();
      try {
        const text = ['// expect: taboo-phrase', '坐席:这是我们公司的规定。', '// expect: clean', '坐席:感谢您的来电,再见!'].join('\n');
        writeFileSync(path.join(dir, 'b.callscript'), text);
        const read = corpus.readCorpus(dir, known);
        const r = score.score(read, check(CLI, dir));
        assert.deepEqual([r.lines.flagged, r.lines.caught, r.rules['taboo-phrase'].caught], [1, 1, 1]);
        assert.deepEqual(r.falsePositives, []);
      } finally {
        removeDir(dir);
      }
    });
  });

  describe('fix effects', () => {
    it('finds a word of two or more characters doubled by a fix, and only then', () => {
      assert.deepEqual(effects.doubledWords('坐席:您好,请问', '坐席:您好您好,请问'), ['您好']);
      assert.deepEqual(effects.doubledWords('坐席:感谢您的等候,', '坐席:感谢您的等候,感谢您的等候,'), []);
      assert.deepEqual(effects.doubledWords('坐席:我帮您联系同事', '坐席:我帮您联系我帮您联系同事'), ['我帮您联系']);
      // Already doubled in the input, one character (谢谢), or punctuation (……): not created by the fix.
      assert.deepEqual(effects.doubledWords('坐席:看一看看一看', '坐席:看一看看一看吧'), []);
      assert.deepEqual(effects.doubledWords('坐席:谢', '坐席:谢谢'), []);
      assert.deepEqual(effects.doubledWords('坐席:请稍等', '坐席:请稍等……'), []);
    });

    it('names punctuation of the other width that a fix brought into a line', () => {
      assert.equal(effects.mixedWidth('坐席:您好,请问', '坐席:您好，我是{工号}号,请问'), 'full-into-half');
      assert.equal(effects.mixedWidth('坐席:您好，请问', '坐席:您好，请问,好吗'), 'half-into-full');
      assert.equal(effects.mixedWidth('坐席:您好,请问', '坐席:您好,我是{工号}号,请问'), undefined);
      assert.equal(effects.mixedWidth('坐席:您好', '坐席:您好，再见！'), undefined);
      assert.equal(effects.mixedWidth('坐席:急什么?', '坐席:请您不要着急。'), undefined);
      assert.equal(effects.mixedWidth('坐席:急什么?', '坐席:请您不要着急。再见！'), 'full-into-half');
    });

    it('matches lines across a fix that inserts a line, and counts removed, left and new findings', () => {
      const before = ['坐席:喂,你好', '坐席:好的'].join('\n');
      const after = ['---', 'valid: 2027-03-09', '---', '坐席:您好', '坐席:好的'].join('\n');
      assert.deepEqual(effects.alignLines(before.split('\n'), after.split('\n')), { pairs: [[0, 3], [1, 4]], inserted: [0, 1, 2] });
      const r = fixes.compareFile('c.callscript', before, after, [finding('taboo-phrase', 0), finding('polite-pronoun', 0), finding('vague-wording', 1)], [
        finding('vague-wording', 4),
        finding('front-matter', 1),
      ]);
      assert.deepEqual([r.before, r.removed, r.left, r.created], [3, 2, 1, 1]);
      assert.deepEqual(r.newFindings, [{ at: 'c.callscript:2', rule: 'front-matter', text: 'valid: 2027-03-09' }]);
    });
  });

  describe('the runner', () => {
    it('stops with exit code 2 and names the line when a corpus label is missing, before linting anything', () => {
      const dir = tempDir();
      try {
        writeFileSync(path.join(dir, 'a.callscript'), ['// source: S00', '// expect: clean', '坐席:您好。', '坐席:再见。'].join('\n'));
        const run = spawnSync(process.execPath, [path.join(ROOT, 'eval/run.mjs'), '--corpus', dir, '--no-write'], { encoding: 'utf8' });
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.match(run.stderr, /a\.callscript:4: agent line without a label/);
        assert.equal(run.stdout, '');
      } finally {
        removeDir(dir);
      }
    });
  });

  describe('finding the held-out corpora', () => {
    it('takes every holdout<N> folder that holds a script, in number order, and nothing else', () => {
      const parent = tempDir();
      try {
        for (const name of ['corpus', 'holdout', 'holdout2', 'holdout10', 'holdout3', 'holdout-old', 'holdouts']) mkdirSync(path.join(parent, name));
        for (const name of ['corpus', 'holdout', 'holdout2', 'holdout10', 'holdout-old', 'holdouts']) writeFileSync(path.join(parent, name, 'a.callscript'), '');
        // holdout3 holds no script (a folder started but not yet filled); holdout4 is a file, not a folder.
        writeFileSync(path.join(parent, 'holdout3', 'SOURCES.md'), '');
        writeFileSync(path.join(parent, 'holdout4'), '');
        const found = holdouts.holdoutDirs(parent);
        assert.deepEqual(
          found.map((h: Module) => h.name),
          ['holdout', 'holdout2', 'holdout10'],
        );
        assert.equal(found[1].dir, path.join(parent, 'holdout2'));
      } finally {
        removeDir(parent);
      }
    });

    it('finds every held-out corpus of the repository', () => {
      assert.deepEqual(
        holdouts.holdoutDirs(path.join(ROOT, 'eval')).map((h: Module) => h.name),
        ['holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14'],
      );
    });
  });

  describe('the held-out run (--holdout)', function () {
    // A whole run lints the model sentences and fixes copies of examples/ as well: seconds, not milliseconds.
    this.timeout(120_000);
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'eval/run.mjs'), ...args], { encoding: 'utf8' });

    it('stops with exit code 2 on a broken held-out label too, naming its file, before linting anything', () => {
      const team = tempDir();
      const held = tempDir();
      try {
        writeFileSync(path.join(team, 'a.callscript'), ['// source: S00', '// expect: clean', '坐席:感谢您的来电,再见!'].join('\n'));
        writeFileSync(path.join(held, 'h.callscript'), ['// source: H00', '坐席:您好。'].join('\n'));
        const r = run('--corpus', team, '--holdout', held, '--no-write');
        assert.equal(r.status, 2, r.stdout + r.stderr);
        assert.match(r.stderr, /h\.callscript:2: agent line without a label/);
      } finally {
        removeDir(team);
        removeDir(held);
      }
    });

    it('writes a holdout block scored like the corpus, where a mislabeled line is a miss, and sets both side by side in accuracy.md', () => {
      const team = tempDir();
      const held = tempDir();
      const out = tempDir();
      try {
        writeFileSync(path.join(team, 'a.callscript'), ['// source: S00', '// expect: taboo-phrase', '坐席:这是我们公司的规定。', '// expect: clean', '坐席:感谢您的来电,再见!'].join('\n'));
        // The goodbye is clean; labeling it negative-wording is a labeling mistake the run must show as a miss.
        writeFileSync(
          path.join(held, 'h.callscript'),
          ['// source: H00', '// expect: taboo-phrase', '坐席:这是我们公司的规定。', '// expect: negative-wording', '坐席:感谢您的来电,再见!'].join('\n'),
        );
        const r = run('--corpus', team, '--holdout', held, '--out', out);
        assert.equal(r.status, 0, r.stdout + r.stderr);
        const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'));
        assert.deepEqual([results.lines.flagged, results.lines.caught, results.misses], [1, 1, []]);
        const h = results.holdout;
        assert.deepEqual([h.excerpts, h.sources, h.lines.flagged, h.lines.caught, h.lines.recall], [1, 1, 2, 1, 0.5]);
        assert.deepEqual(h.misses.map((m: Module) => [m.at, m.expected, m.found]), [['h.callscript:5', ['negative-wording'], []]]);
        assert.equal(h.rules['taboo-phrase'].caught, 1);
        assert.equal(h.fixes.files, 1);
        const md = readFileSync(path.join(out, 'accuracy.md'), 'utf8');
        assert.match(md, /^## Held-out corpus$/m);
        assert.match(md, /^\| line recall \| 100\.0% \(1 of 1\) \| 50\.0% \(1 of 2\) \|$/m);
        assert.match(md, /^\| `taboo-phrase` \| 100\.0% \(1\/1\) \| 100\.0% \(1\/1\) \| 100\.0% \(1\/1\) \| 100\.0% \(1\/1\) \|$/m);
        assert.match(md, /\| `h\.callscript:5` \| 坐席:感谢您的来电,再见! \| negative-wording \| — \|/);
      } finally {
        removeDir(team);
        removeDir(held);
        removeDir(out);
      }
    });

    it('sets each held-out corpus\'s blind first run, as its SOURCES.md records it, apart from every later figure', () => {
      const team = tempDir();
      const held = tempDir();
      const out = tempDir();
      try {
        writeFileSync(path.join(team, 'a.callscript'), ['// source: S00', '// expect: clean', '坐席:感谢您的来电,再见!'].join('\n'));
        writeFileSync(path.join(held, 'h.callscript'), ['// source: H00', '// expect: taboo-phrase', '坐席:这是我们公司的规定。'].join('\n'));
        writeFileSync(
          path.join(held, 'SOURCES.md'),
          ['# Sources', '', '## First run (blind)', '', 'On the rules of commit `abc1234`.', '', '| | this corpus |', '|---|---|', '| line recall | **50.0%** (1 of 2) |', '| line precision | **33.3%** (1 of 3) |', '', '## Label changes', ''].join('\n'),
        );
        const r = run('--corpus', team, '--holdout', held, '--out', out);
        assert.equal(r.status, 0, r.stdout + r.stderr);
        const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'));
        assert.deepEqual(results.holdout.blind, { caught: 1, flagged: 2, right: 1, found: 3, commit: 'abc1234' });
        assert.equal(results.holdout.lines.recall, 1);
        const md = readFileSync(path.join(out, 'accuracy.md'), 'utf8');
        assert.match(md, /^## On scripts nobody had read$/m);
        assert.match(md, /^\| Held-out \| 1 \(1\) \| 50\.0% \(1 of 2\) \| 33\.3% \(1 of 3\) \| `abc1234` \|$/m);
      } finally {
        removeDir(team);
        removeDir(held);
        removeDir(out);
      }
    });

    it('with --holdout alone, scores every held-out folder beside the corpus, each in its own block and section', () => {
      const parent = tempDir();
      const out = tempDir();
      try {
        for (const name of ['corpus', 'holdout', 'holdout2']) mkdirSync(path.join(parent, name));
        writeFileSync(path.join(parent, 'corpus', 'a.callscript'), ['// source: S00', '// expect: clean', '坐席:感谢您的来电,再见!'].join('\n'));
        writeFileSync(path.join(parent, 'holdout', 'h.callscript'), ['// source: H00', '// expect: taboo-phrase', '坐席:这是我们公司的规定。'].join('\n'));
        // The second corpus's goodbye is mislabeled: its miss must show in its own block, not in the first one's.
        writeFileSync(path.join(parent, 'holdout2', 'k.callscript'), ['// source: K00', '// expect: negative-wording', '坐席:感谢您的来电,再见!'].join('\n'));
        const r = run('--corpus', path.join(parent, 'corpus'), '--holdout', '--out', out);
        assert.equal(r.status, 0, r.stdout + r.stderr);
        const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'));
        assert.deepEqual([results.holdout.lines.recall, results.holdout.misses], [1, []]);
        assert.equal(results.holdout2.lines.recall, 0);
        assert.deepEqual(results.holdout2.misses.map((m: Module) => m.at), ['k.callscript:3']);
        assert.match(results.holdout2.corpus, /holdout2$/);
        assert.match(r.stdout, /^held-out 2 corpus \(.*holdout2, labeled before callscript first ran on it\): 1 excerpts from 1 sources/m);
        const md = readFileSync(path.join(out, 'accuracy.md'), 'utf8');
        assert.match(md, /^## Held-out corpus$/m);
        assert.match(md, /^## Held-out 2 corpus$/m);
        const second = md.slice(md.indexOf('## Held-out 2 corpus'));
        assert.match(second, /^\| \| corpus \| held-out 2 \|$/m);
        assert.match(second, /^\| line recall \| — \(0 of 0\) \| 0\.0% \(0 of 1\) \|$/m);
        assert.match(second, /\| `k\.callscript:3` \| 坐席:感谢您的来电,再见! \| negative-wording \| — \|/);
        assert.doesNotMatch(md.slice(0, md.indexOf('## Held-out 2 corpus')), /k\.callscript/);
      } finally {
        removeDir(parent);
        removeDir(out);
      }
    });
  });

  describe('the held-out corpus', () => {
    const dir = path.join(ROOT, 'eval/holdout');

    it('has a label right above every agent line, from at least 30 excerpts', () => {
      const files = corpus.readCorpus(dir, known);
      const problems = files.flatMap((f: Module) => f.problems.map((p: Module) => `${f.file}:${p.line + 1}: ${p.problem}`));
      assert.deepEqual(problems, []);
      assert.ok(files.length >= 30, `${files.length} excerpts`);
    });

    it('names, in each file, one of at least 20 sources that eval/holdout/SOURCES.md describes, none of them an address of eval/SOURCES.md', () => {
      const held = readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');
      const ids = [...corpus.sourceIds(dir)];
      assert.ok(ids.length >= 20, `${ids.length} sources`);
      for (const id of ids) assert.match(held, new RegExp(`^\\| ${id} \\|`, 'm'), id);
      for (const file of corpus.readCorpus(dir, known)) {
        assert.match(readFileSync(path.join(dir, file.file), 'utf8'), /^(---[\s\S]*?---\n)?\/\/ source: H\d+/, file.file);
      }
      const addresses = (text: string) => new Set(text.match(/https?:\/\/[^\s,|]+/g) ?? []);
      const team = addresses(readFileSync(path.join(ROOT, 'eval/SOURCES.md'), 'utf8'));
      const shared = [...addresses(held)].filter((a) => team.has(a));
      assert.deepEqual(shared, []);
    });
  });

  // Each blind corpus after the first: its size, the letter of its source ids, and the corpora
  // whose pages it must not share (it measures text none of them holds).
  const laterHoldouts = [
    { name: 'second', folder: 'holdout2', excerpts: 30, sources: 18, id: 'K', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md'] },
    { name: 'third', folder: 'holdout3', excerpts: 25, sources: 15, id: 'L', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md'] },
    { name: 'fourth', folder: 'holdout4', excerpts: 30, sources: 20, id: 'M', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md'] },
    { name: 'fifth', folder: 'holdout5', excerpts: 30, sources: 20, id: 'N', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md'] },
    { name: 'sixth', folder: 'holdout6', excerpts: 35, sources: 25, id: 'P', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md'] },
    { name: 'seventh', folder: 'holdout7', excerpts: 35, sources: 25, id: 'Q', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md'] },
    { name: 'eighth', folder: 'holdout8', excerpts: 35, sources: 25, id: 'R', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md', 'eval/holdout7/SOURCES.md'] },
    { name: 'ninth', folder: 'holdout9', excerpts: 35, sources: 25, id: 'T', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md', 'eval/holdout7/SOURCES.md', 'eval/holdout8/SOURCES.md'] },
    { name: 'tenth', folder: 'holdout10', excerpts: 35, sources: 25, id: 'U', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md', 'eval/holdout7/SOURCES.md', 'eval/holdout8/SOURCES.md', 'eval/holdout9/SOURCES.md'] },
    { name: 'eleventh', folder: 'holdout11', excerpts: 45, sources: 40, id: 'V', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md', 'eval/holdout7/SOURCES.md', 'eval/holdout8/SOURCES.md', 'eval/holdout9/SOURCES.md', 'eval/holdout10/SOURCES.md'] },
    { name: 'twelfth', folder: 'holdout12', excerpts: 48, sources: 40, id: 'W', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md', 'eval/holdout7/SOURCES.md', 'eval/holdout8/SOURCES.md', 'eval/holdout9/SOURCES.md', 'eval/holdout10/SOURCES.md', 'eval/holdout11/SOURCES.md'] },
    { name: 'thirteenth', folder: 'holdout13', excerpts: 53, sources: 43, id: 'X', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md', 'eval/holdout7/SOURCES.md', 'eval/holdout8/SOURCES.md', 'eval/holdout9/SOURCES.md', 'eval/holdout10/SOURCES.md', 'eval/holdout11/SOURCES.md', 'eval/holdout12/SOURCES.md'] },
    { name: 'fourteenth', folder: 'holdout14', excerpts: 46, sources: 40, id: 'Y', others: ['eval/SOURCES.md', 'eval/holdout/SOURCES.md', 'eval/holdout2/SOURCES.md', 'eval/holdout3/SOURCES.md', 'eval/holdout4/SOURCES.md', 'eval/holdout5/SOURCES.md', 'eval/holdout6/SOURCES.md', 'eval/holdout7/SOURCES.md', 'eval/holdout8/SOURCES.md', 'eval/holdout9/SOURCES.md', 'eval/holdout10/SOURCES.md', 'eval/holdout11/SOURCES.md', 'eval/holdout12/SOURCES.md', 'eval/holdout13/SOURCES.md'] },
  ];
  for (const held of laterHoldouts) {
    describe(`the ${held.name} held-out corpus`, () => {
      const dir = path.join(ROOT, 'eval', held.folder);

      it(`has a label right above every agent line, from at least ${held.excerpts} excerpts`, () => {
        const files = corpus.readCorpus(dir, known);
        const problems = files.flatMap((f: Module) => f.problems.map((p: Module) => `${f.file}:${p.line + 1}: ${p.problem}`));
        assert.deepEqual(problems, []);
        assert.ok(files.length >= held.excerpts, `${files.length} excerpts`);
      });

      it(`names, in each file, one of at least ${held.sources} sources that its SOURCES.md describes, none of them an address of the other corpora`, () => {
        const sources = readFileSync(path.join(dir, 'SOURCES.md'), 'utf8');
        const ids = [...corpus.sourceIds(dir)];
        assert.ok(ids.length >= held.sources, `${ids.length} sources`);
        for (const id of ids) assert.match(sources, new RegExp(`^\\| ${id} \\|`, 'm'), id);
        for (const file of corpus.readCorpus(dir, known)) {
          assert.match(readFileSync(path.join(dir, file.file), 'utf8'), new RegExp(`^(---[\\s\\S]*?---\\n)?\\/\\/ source: ${held.id}\\d+`), file.file);
        }
        const addresses = (text: string) => new Set(text.match(/https?:\/\/[^\s,|]+/g) ?? []);
        const others = new Set(held.others.flatMap((f) => [...addresses(readFileSync(path.join(ROOT, f), 'utf8'))]));
        assert.deepEqual([...addresses(sources)].filter((a) => others.has(a)), []);
      });
    });
  }

  describe('the corpus', () => {
    const dir = path.join(ROOT, 'eval/corpus');

    it('has a label right above every agent line of every file, and each label names known rules', () => {
      const files = corpus.readCorpus(dir, known);
      const problems = files.flatMap((f: Module) => f.problems.map((p: Module) => `${f.file}:${p.line + 1}: ${p.problem}`));
      assert.deepEqual(problems, []);
      assert.ok(files.length >= 40, `${files.length} excerpts`);
    });

    it('names, in each file, a source that eval/SOURCES.md describes', () => {
      const sources = readFileSync(path.join(ROOT, 'eval/SOURCES.md'), 'utf8');
      const ids = [...corpus.sourceIds(dir)];
      assert.ok(ids.length >= 15, `${ids.length} sources`);
      for (const id of ids) assert.match(sources, new RegExp(`^\\| ${id} \\|`, 'm'), id);
      for (const file of corpus.readCorpus(dir, known)) {
        assert.match(readFileSync(path.join(dir, file.file), 'utf8'), /^(---[\s\S]*?---\n)?\/\/ source: S\d+/, file.file);
      }
    });

    it('cites each model sentence by a standard and a section', () => {
      const sentences = JSON.parse(readFileSync(path.join(ROOT, 'eval/model-sentences.json'), 'utf8'));
      const titles = ['《2008年呼入服务质量规范(V1.0)》', '《客户服务外包中心服务人员的素质标准》', '《送培训到网格 课件4 客户服务》', '《服务热线呼叫操作标准流程》', '《客服管理规章制度》'];
      for (const s of sentences) {
        assert.ok(s.text && s.section, JSON.stringify(s));
        assert.ok(titles.includes(s.seed), s.seed);
      }
    });
  });
});
