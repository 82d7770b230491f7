import path from 'node:path';
import type { CallscriptConfig, LintOptions, LintResult, Message } from '../engine';
import { lint } from '../engine';
import { parseDocument } from '../engine/document';
import { placedTextOf } from './blocks';
import { decodeCsv, parseCsv } from './csv';
import { readDocx } from './docx';
import { mapFinding, offsetMapper, type MappedText } from './line-map';
import { readLabeledLines } from './markdown';
import { OfficeFileError } from './office-package';
import type { PlacedText } from './place';
import { sheetBlocks, type ColumnNames } from './sheet-rows';
import { speakerLabelsOf } from './speaker-labels';
import { readXlsx } from './xlsx';
import { compoundFileProblem, legacyFormatProblem } from './legacy-office';

export type { Place, PlacedText } from './place';

/** Scripts kept in the files teams already write them in, besides `.callscript`. */
export type DocumentKind = 'markdown' | 'text' | 'docx' | 'xlsx' | 'csv' | 'doc' | 'xls';

/** `.doc` and `.xls` are picked up only to be told plainly that they must be saved as `.docx`/`.xlsx`. */
const KINDS: Record<string, DocumentKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.doc': 'doc',
  '.xls': 'xls',
};

export const DOCUMENT_EXTENSIONS: readonly string[] = Object.keys(KINDS);

export function documentKindOf(file: string): DocumentKind | undefined {
  return KINDS[path.extname(file).toLowerCase()];
}

/** Markdown and plain text are read line for line: their findings and fixes land on their own lines. */
export type LineDocumentKind = 'markdown' | 'text';

export function isLineDocument(kind: DocumentKind): kind is LineDocumentKind {
  return kind === 'markdown' || kind === 'text';
}

/**
 * The findings of a Markdown or plain-text script, at its own offsets: it is read as `.callscript`
 * text of as many lines, linted, and each finding and fix moved back onto the original.
 */
export function lintLineDocument(text: string, kind: LineDocumentKind, options: LintOptions): LintResult & { read: string } {
  const mapped = readLineDocument(text, kind, options.config ?? {});
  const map = offsetMapper(text, mapped);
  const result = lint(mapped.text, options);
  // What was read, for spokeNothing: reading the document again to ask costs as much as this read.
  return { ...result, findings: result.findings.map((f) => mapFinding(f, map)), read: mapped.text };
}

/** A Markdown or plain-text script as the `.callscript` text it is linted as, line for line. */
export function readLineDocument(text: string, kind: LineDocumentKind, config: CallscriptConfig): MappedText {
  return readLabeledLines(text, {
    markdown: kind === 'markdown',
    unlabeled: config.documents?.unlabeled ?? 'skip',
    columns: columnNamesOf(config),
    labels: speakerLabelsOf(config),
  });
}

/**
 * Whether a document was read with no agent in it: not one line of the `.callscript` text it was
 * read as is the agent's — no agent label callscript knows, no 话术 column — while text before a
 * label is skipped. The agent's words went unchecked, and a clean report would hide that.
 */
export function spokeNothing(read: string, config: CallscriptConfig): boolean {
  if ((config.documents?.unlabeled ?? 'skip') === 'agent') return false;
  return !parseDocument(read).lines.some((line) => line.role === 'agent' && line.label !== undefined);
}

/** The 话术库 columns callscript.json names, for tables whose headers are not the usual ones. */
function columnNamesOf(config: CallscriptConfig): ColumnNames {
  const d = config.documents;
  return { agent: d?.agentColumns, scene: d?.sceneColumns, question: d?.questionColumns };
}

/** The editor's language ids of the documents the language server may serve besides `callscript` (opt-in). */
export const DOCUMENT_LANGUAGES: Readonly<Record<string, LineDocumentKind>> = { markdown: 'markdown', plaintext: 'text' };

/** Word, Excel and CSV files: read into `.callscript` text whose lines each know their place. */
export type PlacedDocumentKind = Exclude<DocumentKind, LineDocumentKind>;

/** A Word, Excel or CSV file as `.callscript` text with the place of each line, or why it cannot be read. */
export function readPlacedDocument(bytes: Uint8Array, kind: PlacedDocumentKind, config: CallscriptConfig): { ok: true; placed: PlacedText } | { ok: false; problem: Message } {
  const family = kind === 'doc' || kind === 'docx' ? 'word' : 'excel';
  const legacy = compoundFileProblem(bytes, family) ?? (kind === 'doc' || kind === 'xls' ? legacyFormatProblem(family) : undefined);
  if (legacy) return { ok: false, problem: legacy };
  const names = columnNamesOf(config);
  const unlabeled = config.documents?.unlabeled ?? 'skip';
  const labels = speakerLabelsOf(config);
  try {
    if (kind === 'csv') {
      const decoded = decodeCsv(bytes);
      if (!decoded.ok) return decoded;
      return { ok: true, placed: placedTextOf(sheetBlocks(parseCsv(decoded.text), names), unlabeled, labels) };
    }
    if (kind === 'xlsx') {
      return { ok: true, placed: placedTextOf(readXlsx(bytes).flatMap((sheet) => sheetBlocks(sheet, names)), unlabeled, labels) };
    }
    return { ok: true, placed: placedTextOf(readDocx(bytes, names), unlabeled, labels) };
  } catch (err) {
    if (err instanceof OfficeFileError) return { ok: false, problem: err.problem };
    const text = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: { zh: `无法读取文档:${text}`, en: `cannot read the document: ${text}` } };
  }
}
