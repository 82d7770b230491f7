import { lineStartsOf, parseDocument } from '../../server/src/engine';

/** Whether an offset falls between the halves of a surrogate pair or of a CRLF, where no cursor can be. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 13 && next === 10);
}

/** What is wrong with [start, end) as a range of text, or undefined. */
export function offsetRangeProblem(text: string, start: number, end: number): string | undefined {
  if (!(Number.isInteger(start) && Number.isInteger(end))) return `not whole offsets: ${start}-${end}`;
  if (start < 0 || end > text.length || start > end) return `outside the text of length ${text.length}: ${start}-${end}`;
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) return `splits a character: ${start}-${end}`;
  return undefined;
}

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** What is wrong with an LSP range in text: a line that is not there, a character past its line's end, or a split character. */
export function lspRangeProblem(text: string, range: LspRange): string | undefined {
  const starts = lineStartsOf(text);
  const offsetOf = (p: { line: number; character: number }): number | string => {
    if (p.line < 0 || p.line >= starts.length) return `line ${p.line} of ${starts.length}`;
    const lineEnd = contentEnd(text, starts, p.line);
    if (p.character < 0 || starts[p.line] + p.character > lineEnd) return `character ${p.character} past the end of line ${p.line}`;
    return starts[p.line] + p.character;
  };
  const start = offsetOf(range.start);
  const end = offsetOf(range.end);
  if (typeof start === 'string') return start;
  if (typeof end === 'string') return end;
  return offsetRangeProblem(text, start, end);
}

function contentEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > starts[line] && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/**
 * What a fix must never change, in document order: customer lines, comment lines, headings and
 * stage directions (【…】, brackets included), each as written.
 */
export function untouchable(text: string): string[] {
  const doc = parseDocument(text);
  const out: string[] = [];
  for (const line of doc.lines) {
    const whole = text.slice(line.start, line.end);
    if (line.kind === 'comment' || line.kind === 'heading') out.push(`${line.kind}: ${whole}`);
    else if (line.role === 'customer') out.push(`customer: ${whole}`);
    else if (line.role === 'agent') {
      let at = line.label ? line.label.end : line.start;
      for (const span of [...line.spoken, { start: line.end, end: line.end }]) {
        // Each direction on its own: two with a character nobody sees between them (【转接】\u202e【保持】)
        // stand side by side once hidden-characters took it out, and are still the two as written.
        for (const piece of text.slice(at, span.start).match(/\u3010[^\u3011]*\u3011?|[^\u3010]+/g) ?? []) out.push(`stage: ${piece}`);
        at = span.end;
      }
    }
  }
  return out;
}

/** The kinds of line break a text uses. */
export function lineEndingsOf(text: string): Set<string> {
  return new Set(text.match(/\r\n|\r|\n/g) ?? []);
}

/** The customer labels of docs/format.md, "Turns": kept here apart from the engine's own list, as an oracle. */
export const DOCUMENTED_CUSTOMER_LABELS = ['客户', '用户', 'customer', 'C'];
const CUSTOMER_LINE = new RegExp(`^[ \\t]*(?:${DOCUMENTED_CUSTOMER_LABELS.join('|')})[ \\t]*[:\\uFF1A]`);

/**
 * The lines that begin with a customer label, found without the engine's parser (which the
 * property would otherwise check against itself): outside the front matter, and not inside a
 * stage direction 【…】 left open by an earlier line (comments and headings open none).
 */
export function labelledCustomerLines(text: string): string[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  let i = 0;
  if (lines[0] === '---' || lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((l, k) => k > 0 && l.trimEnd() === '---');
    if (close > 0) i = close + 1;
  }
  const out: string[] = [];
  let open = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (open === 0 && CUSTOMER_LINE.test(line)) out.push(line);
    if (/^\s*(\/\/|#)/.test(line)) continue;
    for (const c of line) {
      if (c === '【') open++;
      else if (c === '】' && open > 0) open--;
    }
  }
  return out;
}
