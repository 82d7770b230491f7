import { positionAt, type Finding } from '../../engine';
import { escapeXml } from './escape';

/**
 * The flagged lines with one line of context either side, line numbers in the gutter and the
 * flagged span marked; an empty span (an insertion point) shows as a caret.
 */
export function contextOf(text: string, starts: readonly number[], f: Finding): string {
  const first = Math.max(0, positionAt(starts, f.start).line - 1);
  // A text that ends with a line break has no line after it worth showing.
  const lastLine = starts.length > 1 && starts[starts.length - 1] === text.length ? starts.length - 2 : starts.length - 1;
  const last = Math.min(lastLine, positionAt(starts, f.end).line + 1);
  let out = '';
  for (let line = first; line <= last; line++) {
    const from = starts[line];
    const to = lineEnd(text, starts, line);
    const a = Math.min(Math.max(f.start, from), to);
    const b = Math.min(Math.max(f.end, from), to);
    const caret = f.start === f.end && f.start >= from && f.start <= to;
    const flagged = a < b || caret;
    let code = escapeXml(text.slice(from, a));
    if (caret) code += '<mark class="caret"></mark>';
    else if (a < b) code += `<mark>${escapeXml(text.slice(a, b))}</mark>`;
    code += escapeXml(text.slice(b, to));
    const cls = flagged ? 'line flagged' : 'line';
    out += `<span class="${cls}"><span class="ln">${line + 1}</span><span class="code">${code}</span></span>`;
  }
  return `<pre class="context">${out}</pre>`;
}

/** End of a line's text, before its line break (LF, CRLF or a lone CR, as lineStartsOf counts them). */
function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text[end - 1] === '\n') end--;
  if (end > starts[line] && text[end - 1] === '\r') end--;
  return end;
}

