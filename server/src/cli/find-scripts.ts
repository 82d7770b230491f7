import { realpathSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_NAMES } from '../config-files';
import { parseConfigText } from '../engine/config-file';
import { readRegularFile } from '../read-file';
import { UsageError } from './errors';
import { isIgnored, parseGitignore, type IgnoreRule } from './gitignore';

/** A script to lint: the path as shown to the user, and where it really is. */
export interface ScriptFile {
  display: string;
  absolute: string;
}

const EXTENSION = '.callscript';
const NEVER_ENTERED = new Set(['.git', 'node_modules']);

/** The config's `files` globs, relative to the folder of the config that declares them. */
interface FilesGlobs {
  base: string;
  matches(relative: string): boolean;
}

/** What a folder walk carries down: the `.gitignore` rules and the `files` globs in force. */
interface FolderContext {
  ignore: readonly IgnoreRule[];
  files: FilesGlobs | undefined;
  /** With `--config`, the folders' own config files are not read. */
  explicitConfig: boolean;
}

/** `real`: the file's real path when the walk knows it without asking (a plain file in a folder whose real path it has). */
type Visit = (file: string, isScript: boolean, real: string | undefined) => Promise<void> | void;

/**
 * The scripts named on the command line, in a stable order: files as given; folders searched for
 * `.callscript` files and files matching the config's `files`; globs matched below their base.
 * What `.gitignore` ignores is skipped inside folders, never when named outright.
 */
export async function findScripts(args: readonly string[], explicitConfig: string | undefined): Promise<ScriptFile[]> {
  // Keyed by real path: a file reached through a symlink too is checked once, under its own path if seen.
  const found = new Map<string, ScriptFile>();
  const add = (display: string, knownReal?: string) => {
    const absolute = path.resolve(display);
    // Synchronous: one call per script, and a round trip through the thread pool costs more than the call.
    const real = knownReal ?? realpathSync.native(absolute);
    const known = found.get(real);
    if (!known || (known.absolute !== real && absolute === real)) found.set(real, { display: path.normalize(display), absolute });
  };
  const explicitFiles = explicitConfig === undefined ? undefined : await filesGlobsIn(path.resolve(explicitConfig));
  const contextFor = (dir: string) => startingContext(path.resolve(dir), explicitConfig !== undefined, explicitFiles);
  for (const arg of args) {
    const info = await statOrUndefined(arg);
    if (info?.isFile()) {
      await add(arg);
    } else if (info?.isDirectory()) {
      await walk(arg, await contextFor(arg), new Set(), (file, isScript, real) => (isScript ? add(file, real) : undefined));
    } else if (info === undefined && picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = base === '' ? '.' : base;
      if (!(await statOrUndefined(root))?.isDirectory()) {
        throw new UsageError({ zh: `找不到文件夹:${root}(来自“${arg}”)`, en: `no such folder: ${root} (from "${arg}")` });
      }
      // A glob names files itself, whatever their extension, as a shell would expand it.
      const matches = picomatch(glob);
      let matched = 0;
      await walk(root, await contextFor(root), new Set(), (file, _isScript, real) => {
        if (!matches(toPosix(path.relative(root, file)))) return undefined;
        matched++;
        return add(file, real);
      });
      if (matched === 0) throw new UsageError({ zh: `没有文件匹配“${arg}”`, en: `no files match "${arg}"` });
    } else if (info === undefined) {
      // Missing is one thing; a symlink loop (ELOOP) or a folder that may not be entered (EACCES) another.
      const code = await stat(arg).then(() => 'ENOENT', codeOf);
      if (code !== 'ENOENT') throw new UsageError({ zh: `无法读取 ${arg}:${code}`, en: `cannot read ${arg}: ${code}` });
      throw new UsageError({ zh: `找不到文件或文件夹:${arg}`, en: `no such file or directory: ${arg}` });
    } else {
      throw new UsageError({ zh: `不是文件或文件夹:${arg}`, en: `not a file or folder: ${arg}` });
    }
  }
  return [...found.values()].sort((a, b) => compare(a.display, b.display));
}

