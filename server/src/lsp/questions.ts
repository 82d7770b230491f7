import type { CodeAction, CompletionItem, Hover } from 'vscode-languageserver/node';
import type { Position, Range } from '../engine/positions';
import { codeActionsFor } from './code-actions';
import { completionsAt } from './completion';
import { hoverAt } from './hover';
import type { LintedDocument } from './linted-document';
import { offsetAt } from './offsets';

/**
 * What an editor asks of one version of a document besides its diagnostics. Answered where the
 * document is linted: here, or on the thread of a document too long to parse here.
 */
export type Question =
  | { kind: 'hover'; position: Position }
  | { kind: 'completion'; position: Position }
  | { kind: 'code-actions'; range: Range; only: string[] | undefined };

export type Answer = Hover | CompletionItem[] | CodeAction[] | null;

export type AnswerTo<Q extends Question> = Q extends { kind: 'hover' } ? Hover | null : Q extends { kind: 'completion' } ? CompletionItem[] | null : CodeAction[];

export function answer(linted: LintedDocument, q: Question): Answer {
  switch (q.kind) {
    case 'hover':
      return hoverAt(linted, offsetAt(linted, q.position));
    case 'completion':
      return completionsAt(linted, offsetAt(linted, q.position));
    case 'code-actions':
      return codeActionsFor(linted, q.range, q.only);
  }
}
