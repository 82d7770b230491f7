import { randomBytes } from 'node:crypto';
import { constants, type BigIntStats } from 'node:fs';
import { access, appendFile, chmod, chown, link, open, realpath, rename, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
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
 * none is left (`lintText`: how this kind of file is linted). An edit that brings line breaks gets the line ending of the line it lands on.
 */
export function fixText(text: string, options: LintOptions, lintText = (t: string) => lint(t, options).findings): FixedText {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const findings = lintText(current);
    const edits = preferredEdits(findings).map((e) => withLineEndingsOf(current, e));
    const next = edits.length === 0 ? undefined : applyFixes(current, edits, { oneRewordingAtATime: true });
    if (!next || next.applied === 0 || next.text === current) return { text: current, findings };
    current = next.text;
  }
  return { text: current, findings: lintText(current) };
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

export type WriteResult = 'written' | 'changed-on-disk' | 'read-only' | 'hard-linked' | 'link-outside';

/**
 * For tests: run inside the moments a concurrent write could slip into, to play the other
 * process. `beforeRename`: after the original was compared, just before the rename;
 * `afterRename`: just after it, before the file is looked at once more.
 */
export interface WriteWindows {
  beforeRename?: () => Promise<void> | void;
  afterRename?: () => Promise<void> | void;
}

/**
 * Replaces a file's content all at once: a temporary file in the same folder (so rename stays on
 * one file system) with the original's owner and mode, synced, then renamed over it. Not written:
 * a file nobody may write or this user cannot ('read-only'); a file with other hard links, which
 * would keep the old text ('hard-linked'); a symlink whose target lies outside `within`, the
 * folder being checked ('link-outside'); a file that no longer holds what was read, or that
 * another process wrote to while it was being replaced ('changed-on-disk': its writes are kept).
 */
export async function writeAtomically(file: string, read: Uint8Array, content: Uint8Array, within?: string, windows: WriteWindows = {}): Promise<WriteResult> {
  const target = await realpath(file);
  if (within !== undefined && target !== path.resolve(file) && isOutside(await realpath(within), target)) return 'link-outside';
  const info = await stat(target);
  if (info.nlink > 1) return 'hard-linked';
  if ((info.mode & 0o222) === 0 || !(await writable(target))) return 'read-only';
  // A short name of our own: `.<name>.tmp` would pass the file system's limit for a long name.
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const tmp = path.join(path.dirname(target), `.callscript-${unique}.tmp`);
  const kept = path.join(path.dirname(target), `.callscript-${unique}.old`);
  const handle = await open(tmp, 'wx', info.mode & 0o777);
  let original: FileHandle | undefined;
  let replacement: FileHandle | undefined;
  let linked = false;
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // chown first: it clears the setuid and setgid bits that chmod then sets again.
    await chown(tmp, info.uid, info.gid).catch(() => undefined); // only root may give a file away
    await chmod(tmp, info.mode & 0o7777); // the umask may have taken bits off at open
    original = await open(target, 'r');
    replacement = await open(tmp, 'r');
    // Stat before reading: a write after the read then shows in size or mtime, below.
    const seen = await original.stat({ bigint: true });
    if (!sameFile(seen, info) || !(await holds(original, read))) return await giveUp(tmp, kept, linked);
    // A second name for the original, to put it back if a write reaches it during the rename
    // (a file system without hard links gets its content back from the open handle instead).
    linked = await link(target, kept).then(() => true, () => false);
    await windows.beforeRename?.();
    // Last look just before the rename: the same file under the name (not one another program
    // renamed into place), the same size and time, the same bytes (a write of the same length
    // within one tick of a coarse clock leaves size and mtime as they were).
    const now = await stat(target, { bigint: true }).catch(() => undefined);
    if (!now || !sameFile(now, info) || !unchanged(now, seen) || !(await holds(original, read))) return await giveUp(tmp, kept, linked);
    await rename(tmp, target);
    await windows.afterRename?.();
    // A writer that opened the file just before the rename writes just after it: look once more a moment later.
    const untouched = async () => unchanged(await original!.stat({ bigint: true }), seen);
    if ((await untouched()) && (await settled()) && (await untouched())) {
      if (linked) await unlink(kept);
      return 'written';
    }
    if (!linked) await writeFile(kept, await bytesFrom(original, 0), { mode: info.mode & 0o7777 });
    await putBack(kept, target, replacement, content.length);
    return 'changed-on-disk';
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    await unlink(kept).catch(() => undefined);
    throw err;
  } finally {
    await original?.close();
    await replacement?.close();
  }
}

interface FileIdentity {
  dev: number | bigint;
  ino: number | bigint;
}

function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return BigInt(a.dev) === BigInt(b.dev) && BigInt(a.ino) === BigInt(b.ino);
}

function unchanged(now: BigIntStats, before: BigIntStats): boolean {
  return now.size === before.size && now.mtimeNs === before.mtimeNs;
}

/** Whether an open file holds exactly `bytes`. */
async function holds(handle: FileHandle, bytes: Uint8Array): Promise<boolean> {
  return Buffer.from(bytes).equals(await bytesFrom(handle, 0));
}

/** Nothing replaced: the temporary file and the original's second name go. */
async function giveUp(tmp: string, kept: string, linked: boolean): Promise<'changed-on-disk'> {
  await unlink(tmp);
  if (linked) await unlink(kept);
  return 'changed-on-disk';
}

/**
 * Another process wrote to the original while it was being replaced: the original, with that
 * write, goes back in place, and anything appended to the replacement in the meantime (by a
 * process that opened the file after the rename) is appended to it, so that no write is lost.
 */
async function putBack(kept: string, target: string, replacement: FileHandle, ourLength: number): Promise<void> {
  await rename(kept, target);
  const appended = await bytesFrom(replacement, ourLength);
  if (appended.length > 0) await appendFile(target, appended);
}

/** What an open file holds from `offset` on, wherever its own position is. */
async function bytesFrom(handle: FileHandle, offset: number): Promise<Buffer> {
  const size = Number((await handle.stat()).size);
  const bytes = Buffer.alloc(Math.max(0, size - offset));
  if (bytes.length > 0) await handle.read(bytes, 0, bytes.length, offset);
  return bytes;
}

/** Long enough for a writer between its open and its write to finish, short enough for thousands of files. */
const SETTLE_MS = 2;

function settled(): Promise<true> {
  return new Promise((resolve) => setTimeout(() => resolve(true), SETTLE_MS));
}

async function writable(file: string): Promise<boolean> {
  try {
    await access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isOutside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}
