import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docx, xlsx } from '../office-files';
import { CLI, removeDir, tempDir } from './cli-harness';

/**
 * `yaml`, `re2js` and `ajv` are bundled into files of their own beside the CLI's and the
 * server's bundles (scripts/build.mjs), so that a start that needs none of them does not parse
 * them. The bundled CLI is run with a preload that lists, at exit, the files it required.
 */
describe('packages beside the bundles, loaded when first needed', () => {
  const DIST = path.dirname(CLI);
  const PARTS = ['yaml.js', 're2js.js', 'ajv.js'];
  /** The unzip and XML reader of Word and Excel files: beside the CLI only (the editor reads no such file). */
  const OFFICE_PARTS = ['fflate.js', 'saxes.js'];
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  /** The CLI's JSON report, and which of PARTS it required. */
  const check = (files: Record<string, string | Uint8Array>, parts = PARTS) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const preload = path.join(dir, 'list-required.js');
    writeFileSync(preload, `process.on('exit', () => process.stderr.write('REQUIRED ' + JSON.stringify(Object.keys(require.cache))));`);
    const r = spawnSync(process.execPath, ['-r', preload, CLI, 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const required: string[] = JSON.parse(/REQUIRED (.*)$/.exec(r.stderr)?.[1] ?? 'null');
    const report = JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ rule: string; message: string }> }>;
    return { messages: report.flatMap((f) => f.diagnostics), loaded: parts.filter((p) => required.includes(path.join(DIST, p))) };
  };

  it('each part is built beside the bundles', () => {
    for (const part of PARTS) {
      assert.ok(existsSync(path.join(DIST, part)), `server/dist/${part}`);
      assert.ok(existsSync(path.join(DIST, '../../dist', part)), `dist/${part} (the .vsix's server)`);
    }
  });

  it('the Word and Excel readers are built beside the CLI, not into the .vsix', () => {
    for (const part of OFFICE_PARTS) {
      assert.ok(existsSync(path.join(DIST, part)), `server/dist/${part}`);
      assert.ok(!existsSync(path.join(DIST, '../../dist', part)), `dist/${part}`);
    }
  });

  it('.callscript, Markdown, text and CSV scripts load no Word or Excel reader; a .docx and an .xlsx load them, and they work', () => {
    const text = { 'a.callscript': '坐席:这不是我的职责。\n', 'b.md': '- 坐席:这不是我的职责。\n', 'c.txt': '坐席:这不是我的职责。\n', 'd.csv': '话术\n这不是我的职责。\n' };
    const plain = check(text, OFFICE_PARTS);
    assert.equal(plain.messages.filter((m) => m.rule === 'negative-wording').length, 4, JSON.stringify(plain.messages));
    assert.deepEqual(plain.loaded, []);
    const office = check({ 'e.docx': docx([{ p: '坐席:这不是我的职责。' }]), 'f.xlsx': xlsx({ Sheet1: [['话术'], ['这不是我的职责。']] }) }, OFFICE_PARTS);
    assert.equal(office.messages.filter((m) => m.rule === 'negative-wording').length, 6, JSON.stringify(office.messages));
    assert.deepEqual(office.loaded, OFFICE_PARTS);
  });

  it('a script with flat front matter and no config loads none of them', () => {
    const { messages, loaded } = check({ 'a.callscript': '---\ntitle: 续费\n---\n坐席:这不是我的职责。\n' });
    assert.ok(messages.some((m) => m.rule === 'negative-wording'), JSON.stringify(messages));
    assert.deepEqual(loaded, []);
  });

  it('YAML the flat reader leaves, a config and its patterns load each from beside the bundle, and they work', () => {
    const { messages, loaded } = check({
      'a.callscript': '---\ntitle: [续费\n---\n坐席:我保证马上退款。\n',
      'callscript.json': JSON.stringify({ patterns: [{ id: 'no-promise', regex: '保证.{0,4}(解决|退款)', message: '不要当场承诺' }] }),
    });
    assert.deepEqual(loaded, PARTS);
    assert.ok(messages.some((m) => m.rule === 'front-matter' && /YAML/.test(m.message)), JSON.stringify(messages));
    assert.ok(messages.some((m) => m.rule === 'no-promise' && m.message === '不要当场承诺'), JSON.stringify(messages));
  });
});
