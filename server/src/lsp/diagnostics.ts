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
import { SettledVersions } from './settled-version';

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

/**
 * At most `maxProblems` diagnostics and, past them, one that says how many more there are: a
 * document with a finding on every line would otherwise send hundreds of megabytes in one
 * message, and the client could show none of it usefully. Only what is sent is made.
 */
export function diagnosticsOf(linted: LintedDocument, maxProblems = Number.POSITIVE_INFINITY): Diagnostic[] {
  const { ranges, summaries, locale } = linted;
  const total = (summaries && ranges ? summaries.length : linted.result.findings.length) + (linted.omitted ?? 0);
  const shown = Math.min(total, maxProblems);
  const out: Diagnostic[] = [];
  if (ranges && summaries) for (let i = 0; i < Math.min(shown, summaries.length); i++) out.push(madeFor(summaries[i], ranges[i], locale));
  else for (let i = 0; i < shown; i++) out.push(toDiagnostic(linted.result.findings[i], linted.lineStarts, locale));
  const at = out[shown - 1]?.range ?? ZERO_RANGE;
  if (linted.uncounted) out.push(stillCounting(total - shown, shown, at, locale));
  else if (total > shown) out.push(moreProblems(total - shown, shown, at, locale));
  return out;
}

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function moreProblems(more: number, shown: number, at: Range, locale: Locale): Diagnostic {
  return capNote(at, {
    zh: `另有 ${more} 个问题未显示(callscript.maxProblems 为 ${shown});用命令行 callscript check 查看全部`,
    en: `${more} more problems not shown (callscript.maxProblems is ${shown}); callscript check on the command line lists them all`,
  }, locale);
}

/** The rest of a long document is still being linted: what is known so far, until the count replaces it. */
function stillCounting(more: number, shown: number, at: Range, locale: Locale): Diagnostic {
  return capNote(
    at,
    more > 0
      ? {
          zh: `另有至少 ${more} 个问题未显示(callscript.maxProblems 为 ${shown}),其余部分仍在检查;用命令行 callscript check 查看全部`,
          en: `at least ${more} more problems not shown (callscript.maxProblems is ${shown}), the rest is still being checked; callscript check on the command line lists them all`,
        }
      : {
          zh: `已显示前 ${shown} 个问题(callscript.maxProblems),其余部分仍在检查;用命令行 callscript check 查看全部`,
          en: `the first ${shown} problems are shown (callscript.maxProblems), the rest is still being checked; callscript check on the command line lists them all`,
        },
    locale,
  );
}

function capNote(at: Range, text: Parameters<typeof messageIn>[0], locale: Locale): Diagnostic {
  return { range: at, severity: DiagnosticSeverity.Information, source: 'callscript', message: messageIn(text, locale) };
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
  return linted ? diagnosticsOf(linted, await linter.maxProblemsFor(doc.uri)) : [];
}

export interface DiagnosticsChannel {
  /** Everything may have changed (settings, configs, trust): have every open document re-linted. */
  refreshAll(): void;
  /** The current version of a document has a newer result (its findings past the cap are counted): send it. */
  resend(uri: string): void;
}

/**
 * `textDocument/diagnostic` for clients that pull; a stale request is cancelled so the client pulls
 * again. Most keystrokes leave every diagnostic as it was (same ranges, same messages): then a
 * client that names the result it has (VS Code does) is told it is unchanged, and is spared
 * reading them all again.
 */
export function servePulledDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter, canRefresh: boolean): DiagnosticsChannel {
  const sent = new Map<string, { resultId: string; items: Diagnostic[] }>();
  const settled = new SettledVersions(documents);
  let results = 0;
  documents.onDidClose((e) => sent.delete(e.document.uri));
  connection.languages.diagnostics.on(async (params) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      // A version replaced before it held is never linted: the client pulls the newer one.
      if (!(await settled.held(uri, doc.version))) throw new StaleDocumentError(uri);
      const items = await diagnosticsFor(doc, linter);
      const before = sent.get(uri);
      if (before && params.previousResultId === before.resultId && sameDiagnostics(before.items, items)) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: before.resultId };
      }
      const resultId = String(++results);
      sent.set(uri, { resultId, items });
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    } catch (err) {
      if (!(err instanceof StaleDocumentError)) throw err;
      throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, err.message, { retriggerRequest: true });
    }
  });
  const refresh = () => {
    // A client that fails to re-pull still pulls again on the document's next change.
    if (canRefresh) connection.languages.diagnostics.refresh().catch(() => undefined);
  };
  // LSP has no refresh of one document: the others answer Unchanged.
  return { refreshAll: refresh, resend: refresh };
}

/** Equal as the client sees them. Diagnostics of segments the edit did not reach are the very same objects. */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const same =
      x.range.start.line === y.range.start.line &&
      x.range.start.character === y.range.start.character &&
      x.range.end.line === y.range.end.line &&
      x.range.end.character === y.range.end.character &&
      x.severity === y.severity &&
      x.code === y.code &&
      x.message === y.message &&
      x.source === y.source &&
      x.codeDescription?.href === y.codeDescription?.href;
    if (!same) return false;
  }
  return true;
}

/**
 * `textDocument/publishDiagnostics` for clients that cannot pull. Changes that arrive together
 * are linted once; a result for a version that has moved on is dropped (the newer change has
 * already asked for its own).
 */
export function servePushedDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): DiagnosticsChannel {
  const pending = new Set<string>();
  const settled = new SettledVersions(documents);
  const publish = async (uri: string) => {
    pending.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      // A newer version's change has scheduled its own publish.
      if (!(await settled.held(uri, version))) return;
      const diagnostics = await diagnosticsFor(doc, linter);
      if (documents.get(uri)?.version !== version) return;
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
    resend: schedule,
  };
}
