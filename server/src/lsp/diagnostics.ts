import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type Diagnostic,
  type DiagnosticServerCancellationData,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf, ruleDocUrl, type Finding, type Locale, type Range, type Severity } from '../engine';
import { messageIn } from '../messages';
import { configDiagnostics, isConfigUri } from './config-store';
import { StaleDocumentError, type DocumentLinter, type LintedDocument } from './linter';

/** Findings become LSP diagnostics here and nowhere else. */

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


export function toDiagnostic(f: Finding, lineStarts: readonly number[], locale: Locale): Diagnostic {
  return diagnostic(f, rangeOf(lineStarts, f.start, f.end), locale);
}

function diagnostic(f: Pick<Finding, 'rule' | 'severity' | 'message'>, range: Range, locale: Locale): Diagnostic {
  const href = ruleDocUrl(f.rule);
  return {
    range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'callscript',
    message: messageIn(f.message, locale),
  };
}

export function diagnosticsOf(linted: LintedDocument): Diagnostic[] {
  const { ranges, summaries, locale } = linted;
  if (ranges && summaries) return summaries.map((f, i) => madeFor(f, ranges[i], locale));
  return linted.result.findings.map((f) => toDiagnostic(f, linted.lineStarts, locale));
}

/** Diagnostics already made, by their range: a range object is the incremental linter's for one finding in one place. */
const made = new WeakMap<Range, { locale: Locale; diagnostic: Diagnostic }>();

function madeFor(f: Pick<Finding, 'rule' | 'severity' | 'message'>, range: Range, locale: Locale): Diagnostic {
  const known = made.get(range);
  if (known?.locale === locale) return known.diagnostic;
  const d = diagnostic(f, range, locale);
  made.set(range, { locale, diagnostic: d });
  return d;
}

/** A script's findings, or a config document's problems. Throws StaleDocumentError. */
export async function diagnosticsFor(doc: TextDocument, linter: DocumentLinter): Promise<Diagnostic[]> {
  if (isConfigUri(doc.uri)) {
    const locale = await linter.localeFor(doc.uri);
    return configDiagnostics(doc.getText(), locale);
  }
  const linted = await linter.lint(doc);
  return linted ? diagnosticsOf(linted) : [];
}

export interface DiagnosticsChannel {
  /** Everything may have changed (settings, configs, trust): have every open document re-linted. */
  refreshAll(): void;
}

/** `textDocument/diagnostic` for clients that pull; a stale request is cancelled so the client pulls again. */
export function servePulledDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, canRefresh: boolean): DiagnosticsChannel {
  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      return { kind: DocumentDiagnosticReportKind.Full, items: await diagnosticsFor(doc, linter) };
    } catch (err) {
      if (!(err instanceof StaleDocumentError)) throw err;
      throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, err.message, { retriggerRequest: true });
    }
  });
  return {
    refreshAll() {
      // A client that fails to re-pull still pulls again on the document's next change.
      if (canRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
    },
  };
}

/**
 * `textDocument/publishDiagnostics` for clients that cannot pull. Changes that arrive together
 * are linted once; a result for a version that has moved on is dropped (the newer change has
 * already asked for its own).
 */
export function servePushedDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): DiagnosticsChannel {
  const pending = new Set<string>();
  const publish = async (uri: string) => {
    pending.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const diagnostics = await diagnosticsFor(doc, linter);
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (err) {
      if (!(err instanceof StaleDocumentError)) connection.console.error(`callscript: ${err instanceof Error ? err.stack : String(err)}`);
    }
  };
  const schedule = (uri: string) => {
    if (pending.has(uri)) return;
    pending.add(uri);
    setImmediate(() => void publish(uri));
  };
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
  });
  return {
    refreshAll() {
      for (const doc of documents.all()) schedule(doc.uri);
    },
  };
}
