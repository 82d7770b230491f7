import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
const MAX_BYTES = 4 * 1024 * 1024;

/** Exactly what the extension needs at run time: its manifest and texts, the bundles (OpenCC's traditional data, YAML, RE2 and the schema validator in files of their own), grammar, snippets, schema. */
const SHIPPED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/dist/ajv.js',
  'extension/dist/extension.js',
  'extension/dist/opencc-cn2t.js',
  'extension/dist/re2js.js',
  'extension/dist/server.js',
  'extension/dist/yaml.js',
  'extension/language-configuration.json',
  'extension/package.json',
  'extension/package.nls.json',
  'extension/package.nls.zh-cn.json',
  'extension/package.nls.zh-tw.json',
  'extension/readme.md',
  'extension/schemas/callscript.schema.json',
  'extension/snippets/callscript.json',
  'extension/syntaxes/callscript.tmLanguage.json',
];
/** What .vscodeignore lets in once it exists. */
const MAY_SHIP = ['extension/changelog.md', 'extension/images/icon.png'];

/** The names in a zip file's central directory (a .vsix is a zip). */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

/** `npm run package` into a temp folder (the build is fresh: npm test builds first), then what the .vsix holds. */
describe('security: the .vsix holds only what the extension needs', function () {
  this.timeout(60_000);
  let dir: string;
  let vsix: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'callscript-vsix-'));
    vsix = path.join(dir, 'callscript.vsix');
    const run = spawnSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the manifest, the texts, the two bundles, grammar, snippets and schema: no sources, no source maps, no node_modules', () => {
    const names = zipEntries(readFileSync(vsix));
    assert.deepEqual(names.filter((n) => !MAY_SHIP.includes(n)).sort(), SHIPPED);
  });

  it(`is smaller than ${MAX_BYTES / 1024 / 1024} MB`, () => {
    assert.ok(statSync(vsix).size < MAX_BYTES, `${statSync(vsix).size} bytes`);
  });
});
