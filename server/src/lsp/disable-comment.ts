import { lineAt, type ScriptDocument, type ScriptLine } from '../engine/document';
import { isFenceLine } from '../engine/front-matter';
import type { Finding, Message, TextEdit } from '../engine';

const NEXT_LINE = 'callscript-disable-next-line';

/**
 * The edit that switches a finding's rule off where it is: a `// callscript-disable-next-line`
 * comment above its line (or the rule added to one already there). A comment cannot go inside
 * or above front matter, so a finding there is switched off for the file, after the block.
 */
export function disableEdit(doc: ScriptDocument, finding: Finding): { title: Message; edit: TextEdit } {
  const rule = finding.rule;
  const line = lineAt(doc, finding.start);
  const text = doc.text;
  if (line.kind === 'front-matter' || (line.index === 0 && isFenceLine(text, line))) {
    const last = doc.lines[Math.max(doc.frontMatter.lastLine, 0)];
    return {
      title: { zh: `在本文件中禁用 ${rule}`, en: `Disable ${rule} for this file` },
      edit: { start: last.end, end: last.end, newText: `${lineBreakAfter(doc, last)}// callscript-disable-file ${rule}` },
    };
  }
  const title = { zh: `在此行禁用 ${rule}`, en: `Disable ${rule} for this line` };
  const above = line.index > 0 ? doc.lines[line.index - 1] : undefined;
  const extendAt = above && endOfRuleList(doc, above);
  if (extendAt !== undefined) return { title, edit: { start: extendAt, end: extendAt, newText: ` ${rule}` } };
  const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))?.[0] ?? '';
  return {
    title,
    edit: { start: line.start, end: line.start, newText: `${indent}// ${NEXT_LINE} ${rule}${lineBreakAfter(doc, line)}` },
  };
}

/** Where a rule can be appended to a `disable-next-line` comment that already names rules. */
function endOfRuleList(doc: ScriptDocument, line: ScriptLine): number | undefined {
  const d = doc.directives.find((x) => x.line === line.index);
  if (!d || d.kind !== 'disable-next-line' || d.rules.length === 0) return undefined;
  const raw = doc.text.slice(line.start, line.end);
  const afterKeyword = raw.indexOf(NEXT_LINE) + NEXT_LINE.length;
  const reason = raw.indexOf('--', afterKeyword);
  const list = reason >= 0 ? raw.slice(0, reason) : raw;
  return line.start + list.trimEnd().length;
}

/** The document's own line break: the one after this line, or after any line, else LF. */
function lineBreakAfter(doc: ScriptDocument, line: ScriptLine): string {
  const own = /^(\r\n|\r|\n)/.exec(doc.text.slice(line.end, line.end + 2));
  if (own) return own[1];
  // The first line's own break, not a search along what may be one megabyte-long line per finding.
  const [first, second] = doc.lines;
  return second ? doc.text.slice(first.end, second.start) : '\n';
}
