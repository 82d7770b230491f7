import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors';

const EXTENSION = '.callscript';
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** The scripts named by paths: files as given, directories searched for `.callscript` files. Sorted, unique. */
export async function findScripts(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    if (info.isDirectory()) await walk(p, found, new Set());
    else found.add(path.normalize(p));
  }
  return [...found].sort();
}

async function walk(dir: string, found: Set<string>, seen: Set<string>): Promise<void> {
  const key = path.resolve(dir);
  if (seen.has(key)) return;
  seen.add(key);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walk(full, found, seen);
    } else if (e.isFile() && e.name.endsWith(EXTENSION)) {
      found.add(path.normalize(full));
    }
  }
}
