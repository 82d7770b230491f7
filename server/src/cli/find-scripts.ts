import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_NAMES } from '../host/config-files';
import { parseConfigText } from '../engine/config-file';
import { documentKindOf } from '../formats';
import { readRegularFileSync } from '../host/read-file';
import { UsageError } from '../host/usage-error';
import { isIgnored, parseGitignore, type IgnoreRule } from './gitignore';
import { hasUndecodableName, NAME_NOT_UTF8 } from './file-names';

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
type Visit = (file: string, isScript: boolean, real: string | undefined) => void;

/**
 * The scripts named on the command line, in a stable order: files as given; folders searched for
 * `.callscript` files and documents (see isScript) or files matching the config's `files`; globs matched below their base.
 * What `.gitignore` ignores is skipped inside folders, never when named outright. The file system
 * is read synchronously: the CLI has nothing else to do meanwhile, and each asynchronous call
 * would wait its turn in the thread pool (30–40 ms of waiting for 2,000 scripts).
 */
export function findScripts(args: readonly string[], explicitConfig: string | undefined): ScriptFile[] {
  // Keyed by real path: a file reached through a symlink too is checked once, under its own path if seen.
  const found = new Map<string, ScriptFile>();
  const add = (display: string, knownReal?: string) => {
    const absolute = path.resolve(display);
    // Synchronous: one call per script, and a round trip through the thread pool costs more than the call.
    const real = knownReal ?? realpathSync.native(absolute);
    const known = found.get(real);
    if (!known || (known.absolute !== real && absolute === real)) found.set(real, { display: path.normalize(display), absolute });
  };
  const explicitFiles = explicitConfig === undefined ? undefined : filesGlobsIn(path.resolve(explicitConfig));
  const contextFor = (dir: string) => startingContext(path.resolve(dir), explicitConfig !== undefined, explicitFiles);
  for (const arg of args) {
    const info = statOrUndefined(arg);
    if (info?.isFile()) {
      add(arg);
    } else if (info?.isDirectory()) {
      walk(arg, contextFor(arg), new Set(), (file, isScript, real) => (isScript ? add(file, real) : undefined));
    } else if (info === undefined && picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = base === '' ? '.' : base;
      if (!statOrUndefined(root)?.isDirectory()) {
        throw new UsageError({ zh: `找不到文件夹:${root}(来自“${arg}”)`, en: `no such folder: ${root} (from "${arg}")` });
      }
      // A glob names files itself, whatever their extension, as a shell would expand it.
      const matches = picomatch(glob);
      let matched = 0;
      walk(root, contextFor(root), new Set(), (file, _isScript, real) => {
        if (!matches(toPosix(path.relative(root, file)))) return;
        matched++;
        add(file, real);
      });
      if (matched === 0) throw new UsageError({ zh: `没有文件匹配“${arg}”`, en: `no files match "${arg}"` });
    } else if (info === undefined) {
      // Missing is one thing; a symlink loop (ELOOP) or a folder that may not be entered (EACCES) another.
      const code = statCode(arg);
      if (code !== 'ENOENT') throw new UsageError({ zh: `无法读取 ${arg}:${code}`, en: `cannot read ${arg}: ${code}` });
      if (hasUndecodableName(arg)) throw new UsageError({ zh: `${arg}:${NAME_NOT_UTF8.zh}`, en: `${arg}: ${NAME_NOT_UTF8.en}` });
      throw new UsageError({ zh: `找不到文件或文件夹:${arg}`, en: `no such file or directory: ${arg}` });
    } else {
      throw new UsageError({ zh: `不是文件或文件夹:${arg}`, en: `not a file or folder: ${arg}` });
    }
  }
  return [...found.values()].sort((a, b) => compare(a.display, b.display));
}

