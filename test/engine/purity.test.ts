import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..', '..');
const ENGINE = path.join(ROOT, 'server/src/engine');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

// One engine, three doors: the engine must load where no editor exists.
describe('engine purity', () => {
  it('imports nothing from vscode', () => {
    for (const file of sources(ENGINE)) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /from ['"]vscode/, path.relative(ROOT, file));
    }
  });

  it('loads with no vscode module present', () => {
    const engine = require(path.join(__dirname, '../../server/src/engine')) as { lint: (t: string) => unknown };
    assert.equal(typeof engine.lint, 'function');
    assert.equal(Object.keys(require.cache).some((k) => /node_modules[\\/]vscode[\\/]/.test(k)), false);
  });

  it('keeps every source file under 400 lines', () => {
    for (const file of sources(path.join(ROOT, 'server/src'))) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      assert.ok(lines <= 400, `${path.relative(ROOT, file)} has ${lines} lines`);
    }
  });
});
