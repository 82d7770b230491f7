import path from 'node:path';
import picomatch from 'picomatch';

/** One pattern line of a `.gitignore`, ready to test paths below the folder that holds it. */
export interface IgnoreRule {
  base: string;
  negate: boolean;
  dirOnly: boolean;
  matches(relative: string): boolean;
}

// Git's wildmatch has neither braces nor extglobs, and `!` only negates at the start of a line.
const GLOB_OPTIONS = { dot: true, nobrace: true, noextglob: true, nonegate: true } as const;

/** The rules of one `.gitignore` (gitignore(5)); `base` is the folder it lives in. */
export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split('\n')) {
    const rule = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, base);
    if (rule) rules.push(rule);
  }
  return rules;
}

function parseLine(line: string, base: string): IgnoreRule | undefined {
  let p = withoutTrailingSpaces(line);
  if (p === '' || p.startsWith('#')) return undefined;
  const negate = p.startsWith('!');
  if (negate) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  // A slash at the start or in the middle ties the pattern to this folder; otherwise it matches at any depth.
  const anchored = p.includes('/');
  p = p.replace(/^\//, '');
  if (p === '') return undefined;
  p = p.replace(/\[!/g, '[^');
  // "dir/**" matches everything inside dir but not dir itself, so "!dir/keep" can still re-include.
  if (p.endsWith('/**')) p += '/*';
  const glob = anchored ? p : `**/${p}`;
  const matcher = picomatch(glob, GLOB_OPTIONS);
  return { base, negate, dirOnly, matches: (relative) => matcher(relative) };
}

/** Trailing spaces are dropped unless escaped with a backslash. */
function withoutTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  return line.slice(0, end);
}

/**
 * Whether a path is ignored: the last rule that matches decides, deeper `.gitignore` files coming
 * after their parents'. A folder that is ignored is never entered, so nothing below it comes back.
 */
export function isIgnored(rules: readonly IgnoreRule[], absolute: string, isDir: boolean): boolean {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule.dirOnly && !isDir) continue;
    const relative = path.relative(rule.base, absolute);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) continue;
    if (rule.matches(relative.split(path.sep).join('/'))) return !rule.negate;
  }
  return false;
}
