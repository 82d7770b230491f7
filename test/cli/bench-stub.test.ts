import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli-harness';

/**
 * `npm run bench -- --only formats` bundles the CLI with server/src/formats replaced by
 * bench/without-formats.mjs: a value the CLI imports from the readers that the stand-in lacks breaks
 * the bench's build (it did, when the CLI began to import spokeNothing).
 */
describe('bench: the CLI built without document readers', () => {
  it('finds in bench/without-formats.mjs every value the CLI imports from server/src/formats', async () => {
    const cliDir = path.join(ROOT, 'server/src/cli');
    const wanted = new Set<string>();
    for (const file of readdirSync(cliDir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(path.join(cliDir, file), 'utf8');
      for (const m of source.matchAll(/^import \{([^}]*)\} from '\.\.\/formats';/gm)) {
        for (const name of m[1].split(',').map((n) => n.trim())) if (name && !name.startsWith('type ')) wanted.add(name);
      }
    }
    assert.ok(wanted.size > 0, 'the CLI imports values from server/src/formats');
    const stub: Record<string, unknown> = await import(pathToFileURL(path.join(ROOT, 'bench/without-formats.mjs')).href);
    assert.deepEqual([...wanted].filter((name) => !(name in stub)), []);
  });
});
