import type { Message } from './types';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import type { Suppressions } from './directives';
import { normalizePhrase } from './normalize';

/** The document model of spec §1: lines classified once, so that every rule reads the same structure. */

export type Role = 'agent' | 'customer';
export type LineKind = 'front-matter' | 'heading' | 'comment' | 'blank' | 'turn' | 'continuation';
export type SectionKind = 'opening' | 'closing' | 'other';

export interface Span {
  start: number;
  end: number;
}

export interface ScriptLine {
  index: number;
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  kind: LineKind;
  /** Who speaks on a turn or continuation line. */
  role?: Role;
  /** Index into `ScriptDocument.turns`, for turn and continuation lines. */
  turn?: number;
  /** Index into `ScriptDocument.sections`, or -1 before the first heading. */
  section: number;
  /** The speaker label with its colon, on a turn line. */
  label?: Span;
  /** Spoken text: the line less its label and stage directions. */
  spoken: readonly Span[];
}

export interface Section {
  name: string;
  kind: SectionKind;
  /** The heading line. */
  line: number;
  /** Offsets of the heading's name. */
  nameStart: number;
  nameEnd: number;
  /** Last line of the section (inclusive). */
  lastLine: number;
}

export interface Turn {
  role: Role;
  section: number;
  firstLine: number;
  lastLine: number;
}

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  line: number;
}

export interface Placeholder {
  name: string;
  /** The name as the call system reads it: `{工號}`, `{ 工号 }` and `{工号}` are one placeholder. */
  key: string;
  start: number;
  end: number;
  /** The seeds' `XXX(工号)` form. */
  legacy: boolean;
}

export interface Problem {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  message: Message;
  replacement?: string;
}

export interface ScriptDocument {
  text: string;
  lines: ScriptLine[];
  sections: Section[];
  turns: Turn[];
  directives: Directive[];
  placeholders: Placeholder[];
  frontMatter: FrontMatter;
  /** Whether a 【 is still open at the end: a line added after the text would be inside a stage direction. */
  endsInStageDirection: boolean;
  /** Set when this text is a segment of a longer script, linted on its own (see incremental-lint.ts). */
  whole?: WholeScript;
}

/** What a segment cannot see in its own lines but a rule on it must know of the whole script. */
export interface WholeScript {
  /** The script a fix is written in where its own line shows none: the first that any line of the script shows. */
  scriptSample: string;
  /** How a fix types its marks where its own line types none: as the first line of the script that types any does. */
  widthSample: string;
  /** The whole script's suppression directives, in the segment's line numbers. */
  suppressions: Suppressions;
}

/** Shared by every line that speaks nothing (the type keeps it unwritten). */
const NO_SPANS: readonly Span[] = [];

