import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall'];

/** Every installed package (scoped ones included) whose package.json declares an install hook. */
function packagesWithInstallScripts(dir: string): string[] {
  const found: string[] = [];
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (entry.startsWith('@')) {
      found.push(...packagesWithInstallScripts(path));
      continue;
    }
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; scripts?: Record<string, string> };
    if (INSTALL_HOOKS.some((h) => pkg.scripts?.[h] !== undefined)) found.push(pkg.name ?? entry);
    found.push(...packagesWithInstallScripts(join(path, 'node_modules')));
  }
  return found;
}

describe('security: install scripts of dependencies', () => {
  it('every dependency with an install script is decided in allowScripts, so npm ci is quiet and runs none unasked', () => {
    const { allowScripts = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const undecided = [...new Set(packagesWithInstallScripts(join(ROOT, 'node_modules')))].filter((name) => !(name in allowScripts)).sort();
    assert.deepEqual(undecided, []);
  });

  it('none is allowed: the build and the tests work without them', () => {
    const { allowScripts = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    assert.deepEqual(Object.entries(allowScripts).filter(([, allowed]) => allowed !== false), []);
  });
});
