import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', '..', 'server', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file imports, statically or dynamically, resolved against server/src. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]);
  return specs.map((s) => relative(SRC, join(file, '..', s)));
}

// One engine, three doors: the CLI and the language server share the engine and the host layer
// (reading and decoding files, fixing them atomically, reading --now); the binary (bin.ts)
// chooses between them, so neither door imports the other.
describe('security: the CLI and the language server do not import each other', () => {
  for (const [door, other] of [['cli', 'lsp'], ['lsp', 'cli'], ['host', 'cli'], ['host', 'lsp'], ['engine', 'host']]) {
    it(`${door}/ imports nothing from ${other}/`, () => {
      const crossing = sources(join(SRC, door)).flatMap((f) => importsOf(f).filter((i) => i.startsWith(`${other}/`)).map((i) => `${relative(SRC, f)} → ${i}`));
      assert.deepEqual(crossing, []);
    });
  }
});