const AGENT_LABELS = ['坐席', '座席', '客服', 'agent', 'A'];
const CUSTOMER_LABELS = ['客户', '用户', 'customer', 'C'];
const OPENING = new Set(['开场', '开场白', '首问语', '问候']);
const CLOSING = new Set(['结束', '结束语', '结束用语']);
/** Labels by their first unit: most lines start with none of them. No label is the start of another. */
const LABELS_BY_START = new Map<number, Array<{ label: string; role: Role }>>();
for (const [labels, role] of [[AGENT_LABELS, 'agent'], [CUSTOMER_LABELS, 'customer']] as const) {
  for (const label of labels) {
    const c = label.charCodeAt(0);
    LABELS_BY_START.set(c, [...(LABELS_BY_START.get(c) ?? []), { label, role }]);
  }
}
const HEADING_RE = /^(#{1,3})[ \t]+(.*?)[ \t]*$/;
const DIRECTIVE_RE = /^\/\/\s*callscript-(disable-next-line|disable-file|disable|enable)(?=\s|$)([^\n]*)$/;
const PLACEHOLDER_RE = /\{([^{}\n]{0,20})\}|X{2,3}[(\uFF08]工[号號][)\uFF09]/g;

/** Read in either script and width: `# 開場` opens, `# 結束語` closes. */
export function sectionKind(name: string): SectionKind {
  const read = normalizePhrase(name).text;
  if (OPENING.has(read)) return 'opening';
  if (CLOSING.has(read)) return 'closing';
  return 'other';
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Most scripts break lines with LF alone: the native search runs far ahead of a loop over every unit.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function parseDocument(text: string): ScriptDocument {
  const starts = lineStartsOf(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines: ScriptLine[] = [];
  const sections: Section[] = [];
  const turns: Turn[] = [];
  const directives: Directive[] = [];
  const placeholders: Placeholder[] = [];

  for (let i = 0; i < starts.length; i++) {
    const start = i === 0 ? bom : starts[i];
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    // Every property set up front: one object shape for all lines.
    lines.push({ index: i, start, end, kind: 'blank', role: undefined, turn: undefined, section: -1, label: undefined, spoken: NO_SPANS });
  }

  const frontMatter = parseFrontMatter(text, lines);
  let section = -1;
  let role: Role = 'agent';
  let turn = -1;
  let inStage = false;
  const next = { open: nextOf(text, '\u3010'), close: nextOf(text, '\u3011'), brace: nextOf(text, '{'), x: nextOf(text, 'X') };

  for (const line of lines) {
    if (line.index <= frontMatter.lastLine) {
      line.kind = 'front-matter';
      continue;
    }
    line.section = section;
    const first = firstNonSpace(text, line.start, line.end);
    if (first === line.end) continue;
    if (text.charCodeAt(first) === 0x2f && text.charCodeAt(first + 1) === 0x2f) {
      line.kind = 'comment';
      const d = DIRECTIVE_RE.exec(text.slice(first, line.end).trimEnd());
      if (d) directives.push({ kind: d[1] as DirectiveKind, rules: ruleList(d[2]), line: line.index });
      continue;
    }
    const raw = first === line.start && text.charCodeAt(first) === 0x23 && !inStage ? text.slice(line.start, line.end) : '';
    const heading = raw === '' ? null : HEADING_RE.exec(raw);
    if (heading) {
      line.kind = 'heading';
      if (section >= 0) sections[section].lastLine = line.index - 1;
      section = sections.length;
      line.section = section;
      const nameStart = line.start + raw.indexOf(heading[2], heading[1].length);
      sections.push({
        name: heading[2],
        kind: sectionKind(heading[2]),
        line: line.index,
        nameStart,
        nameEnd: nameStart + heading[2].length,
        lastLine: line.index,
      });
      continue;
    }
    let contentStart = line.start;
    const label = inStage ? undefined : labelAt(text, line.start, first, line.end);
    if (label) {
      role = label.role;
      line.kind = 'turn';
      line.label = { start: first, end: label.end };
      contentStart = line.label.end;
      turn = turns.length;
      turns.push({ role, section, firstLine: line.index, lastLine: line.index });
    } else {
      line.kind = turn < 0 ? 'turn' : 'continuation';
      if (turn < 0) {
        // Text before any label is the agent's and opens a turn of its own.
        role = 'agent';
        turn = turns.length;
        turns.push({ role, section, firstLine: line.index, lastLine: line.index });
      }
    }
    line.role = role;
    line.turn = turn;
    turns[turn].lastLine = line.index;
    inStage = splitStageDirections(next, contentStart, line.end, inStage, line);
    for (const span of line.spoken) {
      if (next.brace(span.start) < span.end || next.x(span.start) < span.end) collectPlaceholders(text, span, placeholders);
    }
  }
  if (section >= 0) sections[section].lastLine = lines.length - 1;
  return { text, lines, sections, turns, directives, placeholders, frontMatter, endsInStageDirection: inStage };
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) break;
    i++;
  }
  return i;
}

/**
 * The speaker label at a line's start: `[ \t]*label[ \t]*` and a colon of either width. Read by
 * hand, not by a regex: a turn line is most lines, and a match allocates an array and its strings.
 */
function labelAt(text: string, lineStart: number, first: number, lineEnd: number): { role: Role; end: number } | undefined {
  const candidates = LABELS_BY_START.get(text.charCodeAt(first));
  if (!candidates) return undefined;
  for (let i = lineStart; i < first; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return undefined;
  }
  for (const { label, role } of candidates) {
    if (!text.startsWith(label, first)) continue;
    let i = first + label.length;
    while (i < lineEnd && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    const c = text.charCodeAt(i);
    return i < lineEnd && (c === 0x3a || c === 0xff1a) ? { role, end: i + 1 } : undefined;
  }
  return undefined;
}

/** Whether a line (without its line break) starts with a speaker label, read as a line outside any stage direction. */
export function startsWithLabel(line: string): boolean {
  return labelAt(line, 0, firstNonSpace(line, 0, line.length), line.length) !== undefined;
}

function ruleList(rest: string): string[] {
  const reason = rest.indexOf('--');
  const list = reason >= 0 ? rest.slice(0, reason) : rest;
  return list.split(/[\s,\uFF0C]+/).filter(Boolean);
}

/**
 * Sets the line's spoken parts of [from, to); returns whether a 【 is still open at the end.
 * Most lines have no stage direction: their one span gets an array of exactly one (an empty
 * array grows to room for seventeen on its first push, the parse's largest allocation).
 */
function splitStageDirections(next: { open: NextOf; close: NextOf }, from: number, to: number, inStage: boolean, line: ScriptLine): boolean {
  if (!inStage && next.open(from) >= to) {
    if (to > from) line.spoken = [{ start: from, end: to }];
    return false;
  }
  const out: Span[] = [];
  let spanStart = inStage ? -1 : from;
  let i = from;
  for (;;) {
    if (spanStart >= 0) {
      const open = next.open(i);
      if (open >= to) break;
      if (open > spanStart) out.push({ start: spanStart, end: open });
      spanStart = -1;
      i = open + 1;
    } else {
      const close = next.close(i);
      if (close >= to) break;
      spanStart = close + 1;
      i = close + 1;
    }
  }
  if (spanStart >= 0 && to > spanStart) out.push({ start: spanStart, end: to });
  if (out.length > 0) line.spoken = out;
  return spanStart < 0;
}

/** Where a character (or a match of a pattern) next occurs at or after an offset; the text's length if nowhere. */
export type NextOf = (offset: number) => number;

/**
 * The native search, remembered: asked at offsets that only grow (lines in order), it reads the
 * text once in all, however far apart the occurrences are.
 */
export function nextOf(text: string, what: string | RegExp): NextOf {
  const re = typeof what === 'string' ? undefined : new RegExp(what.source, 'g');
  let found = -1;
  return (offset) => {
    if (found < offset && found !== text.length) {
      if (re) {
        re.lastIndex = offset;
        found = re.exec(text)?.index ?? -1;
      } else {
        found = text.indexOf(what as string, offset);
      }
      if (found < 0) found = text.length;
    }
    return found;
  };
}

/**
 * The agent's spoken spans in which `what` occurs: found by one remembered native search, so that
 * the spans without it (nearly all, for a rule's rare trigger) cost next to nothing.
 */
export function agentSpansWith(doc: ScriptDocument, what: string | RegExp): Span[] {
  const next = nextOf(doc.text, what);
  const spans: Span[] = [];
  for (const line of doc.lines) {
    if (line.role !== 'agent') continue;
    for (const span of line.spoken) if (next(span.start) < span.end) spans.push(span);
  }
  return spans;
}

/** Placeholders in a span that has a `{` or an `X`. */
function collectPlaceholders(text: string, span: Span, out: Placeholder[]): void {
  const slice = text.slice(span.start, span.end);
  PLACEHOLDER_RE.lastIndex = 0;
  for (let m = PLACEHOLDER_RE.exec(slice); m; m = PLACEHOLDER_RE.exec(slice)) {
    const start = span.start + m.index;
    const name = m[1] ?? '工号';
    out.push({ name, key: placeholderKey(name), start, end: start + m[0].length, legacy: m[1] === undefined });
  }
}

/**
 * A placeholder name with script, width, case and spacing folded, as the normalized view folds
 * agent text: the name a traditional script writes is the name the call system knows.
 */
export function placeholderKey(name: string): string {
  return normalizePhrase(name).text;
}

/** The line that holds an offset (binary search over line starts). */
export function lineAt(doc: ScriptDocument, offset: number): ScriptLine {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return doc.lines[lo];
}

/** The index of the turn that holds an offset, if any. */
export function turnAt(doc: ScriptDocument, offset: number): number | undefined {
  return lineAt(doc, offset).turn;
}

/** The index of the first turn that passes `test`, if any. */
export function firstTurn(doc: ScriptDocument, test: (turn: Turn) => boolean): number | undefined {
  const i = doc.turns.findIndex(test);
  return i >= 0 ? i : undefined;
}
