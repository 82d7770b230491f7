import { rename, stat, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { applyFixes, lint, preferredEdits, type LintOptions } from '../engine';
import type { SourceText } from './check';

const MAX_PASSES = 10;

/**
 * Applies every preferred fix until none is left, then writes the file atomically (temp file and
 * rename) with its BOM and mode kept; fixes keep the line endings they find. Returns the new text (without BOM).
 */
export async function fixFile(file: string, source: SourceText, options: LintOptions): Promise<string> {
  const text = source.text;
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = preferredEdits(lint(current, options).findings);
    if (edits.length === 0) break;
    const next = applyFixes(current, edits);
    if (next.applied === 0 || next.text === current) break;
    current = next.text;
  }
  if (current === text) return text;
  const bom = source.bom ? '\ufeff' : '';
  const out = bom + current;
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.callscript-fix-${process.pid}`);
  const mode = (await stat(file)).mode;
  await writeFile(tmp, out, 'utf8');
  await chmod(tmp, mode & 0o7777);
  await rename(tmp, file);
  return current;
}
