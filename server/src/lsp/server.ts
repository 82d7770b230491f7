import {
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, lineStartsOf, rangeOf, type Finding, type Severity } from '../engine';
import { messageIn } from '../messages';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DOCS_BASE = 'https://github.com/callscript/callscript/blob/main/docs/rules/';

export function toDiagnostic(f: Finding, lineStarts: readonly number[]): Diagnostic {
  return {
    range: rangeOf(lineStarts, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: `${DOCS_BASE}${f.rule}.md` },
    source: 'callscript',
    message: messageIn(f.message, 'zh-CN'),
  };
}

/** The language server: the same engine as the CLI, over stdio or IPC. */
export function startServer(now: Date | undefined): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
    },
  }));
  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: 'full', items: [] };
    const text = doc.getText();
    const starts = lineStartsOf(text);
    return { kind: 'full', items: lint(text, { now }).findings.map((f) => toDiagnostic(f, starts)) };
  });
  documents.listen(connection);
  connection.listen();
}
