import { startsWithLabel } from '../engine/document';
import type { Unlabeled } from './blocks';
import type { MappedLine, MappedText } from './line-map';
import { readMarkdownTable } from './markdown-table';
import type { ColumnNames } from './sheet-rows';
import { asFormatLabel, type SpeakerLabels } from './speaker-labels';

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING_RE = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_OR_SETEXT_RE = /^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$|^ {0,3}=+[ \t]*$/;
/** Block quote markers, then a list marker: what stands before a paragraph's words. */
const CONTAINER_RE = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?/;
/** `**坐席:**`, `**坐席**:`: a label set in bold, as writers of Markdown scripts often do. */
const BOLD_LABEL_RE = /^(\*\*|__)([^*_\n]{1,12}?)(\*\*|__)?([:\uFF1A])(\*\*|__)?/;
const COMMENT_DIRECTIVE_RE = /^[ \t]*<!--\s*(callscript-[a-z-]+[^\n]*?)\s*-->[ \t]*$/;
const TABLE_ROW_RE = /^[ \t]*\|/;

export interface LineReadOptions {
  unlabeled: Unlabeled;
  /** Markdown: headings, fences, comments and containers read as Markdown; else lines as they are. */
  markdown: boolean;
  /** The 话术库 columns named in callscript.json, for a table whose headers are not the usual ones. */
  columns?: ColumnNames;
  /** A document's own role names (话务员, 来电人 …), read as the format's labels. */
  labels: SpeakerLabels;
}

/**
 * A Markdown or plain-text script as `.callscript` text line for line, so that findings and fixes
 * land on the same lines. Headings are sections; fenced code, HTML comments, tables and rules are
 * not spoken (an HTML comment holding a callscript directive is one), except a table with a 话术
 * column, read as a 话术库 (each cell's turn on the cell's line); front matter is kept.
 */
export function readLabeledLines(text: string, options: LineReadOptions): MappedText {
  const source = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const lines: MappedLine[] = [];
  const emit = (line: number, s: string, pieces: MappedLine['pieces']) => {
    out.push(s);
    lines.push({ line, pieces });
  };
  const silent = (line: number) => emit(line, '', []);
  let i = 0;
  if (source[0] === '---') {
    const close = source.indexOf('---', 1);
    if (close > 0) for (; i <= close; i++) emit(i, source[i], [{ at: 0, from: 0 }]);
  }
  let fence: string | undefined;
  let inComment = false;
  let spoken = options.unlabeled === 'agent';
  for (; i < source.length; i++) {
    const raw = source[i];
    if (options.markdown) {
      if (fence !== undefined) {
        if (raw.trimStart().startsWith(fence)) fence = undefined;
        silent(i);
        continue;
      }
      if (inComment) {
        if (raw.includes('-->')) inComment = false;
        silent(i);
        continue;
      }
      const fenceOpen = FENCE_RE.exec(raw);
      if (fenceOpen) {
        fence = fenceOpen[1];
        silent(i);
        continue;
      }
      const directive = COMMENT_DIRECTIVE_RE.exec(raw);
      if (directive) {
        emit(i, `// ${directive[1]}`, []);
        continue;
      }
      if (raw.trimStart().startsWith('<!--')) {
        inComment = !raw.includes('-->');
        silent(i);
        continue;
      }
      const table = readMarkdownTable(source, i, options.columns ?? {});
      if (table) {
        for (; i < table.end; i++) {
          const read = table.lines.filter((l) => l.line === i);
          if (read.length === 0) silent(i);
          for (const l of read) emit(i, l.text, l.pieces);
        }
        i--;
        // A table is a block of its own: text after it does not continue its last cell's turn.
        if (table.lines.length > 0) spoken = options.unlabeled === 'agent';
        continue;
      }
      if (TABLE_ROW_RE.test(raw) || THEMATIC_OR_SETEXT_RE.test(raw)) {
        silent(i);
        continue;
      }
    }
    const heading = options.markdown ? ATX_HEADING_RE.exec(raw) : /^(#{1,3})[ \t]+(.*)$/.exec(raw);
    if (heading) {
      emit(i, `# ${heading[2]}`, [{ at: 2, from: raw.indexOf(heading[2], heading[1].length) }]);
      spoken = options.unlabeled === 'agent';
      continue;
    }
    const { line, pieces } = withFormatLabel(options.markdown ? withoutContainers(raw, options.labels) : { line: raw, pieces: [{ at: 0, from: 0 }] }, options.labels);
    if (line.trim() === '' || line.startsWith('//')) {
      emit(i, line, pieces);
      continue;
    }
    if (startsWithLabel(line)) spoken = true;
    if (spoken) emit(i, line, pieces);
    else silent(i);
  }
  return { text: out.join('\n'), lines };
}

/** A Markdown line without its quote and list markers, and a bold label without its asterisks. */
function withoutContainers(raw: string, labels: SpeakerLabels): { line: string; pieces: MappedLine['pieces'] } {
  const lead = CONTAINER_RE.exec(raw)?.[0].length ?? 0;
  const rest = raw.slice(lead);
  const bold = BOLD_LABEL_RE.exec(rest);
  if (bold && (bold[3] === undefined) !== (bold[5] === undefined) && (startsWithLabel(`${bold[2]}:`) || asFormatLabel(`${bold[2]}:`, labels))) {
    const label = `${bold[2]}${bold[4]}`;
    return {
      line: label + rest.slice(bold[0].length),
      pieces: [
        { at: 0, from: lead + bold[1].length },
        { at: label.length, from: lead + bold[0].length },
      ],
    };
  }
  return { line: rest, pieces: [{ at: 0, from: lead }] };
}

/**
 * The line with its document role name written as the format's label (话务员：您好 → 坐席：您好), its
 * pieces moved so that every column after the label still maps to where it was written.
 */
function withFormatLabel(read: { line: string; pieces: MappedLine['pieces'] }, labels: SpeakerLabels): { line: string; pieces: MappedLine['pieces'] } {
  const relabelled = asFormatLabel(read.line, labels);
  if (!relabelled) return read;
  const shift = relabelled.label.length - relabelled.cut;
  const from = (at: number) => {
    let column = at;
    for (const piece of read.pieces) if (piece.at <= at) column = piece.from + (at - piece.at);
    return column;
  };
  return {
    line: relabelled.line,
    pieces: [
      { at: 0, from: from(0) },
      { at: relabelled.label.length, from: from(relabelled.cut) },
      ...read.pieces.filter((p) => p.at > relabelled.cut).map((p) => ({ at: p.at + shift, from: p.from })),
    ],
  };
}
