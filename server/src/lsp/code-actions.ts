import { CodeActionKind, type CodeAction, type Range, type WorkspaceEdit } from 'vscode-languageserver/node';
import { rangeOf, type TextEdit } from '../engine';
import { messageIn } from '../messages';
import { disableEdit } from './disable-comment';
import { toDiagnostic } from './diagnostics';
import { fixAllEdits } from './fix-all';
import type { LintedDocument } from './linted-document';
import { offsetAt } from './offsets';
import { FIX_ALL_KIND } from './protocol';

/**
 * For each finding in `range`: a quick-fix per engine fix and one that disables the rule there;
 * and, when asked for by kind, one source action that applies every preferred fix.
 */
export function codeActionsFor(linted: LintedDocument, range: Range, only: string[] | undefined): CodeAction[] {
  const { lineStarts, locale } = linted;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix, true)) {
    const from = offsetAt(linted, range.start);
    const to = offsetAt(linted, range.end);
    const disabled = new Set<string>();
    for (const f of linted.result.findings) {
      if (f.end < from || f.start > to) continue;
      const diagnostic = toDiagnostic(f, lineStarts, locale);
      for (const fix of f.fixes) {
        actions.push({
          title: messageIn(fix.title, locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred === true,
          edit: workspaceEdit(linted, fix.edits),
        });
      }
      const disable = disableEdit(linted.result.doc, f);
      const key = `${f.rule}@${disable.edit.start}`;
      if (disabled.has(key)) continue;
      disabled.add(key);
      actions.push({
        title: messageIn(disable.title, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(linted, [disable.edit]),
      });
    }
  }
  if (wants(only, FIX_ALL_KIND, false)) {
    const edits = fixAllEdits(linted.text, linted.options, linted.lineDocument);
    if (edits.length > 0) {
      actions.push({
        title: messageIn({ zh: '修复所有可自动修复的话术问题', en: 'Fix all callscript problems that can be fixed' }, locale),
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(linted, edits),
      });
    }
  }
  return actions;
}

/** Whether the client asked for this kind (a requested kind covers its sub-kinds). */
function wants(only: string[] | undefined, kind: string, unasked: boolean): boolean {
  if (!only || only.length === 0) return unasked;
  return only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

function workspaceEdit(linted: LintedDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  return {
    changes: {
      [linted.uri]: edits.map((e) => ({ range: rangeOf(linted.lineStarts, e.start, e.end), newText: e.newText })),
    },
  };
}
