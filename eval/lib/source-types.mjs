// The kind of source each excerpt of a corpus comes from — a published script, training material,
// a call transcript, a news report of a complaint — where its SOURCES.md source table has a `type`
// column: a blind run is read by kind too, since a corpus gathered mostly from complaint reports
// and one gathered mostly from scripts measure different things (eval/README.md).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const cells = (row) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim().replace(/^`|`$/g, ''));

/** Source id → type, from the first Markdown table in `dir`/SOURCES.md whose header names an `id` and a `type` column; empty without one. */
export function sourceTypes(dir) {
  const file = path.join(dir, 'SOURCES.md');
  const types = new Map();
  if (!existsSync(file)) return types;
  const rows = readFileSync(file, 'utf8').split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i].trim().startsWith('|')) continue;
    const header = cells(rows[i]).map((c) => c.toLowerCase());
    const id = header.indexOf('id');
    const type = header.indexOf('type');
    if (id < 0 || type < 0) continue;
    for (let j = i + 2; j < rows.length && rows[j].trim().startsWith('|'); j++) {
      const row = cells(rows[j]);
      if (row[id] && row[type]) types.set(row[id], row[type]);
    }
    break;
  }
  return types;
}

/** The source id an excerpt names first (`// source: R07 · excerpt 1 …`). */
export function excerptSource(text) {
  return /^\/\/ source: ([A-Z]\d+)/m.exec(text)?.[1];
}

/** The corpus's files grouped by their source's type, in the order types first appear; empty where the table gives none. */
export function filesByType(dir, files) {
  const types = sourceTypes(dir);
  const groups = new Map();
  if (types.size === 0) return groups;
  for (const f of files) {
    const type = types.get(excerptSource(readFileSync(path.join(dir, f.file), 'utf8'))) ?? 'unknown';
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type).push(f);
  }
  return groups;
}
