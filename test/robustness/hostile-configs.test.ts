import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import fc from 'fast-check';
import { MAX_CONFIG_CHARS, MAX_CONFIG_DEPTH, parseConfigText } from '../../server/src/engine/config-file';
import { untrustedView } from '../../server/src/engine/config-trust';
import { sanitize } from '../../server/src/lsp/settings';
import { removeDir, runCli, tempDir } from '../cli/cli-harness';
import { expectedDiagnostics, LspSession, scratchFolder } from '../lsp/lsp-session';
import { fuzzParameters, fuzzing } from './fuzz-budget';

/** 3,000 levels in 18 KB: enough to exhaust the stack of a recursive parser. */
const DEEP = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
const TABOO = '坐席:这是我们公司的规定。\n';
const OFF = { rules: { 'taboo-phrase': 'off' } };

/** Nothing in a config file or a setting stops the checks or turns them off where it may not. */
describe('hostile configs and settings', function () {
  if (fuzzing()) this.timeout(0);
  describe('a config too deep or too large', () => {
    it('is a config problem at the bracket that goes too deep, not a crash', () => {
      const { config, problems } = parseConfigText(DEEP);
      assert.deepEqual(config, {});
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, /nested too deeply \(over 64 levels\)/);
      assert.deepEqual([problems[0].line, problems[0].character], [0, 5 * 64]);
    });

    it('is a config problem when it is larger than any config needs to be', () => {
      const big = `{"placeholders": [${Array.from({ length: MAX_CONFIG_CHARS / 5 }, () => '"订单号"').join(',')}]}`;
      assert.match(parseConfigText(big).problems[0].message, /too large/);
    });

    it('on random JSON nested up to twice the limit: a config or one problem, never a throw', () => {
      const nested = fc.letrec((tie) => ({
        value: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          fc.constantFrom('"off"', '1', 'null', '"新春快乐!"', '[]', '{}'),
          fc.array(tie('value'), { maxLength: 3 }).map((vs) => `[${vs.join(',')}]`),
          fc.dictionary(fc.constantFrom('rules', 'taboo-phrase', 'add', 'holidays', 'a'), tie('value'), { maxKeys: 3 }).map(
            (o) => `{${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`,
          ),
        ),
      })).value;
      const deep = fc.tuple(fc.integer({ min: 1, max: 2 * MAX_CONFIG_DEPTH }), fc.constantFrom('{"rules":', '[', '{"a":'), nested).map(
        ([depth, open, inner]) => `${open.repeat(depth)}${inner}${(open === '[' ? ']' : '}').repeat(depth)}`,
      );
      fc.assert(
        fc.property(fc.oneof(nested, deep), (text) => {
          const { config, problems } = parseConfigText(text);
          assert.ok(problems.length === 0 || Object.keys(config).length === 0, 'a config with problems applies nothing');
        }),
        fuzzParameters(200),
      );
    });

    it('stops the CLI with "bad config: file:line:col", exit 2, not an internal error', () => {
      const dir = tempDir();
      try {
        writeFileSync(path.join(dir, 'callscript.json'), DEEP);
        writeFileSync(path.join(dir, 'a.callscript'), TABOO);
        const run = runCli(['check', '.', '--locale', 'en'], dir);
        assert.equal(run.code, 2);
        assert.equal(run.stderr, `callscript: bad config: ${path.join(dir, 'callscript.json')}:1:321: 配置嵌套过深(超过 64 层) / The configuration is nested too deeply (over 64 levels)\n`);
      } finally {
        removeDir(dir);
      }
    });
  });

  describe('callscript.rules settings', () => {
    it('are checked against the config schema: a bad one is set aside whole, with why', () => {
      for (const rules of [{ 'taboo-phrase': null }, { add: 'x' }, { 'taboo-phrase': { add: 'x' } }, ['off'], 'off']) {
        const s = sanitize({ rules });
        assert.deepEqual(s.rules, {}, JSON.stringify(rules));
        assert.match(s.rulesProblem ?? '', /^callscript\.rules: /, JSON.stringify(rules));
      }
      assert.deepEqual(sanitize({ rules: { 'taboo-phrase': 'off', 'vague-wording': { add: ['大约'] } } }).rules, { 'taboo-phrase': 'off', 'vague-wording': { add: ['大约'] } });
      assert.equal(sanitize({ rules: {} }).rulesProblem, undefined);
    });

    it('too deep to stringify are a problem, not a RangeError', () => {
      let deep: unknown = 1;
      for (let i = 0; i < 20000; i++) deep = { a: deep };
      assert.match(sanitize({ rules: deep }).rulesProblem ?? '', /nested too deeply/);
    });
  });

  describe('an untrusted workspace’s config', () => {
    it('may raise severities and add phrases, but not lower, turn off or remove', () => {
      const file = {
        rules: {
          'taboo-phrase': 'off' as const,
          'vague-wording': { severity: 'error' as const, add: ['大约'], remove: ['大概'] },
          'polite-pronoun': { severity: 'hint' as const },
          'negative-wording': 'off' as const,
        },
      };
      const view = untrustedView(file, { rules: { 'negative-wording': 'off' } });
      assert.deepEqual(view.rules, {
        'taboo-phrase': 'error',
        'vague-wording': { severity: 'error', add: ['大约'], remove: [] },
        'polite-pronoun': { severity: 'warning' },
        // The user's own setting turned it off: the file takes nothing away from it.
        'negative-wording': 'off',
      });
    });

    it('may add a holiday, but not change a built-in one or reuse a built-in greeting', () => {
      const holidays = [
        { name: '春节', lunar: '除夕', days: 300, greeting: '新春快乐!' },
        { name: '全年', solar: '01-01', days: 365, greeting: '新春快乐' },
        { name: '店庆', solar: '06-18', greeting: '店庆快乐!' },
      ];
      assert.deepEqual(untrustedView({ holidays }, {}).holidays?.map((h) => h.name), ['店庆']);
    });
  });

  describe('in the language server', () => {
    const scratch = scratchFolder();
    after(() => scratch.remove());

    const folder = (name: string, config: string) => {
      const dir = path.join(scratch.dir, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'callscript.json'), config);
      return pathToFileURL(path.join(dir, 'script.callscript')).href;
    };
    const hover = (session: LspSession, uri: string) =>
      session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 5 } });
    const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

    it('lints with the defaults beside a config too deep to read, and hover answers, trusted or not', async () => {
      const uri = folder('deep', DEEP);
      for (const trusted of [true, false]) {
        const session = await LspSession.start({ initializationOptions: { trusted } });
        try {
          const told = once(session, 'showMessage');
          session.open(uri, TABOO);
          assert.deepEqual(await session.pull(uri), expectedDiagnostics(TABOO));
          assert.match(((await told) as [{ message: string }])[0].message, /nested too deeply/);
          assert.ok(await hover(session, uri));
        } finally {
          await session.dispose();
        }
      }
    });

    it('sets a malformed callscript.rules aside, says so once, and keeps linting and hovering', async () => {
      const session = await LspSession.start();
      try {
        session.settings = { rules: { 'taboo-phrase': null } };
        const told = once(session, 'showMessage');
        const uri = folder('bad-setting', '{}');
        session.open(uri, TABOO);
        assert.deepEqual(await session.pull(uri), expectedDiagnostics(TABOO));
        assert.match(((await told) as [{ message: string }])[0].message, /callscript\.rules/);
        assert.ok(await hover(session, uri));
      } finally {
        await session.dispose();
      }
    });

    it('keeps every rule a config turns off until the workspace is trusted; only literal true trusts', async () => {
      const uri = folder('turns-off', JSON.stringify(OFF));
      for (const trusted of [false, 'true', 1, null]) {
        const session = await LspSession.start({ initializationOptions: { trusted } });
        try {
          session.open(uri, TABOO);
          assert.ok(codes(await session.pull(uri)).includes('taboo-phrase'), `trusted: ${JSON.stringify(trusted)}`);
          if (trusted === false) {
            const refreshed = once(session, 'refresh');
            void session.connection.sendNotification('callscript/trustGranted');
            await refreshed;
            assert.ok(!codes(await session.pull(uri)).includes('taboo-phrase'), 'once trusted, the file applies');
          }
        } finally {
          await session.dispose();
        }
      }
      const trusting = await LspSession.start({ initializationOptions: { trusted: true } });
      try {
        trusting.open(uri, TABOO);
        assert.ok(!codes(await trusting.pull(uri)).includes('taboo-phrase'));
      } finally {
        await trusting.dispose();
      }
    });
  });
});
