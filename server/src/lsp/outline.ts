import { chineseIn, messageIn } from '../messages';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { ScriptDocument, ScriptLine } from '../engine/document';
import { rangeOf, type Locale, type Range } from '../engine';

/** The script's structure for the Outline view and for folding: front matter, sections, turns. */

const TURN_NAME_LENGTH = 30;

interface SectionNode {
  level: number;
  symbol: DocumentSymbol;
}

export function documentSymbols(doc: ScriptDocument, lineStarts: readonly number[], locale: Locale): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  const fm = doc.frontMatter;
  if (fm.lastLine >= 0) {
    top.push({
      name: messageIn({ zh: '前置信息', en: 'Front matter' }, locale),
      ...(fm.title ? { detail: fm.title } : {}),
      kind: SymbolKind.Namespace,
      range: linesRange(doc, lineStarts, 0, fm.lastLine),
      selectionRange: linesRange(doc, lineStarts, 0, 0),
      children: frontMatterKeys(doc, lineStarts),
    });
  }
  const stack: SectionNode[] = [];
  const sectionSymbols: DocumentSymbol[] = [];
  for (const s of doc.sections) {
    const level = headingLevel(doc, doc.lines[s.line]);
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const symbol: DocumentSymbol = {
      name: s.name || '#',
      kind: SymbolKind.Namespace,
      ...(s.kind !== 'other' && sectionDetail(s.kind, locale) !== s.name ? { detail: sectionDetail(s.kind, locale) } : {}),
      range: linesRange(doc, lineStarts, s.line, s.lastLine),
      selectionRange: rangeOf(lineStarts, s.nameStart, s.nameEnd),
      children: [],
    };
    (stack.length > 0 ? (stack[stack.length - 1].symbol.children ??= []) : top).push(symbol);
    stack.push({ level, symbol });
    sectionSymbols.push(symbol);
  }
  for (const t of doc.turns) {
    const first = doc.lines[t.firstLine];
    const name = doc.text.slice(first.start, first.end).trim();
    const symbol: DocumentSymbol = {
      name: name.length > TURN_NAME_LENGTH ? `${name.slice(0, TURN_NAME_LENGTH)}…` : name,
      kind: t.role === 'agent' ? SymbolKind.Event : SymbolKind.Field,
      range: linesRange(doc, lineStarts, t.firstLine, t.lastLine),
      selectionRange: linesRange(doc, lineStarts, t.firstLine, t.firstLine),
    };
    (t.section >= 0 ? (sectionSymbols[t.section].children ??= []) : top).push(symbol);
  }
  for (const s of sectionSymbols) coverChildren(s);
  return top;
}

export function foldingRanges(doc: ScriptDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fm = doc.frontMatter;
  if (fm.lastLine > 0) ranges.push({ startLine: 0, endLine: fm.lastLine });
  const levels = doc.sections.map((s) => headingLevel(doc, doc.lines[s.line]));
  doc.sections.forEach((s, i) => {
    // A section folds up to the next heading of its level or above, so subsections fold inside it.
    let j = i + 1;
    while (j < doc.sections.length && levels[j] > levels[i]) j++;
    const last = lastNonBlank(doc, s.line, j < doc.sections.length ? doc.sections[j].line - 1 : doc.lines.length - 1);
    if (last > s.line) ranges.push({ startLine: s.line, endLine: last });
  });
  let runStart = -1;
  for (const line of [...doc.lines, undefined]) {
    if (line?.kind === 'comment') {
      if (runStart < 0) runStart = line.index;
      continue;
    }
    const end = (line?.index ?? doc.lines.length) - 1;
    if (runStart >= 0 && end > runStart) ranges.push({ startLine: runStart, endLine: end, kind: FoldingRangeKind.Comment });
    runStart = -1;
  }
  return ranges;
}

function frontMatterKeys(doc: ScriptDocument, lineStarts: readonly number[]): DocumentSymbol[] {
  const keys: DocumentSymbol[] = [];
  for (let i = 1; i < doc.frontMatter.lastLine; i++) {
    const line = doc.lines[i];
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(doc.text.slice(line.start, line.end));
    if (!m) continue;
    keys.push({
      name: m[1],
      detail: m[2].replace(/[ \t]+#.*$/, ''),
      kind: SymbolKind.Property,
      range: linesRange(doc, lineStarts, i, i),
      selectionRange: rangeOf(lineStarts, line.start, line.start + m[1].length),
    });
  }
  return keys;
}

function headingLevel(doc: ScriptDocument, line: ScriptLine): number {
  return /^#*/.exec(doc.text.slice(line.start, line.end))?.[0].length ?? 1;
}

/** What the tools read a section as; left out where the heading already says it (# 开场). */
function sectionDetail(kind: 'opening' | 'closing', locale: Locale): string {
  if (locale === 'en') return kind === 'opening' ? 'opening' : 'closing';
  return chineseIn(kind === 'opening' ? '开场' : '结束', locale);
}

function lastNonBlank(doc: ScriptDocument, from: number, to: number): number {
  let last = to;
  while (last > from && doc.lines[last].kind === 'blank') last--;
  return last;
}

function linesRange(doc: ScriptDocument, lineStarts: readonly number[], first: number, last: number): Range {
  return rangeOf(lineStarts, doc.lines[first].start, doc.lines[last].end);
}

/** A parent's range must hold its children's (a subsection ends after its parent's own lines). */
function coverChildren(s: DocumentSymbol): void {
  for (const c of s.children ?? []) {
    coverChildren(c);
    const a = s.range.end;
    const b = c.range.end;
    if (b.line > a.line || (b.line === a.line && b.character > a.character)) s.range = { start: s.range.start, end: b };
  }
}
