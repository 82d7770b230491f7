import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A path relative to cwd with forward slashes, as CI annotations and diffs name files. */
export function relativePosix(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

/** A URI reference for a file: relative to cwd when inside it, else an absolute file: URI. */
export function fileUri(cwd: string, absolute: string): { uri: string; relative: boolean } {
  const rel = relativePosix(cwd, absolute);
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) return { uri: pathToFileURL(absolute).href, relative: false };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), relative: true };
}
