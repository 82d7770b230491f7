import type { ScriptText } from './incremental-lint';

/** Lines of a script's text, read without parsing it: where the incremental linter cuts. */

/** About how many lines a script has (its LF line breaks): enough to choose a segment size by. */
export function lineCountOf(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The line that starts at `from`, without its line break. */
export function lineTextAt(text: ScriptText, from: number): string {
  return text.slice(from, lineEndAt(text, from)).replace(/(?:\r\n|\r|\n)$/, '');
}

/** The end of the line that starts at `from`, its line break included. */
export function lineEndAt(text: ScriptText, from: number): number {
  const lf = text.indexOf('\n', from);
  const end = lf >= 0 ? lf : text.length;
  const cr = text.slice(from, end).indexOf('\r');
  if (cr >= 0) return text.slice(from + cr + 1, from + cr + 2) === '\n' ? from + cr + 2 : from + cr + 1;
  return lf >= 0 ? lf + 1 : text.length;
}
