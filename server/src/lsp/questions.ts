import type { CodeAction, CompletionItem, Connection, DocumentSymbol, FoldingRange, Hover, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from '../engine/positions';
import { codeActionsFor } from './code-actions';
import { completionsAt } from './completion';
import { isConfigUri } from './config-store';
import { hoverAt } from './hover';
import type { LintedDocument } from './linted-document';
import { StaleDocumentError, type DocumentLinter } from './linter';
import { offsetAt } from './offsets';
import { documentSymbols, foldingRanges } from './outline';

/**
 * What an editor asks of one version of a document besides its diagnostics. Answered where the
 * document is linted: here, or on the thread of a document too long to parse here.
 */
export type Question =
  | { kind: 'hover'; position: Position }
  | { kind: 'completion'; position: Position }
  | { kind: 'code-actions'; range: Range; only: string[] | undefined }
  | { kind: 'symbols' }
  | { kind: 'folding' };

export type Answer = Hover | CompletionItem[] | CodeAction[] | DocumentSymbol[] | FoldingRange[] | null;

export type AnswerTo<Q extends Question> = Q extends { kind: 'hover' }
  ? Hover | null
  : Q extends { kind: 'completion' }
    ? CompletionItem[] | null
    : Q extends { kind: 'code-actions' }
      ? CodeAction[]
      : Q extends { kind: 'symbols' }
        ? DocumentSymbol[]
        : FoldingRange[];

export function answer(linted: LintedDocument, q: Question): Answer {
  switch (q.kind) {
    case 'hover':
      return hoverAt(linted, offsetAt(linted, q.position));
    case 'completion':
      return completionsAt(linted, offsetAt(linted, q.position));
    case 'code-actions':
      return codeActionsFor(linted, q.range, q.only);
    case 'symbols':
      return documentSymbols(linted.result.doc, linted.lineStarts, linted.locale);
    case 'folding':
      return foldingRanges(linted.result.doc);
  }
}

/** Hovers, completions, code actions and the outline: each asks the linter, which answers for the current version. */
export function serveQuestions(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): void {
  const ask = async <Q extends Question>(uri: string, question: Q): Promise<AnswerTo<Q> | null> => {
    const doc = documents.get(uri);
    if (!doc || isConfigUri(doc.uri)) return null;
    try {
      return await linter.ask(doc, question);
    } catch (err) {
      // An answer for an older version (edits above all) would land in the wrong place; the client asks again.
      if (err instanceof StaleDocumentError) return null;
      throw err;
    }
  };
  connection.onHover((p) => ask(p.textDocument.uri, { kind: 'hover', position: p.position }));
  connection.onCompletion((p) => ask(p.textDocument.uri, { kind: 'completion', position: p.position }));
  connection.onCodeAction((p) => ask(p.textDocument.uri, { kind: 'code-actions', range: p.range, only: p.context.only }));
  connection.onDocumentSymbol((p) => ask(p.textDocument.uri, { kind: 'symbols' }));
  connection.onFoldingRanges((p) => ask(p.textDocument.uri, { kind: 'folding' }));
}
