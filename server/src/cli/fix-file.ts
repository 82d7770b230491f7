import { randomBytes } from 'node:crypto';
import { chmod, chown, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { applyFixes, lint, preferredEdits, type Finding, type LintOptions, type TextEdit } from '../engine';

/** Enough for fixes that make room for one another; a fix that never settles must not loop forever. */
const MAX_PASSES = 10;

export interface FixedText {
  text: string;
  /** What is left to report in the fixed text. */
  findings: Finding[];
}

/**
 * Applies every preferred fix, pass after pass (overlapping fixes wait for the next pass), until
 * none is left. An edit that brings line breaks gets the line ending of the line it lands on.
 */
export function fixText(text: string, options: LintOptions): FixedText {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = lint(current, options).findings;
    const edits = preferredEdits(findings).map((e) => withLineEndingsOf(current, e));
    const next = edits.length === 0 ? undefined : applyFixes(current, edits, { oneRewordingAtATime: true });
    if (!next || next.applied === 0 || next.text === current) return { text: current, findings };
    current = next.text;
  }
  return { text: current, findings: lint(current, options).findings };
}

function withLineEndingsOf(text: string, edit: TextEdit): TextEdit {
  if (!edit.newText.includes('\n')) return edit;
  const eol = lineEndingAt(text, edit.start);
  return { ...edit, newText: edit.newText.replace(/\r?\n/g, eol) };
}

/** The line ending of the line holding offset; the one before it on a last line without one. */
function lineEndingAt(text: string, offset: number): string {
  const next = text.indexOf('\n', offset);
  const at = next >= 0 ? next : text.lastIndexOf('\n', offset - 1);
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}

export type WriteResult = 'written' | 'changed-on-disk';

/**
 * Replaces a file's content all at once: a temporary file in the same folder (so rename stays on
 * one file system) with the original's mode, synced, then renamed over it. A symlink is followed
 * and its target replaced. If the file no longer holds what was read, nothing is written.
 */
export async function writeAtomically(file: string, read: Uint8Array, content: Uint8Array): Promise<WriteResult> {
  const target = await realpath(file);
  const info = await stat(target);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', info.mode & 0o7777);
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(tmp, info.mode & 0o7777); // the umask may have taken bits off at open
    await chown(tmp, info.uid, info.gid).catch(() => undefined); // only root may give a file away
    if (!Buffer.from(read).equals(await readFile(target))) {
      await unlink(tmp);
      return 'changed-on-disk';
    }
    await rename(tmp, target);
    return 'written';
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
