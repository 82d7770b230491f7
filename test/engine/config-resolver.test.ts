import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, ConfigResolver } from '../../server/src/host/config-files';

/** A real folder tree: `{ 'a/callscript.json': {...} }` writes JSON, strings are written as they are. */
function tree(files: Record<string, unknown>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'callscript-config-'));
  for (const [name, content] of Object.entries(files)) write(root, name, content);
  return root;
}

function write(root: string, name: string, content: unknown): void {
  const file = path.join(root, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

describe('config resolver', () => {
  const roots: string[] = [];
  const make = (files: Record<string, unknown>): string => {
    const root = tree(files);
    roots.push(root);
    return root;
  };
  after(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it('merges nested configs over their parents: nearer settings win, lists add up', async () => {
    const root = make({
      'callscript.json': { rules: { 'polite-pronoun': 'off', 'taboo-phrase': { add: ['不归我管'] } }, placeholders: ['订单号'] },
      'team/callscript.json': { rules: { 'polite-pronoun': 'warning', 'taboo-phrase': { severity: 'warning', add: ['没空'] } }, placeholders: ['工单号'] },
    });
    const config = await new ConfigResolver().configFor(path.join(root, 'team/a.callscript'));
    assert.deepEqual(config.rules, {
      'polite-pronoun': 'warning',
      'taboo-phrase': { severity: 'warning', add: ['不归我管', '没空'], remove: [], replacements: {} },
    });
    assert.deepEqual(config.placeholders, ['订单号', '工单号']);
    const outer = await new ConfigResolver().configFor(path.join(root, 'b.callscript'));
    assert.deepEqual(outer.rules, { 'polite-pronoun': 'off', 'taboo-phrase': { add: ['不归我管'] } });
  });

  it('finds .callscript.json too, callscript.json first when a folder has both', async () => {
    const root = make({
      'a/.callscript.json': { rules: { 'vague-wording': 'off' } },
      'b/.callscript.json': { rules: { 'vague-wording': 'off' } },
      'b/callscript.json': { rules: { 'vague-wording': 'error' } },
    });
    const resolver = new ConfigResolver();
    assert.equal((await resolver.configFor(path.join(root, 'a/x.callscript'))).rules?.['vague-wording'], 'off');
    assert.equal((await resolver.configFor(path.join(root, 'b/x.callscript'))).rules?.['vague-wording'], 'error');
  });

  it('applies overrides by globs relative to the declaring config, later entries winning', async () => {
    const root = make({
      'callscript.json': {
        rules: { 'weekend-greeting': 'warning' },
        overrides: [
          { files: ['inbound/**'], rules: { 'weekend-greeting': 'off', 'vague-wording': 'error' } },
          { files: ['inbound/vip/*.callscript'], rules: { 'weekend-greeting': 'info' } },
        ],
      },
    });
    const resolver = new ConfigResolver();
    const inbound = await resolver.configFor(path.join(root, 'inbound/a.callscript'));
    assert.deepEqual(inbound.rules, { 'weekend-greeting': 'off', 'vague-wording': 'error' });
    const vip = await resolver.configFor(path.join(root, 'inbound/vip/b.callscript'));
    assert.deepEqual(vip.rules, { 'weekend-greeting': 'info', 'vague-wording': 'error' });
    const outbound = await resolver.configFor(path.join(root, 'outbound/c.callscript'));
    assert.deepEqual(outbound.rules, { 'weekend-greeting': 'warning' });
    assert.deepEqual(outbound.overrides, []);
  });

  it('lets a nested config beat its parent’s overrides, and reads its own globs from its own folder', async () => {
    const root = make({
      'callscript.json': { overrides: [{ files: ['inbound/**'], rules: { 'weekend-greeting': 'off' } }] },
      'inbound/callscript.json': { rules: { 'weekend-greeting': 'error' }, overrides: [{ files: ['vip/**'], rules: { 'vague-wording': 'off' } }] },
    });
    const config = await new ConfigResolver().configFor(path.join(root, 'inbound/vip/a.callscript'));
    assert.deepEqual(config.rules, { 'weekend-greeting': 'error', 'vague-wording': 'off' });
  });

  it('uses only the file given with --config, its globs relative to its folder', async () => {
    const root = make({
      'callscript.json': { rules: { 'vague-wording': 'off' } },
      'ci/strict.json': { rules: { 'vague-wording': 'error' }, overrides: [{ files: ['../inbound/**'], rules: { 'polite-pronoun': 'off' } }] },
    });
    const resolver = new ConfigResolver(path.join(root, 'ci/strict.json'));
    const config = await resolver.configFor(path.join(root, 'inbound/a.callscript'));
    assert.deepEqual(config.rules, { 'vague-wording': 'error', 'polite-pronoun': 'off' });
    assert.deepEqual(await resolver.configFilesFor(path.join(root, 'inbound/a.callscript')), [path.join(root, 'ci/strict.json')]);
  });

  it('throws a ConfigError with file, line and message for a broken config (the CLI exits 2)', async () => {
    const root = make({ 'callscript.json': '{\n  "rules": {\n    "polite-pronon": "off"\n  }\n}\n' });
    await assert.rejects(new ConfigResolver().configFor(path.join(root, 'a.callscript')), (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.equal(err.file, path.join(root, 'callscript.json'));
      assert.equal(err.problem.line, 2);
      assert.match(err.message, /callscript\.json:3:5: .*did you mean "polite-pronoun"/);
      return true;
    });
  });

  it('gives a broken config’s problems without throwing, in either mode', async () => {
    const root = make({ 'callscript.json': '{\n  "files": "x"\n}' });
    const problems = await new ConfigResolver().problemsIn(path.join(root, 'callscript.json'));
    assert.deepEqual(problems.map((p) => [p.line, p.localized.en]), [[1, 'Must be an array']]);
    assert.deepEqual(await new ConfigResolver().problemsIn(path.join(root, 'absent/callscript.json')), []);
  });

  it('throws for a --config file that cannot be read', async () => {
    const root = make({});
    await assert.rejects(new ConfigResolver(path.join(root, 'missing.json')).configFor(path.join(root, 'a.callscript')), /ENOENT/);
  });

  it('in the editor, leaves a broken config out and keeps its problems', async () => {
    const root = make({
      'callscript.json': { rules: { 'vague-wording': 'off' } },
      'team/callscript.json': '{ "rules": { "polite-pronoun": "of" } }',
    });
    const resolver = new ConfigResolver(undefined, { tolerant: true });
    const config = await resolver.configFor(path.join(root, 'team/a.callscript'));
    assert.deepEqual(config.rules, { 'vague-wording': 'off' });
    const problems = await resolver.problemsIn(path.join(root, 'team/callscript.json'));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /did you mean "off"/);
    assert.deepEqual(await resolver.problemsIn(path.join(root, 'callscript.json')), []);
  });

  it('lists the config files that apply to a script, outermost first', async () => {
    const root = make({ 'callscript.json': {}, 'a/b/.callscript.json': {}, 'a/c/callscript.json': {} });
    const files = await new ConfigResolver().configFilesFor(path.join(root, 'a/b/x.callscript'));
    assert.deepEqual(files.filter((f) => f.startsWith(root)), [path.join(root, 'callscript.json'), path.join(root, 'a/b/.callscript.json')]);
  });

  it('reads a config again after forget: changed, created and deleted', async () => {
    const root = make({ 'callscript.json': { rules: { 'vague-wording': 'off' } } });
    const script = path.join(root, 'team/a.callscript');
    const resolver = new ConfigResolver();
    assert.equal((await resolver.configFor(script)).rules?.['vague-wording'], 'off');

    write(root, 'callscript.json', { rules: { 'vague-wording': 'error' } });
    assert.equal((await resolver.configFor(script)).rules?.['vague-wording'], 'off', 'cached until forgotten');
    resolver.forget(path.join(root, 'callscript.json'));
    assert.equal((await resolver.configFor(script)).rules?.['vague-wording'], 'error');

    write(root, 'team/callscript.json', { rules: { 'vague-wording': 'info' } });
    resolver.forget(path.join(root, 'team/callscript.json'));
    assert.equal((await resolver.configFor(script)).rules?.['vague-wording'], 'info');

    unlinkSync(path.join(root, 'team/callscript.json'));
    resolver.forget(path.join(root, 'team/callscript.json'));
    assert.equal((await resolver.configFor(script)).rules?.['vague-wording'], 'error');
  });

  it('gives scripts under the same configs the same config object, so per-config caches hold', async () => {
    const root = make({ 'callscript.json': { overrides: [{ files: ['in/**'], rules: { 'vague-wording': 'off' } }] } });
    const resolver = new ConfigResolver();
    const a = await resolver.configFor(path.join(root, 'x/a.callscript'));
    assert.equal(await resolver.configFor(path.join(root, 'x/b.callscript')), a);
    assert.notEqual(await resolver.configFor(path.join(root, 'in/c.callscript')), a);
  });
});