/** `above` holds the real paths of the folders this one is inside: a symlink back to one of them is a loop. */
async function walk(dir: string, parent: FolderContext, above: ReadonlySet<string>, visit: Visit): Promise<void> {
  const real = await realpath(dir);
  if (above.has(real)) return;
  const inside = new Set(above).add(real);
  const entries = (await readEntries(dir)).sort((a, b) => compare(a.name, b.name));
  const context = await contextOf(path.resolve(dir), entries, parent);
  for (const entry of entries) {
    if (NEVER_ENTERED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await followedKind(full) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
    if (kind === undefined) continue;
    const absolute = path.resolve(full);
    if (isIgnored(context.ignore, absolute, kind === 'dir')) continue;
    if (kind === 'dir') await walk(full, context, inside, visit);
    else await visit(full, entry.name.endsWith(EXTENSION) || matchesFiles(context.files, absolute), entry.isFile() ? path.join(real, entry.name) : undefined);
  }
}

async function contextOf(dir: string, entries: readonly Dirent[], parent: FolderContext): Promise<FolderContext> {
  const names = new Set(entries.filter((e) => !e.isDirectory()).map((e) => e.name));
  const ignore = names.has('.gitignore') ? [...parent.ignore, ...(await gitignoreIn(dir))] : parent.ignore;
  const files = parent.explicitConfig ? parent.files : ((await filesGlobsOfFolder(dir, names)) ?? parent.files);
  return { ignore, files, explicitConfig: parent.explicitConfig };
}

/**
 * What applies to a walk from above its starting folder: the `.gitignore` files from the
 * repository root down, and the `files` of the nearest config that declares them.
 */
async function startingContext(start: string, explicitConfig: boolean, explicitFiles: FilesGlobs | undefined): Promise<FolderContext> {
  const ancestors = ancestorsOf(start);
  let files = explicitFiles;
  if (!explicitConfig) {
    for (const dir of ancestors) {
      files = await filesGlobsOfFolder(dir, undefined);
      if (files) break;
    }
  }
  const ignore: IgnoreRule[] = [];
  if (!(await exists(path.join(start, '.git')))) {
    const root = await firstWith(ancestors, '.git');
    if (root !== undefined) {
      for (const dir of ancestors.slice(0, ancestors.indexOf(root) + 1).reverse()) ignore.push(...(await gitignoreIn(dir)));
    }
  }
  return { ignore, files, explicitConfig };
}

/** The folders above dir, nearest first. */
function ancestorsOf(dir: string): string[] {
  const out: string[] = [];
  for (let d = path.dirname(dir); !out.includes(d) && d !== dir; d = path.dirname(d)) out.push(d);
  return out;
}

async function firstWith(dirs: readonly string[], name: string): Promise<string | undefined> {
  for (const dir of dirs) if (await exists(path.join(dir, name))) return dir;
  return undefined;
}

async function gitignoreIn(dir: string): Promise<IgnoreRule[]> {
  try {
    return parseGitignore((await readRegularFile(path.join(dir, '.gitignore'))).toString('utf8'), dir);
  } catch {
    return [];
  }
}

/** The `files` of the config file in dir (the same name wins as for the rest of the config). */
async function filesGlobsOfFolder(dir: string, names: ReadonlySet<string> | undefined): Promise<FilesGlobs | undefined> {
  for (const name of CONFIG_NAMES) {
    const file = path.join(dir, name);
    if (names ? names.has(name) : await exists(file)) return filesGlobsIn(file);
  }
  return undefined;
}

/**
 * A config's `files` globs. A broken or unreadable config declares none here: it is reported
 * (exit 2, file and line) when a script it applies to is linted, not for a folder with no scripts.
 */
async function filesGlobsIn(configFile: string): Promise<FilesGlobs | undefined> {
  let text: string;
  try {
    text = (await readRegularFile(configFile)).toString('utf8');
  } catch {
    return undefined;
  }
  const globs = parseConfigText(text).config.files;
  if (!Array.isArray(globs) || !globs.every((g) => typeof g === 'string')) return undefined;
  // The same matching as the config's `overrides`, so one glob means the same in both places.
  const matcher = picomatch(globs, { dot: true });
  return { base: path.dirname(configFile), matches: matcher };
}

function matchesFiles(files: FilesGlobs | undefined, absolute: string): boolean {
  if (!files) return false;
  const relative = path.relative(files.base, absolute);
  return !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative) && files.matches(toPosix(relative));
}

async function readEntries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new UsageError({ zh: `无法读取文件夹 ${dir}:${codeOf(err)}`, en: `cannot read folder ${dir}: ${codeOf(err)}` });
  }
}

/** A symlink's target kind; a dangling link is skipped like any other non-file. */
async function followedKind(file: string): Promise<'dir' | 'file' | undefined> {
  const info = await statOrUndefined(file);
  return info?.isDirectory() ? 'dir' : info?.isFile() ? 'file' : undefined;
}

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch {
    return undefined;
  }
}

async function exists(p: string): Promise<boolean> {
  return (await statOrUndefined(p)) !== undefined;
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