/** `above` holds the real paths of the folders this one is inside: a symlink back to one of them is a loop. */
function walk(dir: string, parent: FolderContext, above: ReadonlySet<string>, visit: Visit): void {
  const real = realpathSync.native(dir);
  if (above.has(real)) return;
  const inside = new Set(above).add(real);
  const entries = readEntries(dir).sort((a, b) => compare(a.name, b.name));
  const context = contextOf(path.resolve(dir), entries, parent);
  for (const entry of entries) {
    if (NEVER_ENTERED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? followedKind(full) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
    if (kind === undefined) continue;
    const absolute = path.resolve(full);
    if (isIgnored(context.ignore, absolute, kind === 'dir')) continue;
    if (kind === 'dir') walk(full, context, inside, visit);
    else visit(full, isScript(entry.name, context.files, absolute), entry.isFile() ? path.join(real, entry.name) : undefined);
  }
}

function contextOf(dir: string, entries: readonly Dirent[], parent: FolderContext): FolderContext {
  const names = new Set(entries.filter((e) => !e.isDirectory()).map((e) => e.name));
  const ignore = names.has('.gitignore') ? [...parent.ignore, ...gitignoreIn(dir)] : parent.ignore;
  const files = parent.explicitConfig ? parent.files : (filesGlobsOfFolder(dir, names) ?? parent.files);
  return { ignore, files, explicitConfig: parent.explicitConfig };
}

/**
 * What applies to a walk from above its starting folder: the `.gitignore` files from the
 * repository root down, and the `files` of the nearest config that declares them.
 */
function startingContext(start: string, explicitConfig: boolean, explicitFiles: FilesGlobs | undefined): FolderContext {
  const ancestors = ancestorsOf(start);
  let files = explicitFiles;
  if (!explicitConfig) {
    for (const dir of ancestors) {
      files = filesGlobsOfFolder(dir, undefined);
      if (files) break;
    }
  }
  const ignore: IgnoreRule[] = [];
  if (!exists(path.join(start, '.git'))) {
    const root = firstWith(ancestors, '.git');
    if (root !== undefined) {
      for (const dir of ancestors.slice(0, ancestors.indexOf(root) + 1).reverse()) ignore.push(...gitignoreIn(dir));
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

function firstWith(dirs: readonly string[], name: string): string | undefined {
  for (const dir of dirs) if (exists(path.join(dir, name))) return dir;
  return undefined;
}

function gitignoreIn(dir: string): IgnoreRule[] {
  try {
    return parseGitignore(readRegularFileSync(path.join(dir, '.gitignore')).toString('utf8'), dir);
  } catch {
    return [];
  }
}

/** The `files` of the config file in dir (the same name wins as for the rest of the config). */
function filesGlobsOfFolder(dir: string, names: ReadonlySet<string> | undefined): FilesGlobs | undefined {
  for (const name of CONFIG_NAMES) {
    const file = path.join(dir, name);
    if (names ? names.has(name) : exists(file)) return filesGlobsIn(file);
  }
  return undefined;
}

/**
 * A config's `files` globs. A broken or unreadable config declares none here: it is reported
 * (exit 2, file and line) when a script it applies to is linted, not for a folder with no scripts.
 */
function filesGlobsIn(configFile: string): FilesGlobs | undefined {
  let text: string;
  try {
    text = readRegularFileSync(configFile).toString('utf8');
  } catch {
    return undefined;
  }
  const globs = parseConfigText(text).config.files;
  if (!Array.isArray(globs) || !globs.every((g) => typeof g === 'string')) return undefined;
  // The same matching as the config's `overrides`, so one glob means the same in both places.
  const matcher = picomatch(globs, { dot: true });
  return { base: path.dirname(configFile), matches: matcher };
}

/**
 * `.callscript` files always; Markdown, plain text, Word, Excel and CSV files by their extension,
 * unless a config's `files` says which files besides `.callscript` ones are scripts.
 */
function isScript(name: string, files: FilesGlobs | undefined, absolute: string): boolean {
  if (name.endsWith(EXTENSION)) return true;
  return files ? matchesFiles(files, absolute) : documentKindOf(name) !== undefined;
}

function matchesFiles(files: FilesGlobs | undefined, absolute: string): boolean {
  if (!files) return false;
  const relative = path.relative(files.base, absolute);
  return !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative) && files.matches(toPosix(relative));
}

function readEntries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new UsageError({ zh: `无法读取文件夹 ${dir}:${codeOf(err)}`, en: `cannot read folder ${dir}: ${codeOf(err)}` });
  }
}

/** A symlink's target kind; a dangling link is skipped like any other non-file. */
function followedKind(file: string): 'dir' | 'file' | undefined {
  const info = statOrUndefined(file);
  return info?.isDirectory() ? 'dir' : info?.isFile() ? 'file' : undefined;
}

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function exists(p: string): boolean {
  return statOrUndefined(p) !== undefined;
}

/** Why a path cannot be stat'ed: ENOENT, or ELOOP, EACCES … */
function statCode(p: string): string {
  try {
    statSync(p);
    return 'ENOENT';
  } catch (err) {
    return codeOf(err);
  }
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
