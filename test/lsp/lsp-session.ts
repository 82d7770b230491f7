import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createProtocolConnection,
  DocumentDiagnosticRequest,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, lineStartsOf, rangeOf, ruleById, type LintOptions } from '../../server/src/engine';

/** The instant the server is started with, and the tests' expectations are linted with. */
export const NOW = '2027-02-06T10:00:00+08:00';
/** Compiled tests live in out-…/test/lsp/: the package is three folders up; `callscript --stdio` is what editors run. */
const BIN = path.resolve(__dirname, '../../../server/bin/callscript.js');
const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

export interface SessionOptions {
  /** Whether the client can pull diagnostics (`textDocument/diagnostic`); push otherwise. */
  pull?: boolean;
  locale?: string;
  initializationOptions?: unknown;
}

/**
 * A test client speaking LSP to the built server over its stdio. It emits `refresh` when the
 * server asks for diagnostics to be pulled again, `publish` for pushed diagnostics and
 * `showMessage` for notifications, so that tests wait on those and never on time.
 */
export class LspSession extends EventEmitter {
  readonly documents = new Map<string, TextDocument>();
  /** The `callscript` settings answered to `workspace/configuration`. */
  settings: Record<string, unknown> = {};
  /** Runs before a `workspace/configuration` request is answered (a test can change a document meanwhile). */
  beforeConfiguration: ((scopeUri: string | undefined) => void) | undefined;

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    readonly initialized: InitializeResult,
  ) {
    super();
  }

  static async start(options: SessionOptions = {}): Promise<LspSession> {
    const child = spawn(process.execPath, [BIN, '--stdio', '--now', NOW], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    let session: LspSession | undefined;
    const pending: Array<(s: LspSession) => void> = [];
    const withSession = (f: (s: LspSession) => void): void => {
      if (session) f(session);
      else pending.push(f);
    };
    connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string }> }) =>
      params.items.map((item) => {
        session?.beforeConfiguration?.(item.scopeUri);
        return session?.settings ?? {};
      }),
    );
    connection.onRequest('workspace/diagnostic/refresh', () => withSession((s) => s.emit('refresh')));
    connection.onNotification('textDocument/publishDiagnostics', (p) => withSession((s) => s.emit('publish', p)));
    connection.onNotification('window/showMessage', (p) => withSession((s) => s.emit('showMessage', p)));
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const pull = options.pull ?? true;
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ['markdown'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
      workspace: { configuration: true, ...(pull ? { diagnostics: { refreshSupport: true } } : {}) },
    };
    const initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      locale: options.locale ?? 'zh-cn',
      initializationOptions: options.initializationOptions,
    });
    connection.sendNotification('initialized', {});
    session = new LspSession(connection, child, initialized);
    for (const f of pending) f(session);
    return session;
  }

  open(uri: string, text: string, languageId = 'callscript'): void {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Applies edits (ranges in the current text) as incremental changes, last first so that each range still holds. */
  edit(uri: string, edits: readonly TextEdit[]): string {
    const doc = this.documents.get(uri)!;
    const offsets = (e: TextEdit) => doc.offsetAt(e.range.start);
    const ordered = [...edits].sort((a, b) => offsets(b) - offsets(a));
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, [...edits]));
    this.documents.set(uri, next);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next.version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return next.getText();
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  /** The next pushed diagnostics for a URI. */
  async published(uri: string): Promise<{ version?: number; diagnostics: Diagnostic[] }> {
    for (;;) {
      const [p] = (await once(this, 'publish')) as [{ uri: string; version?: number; diagnostics: Diagnostic[] }];
      if (p.uri === uri) return p;
    }
  }

  dispose(): Promise<void> {
    return shutDown(this.child, this.connection);
  }
}

/** What the server must publish for a text: the engine's findings as LSP diagnostics. */
/** The LSP way out (shutdown, exit), waiting for the process to end; then the connection is closed. */
export async function shutDown(child: ChildProcess, connection: ProtocolConnection): Promise<void> {
  if (child.exitCode === null) {
    const exited = once(child, 'exit');
    await connection.sendRequest('shutdown').catch(() => undefined);
    void connection.sendNotification('exit');
    await exited;
  }
  connection.dispose();
}

export function expectedDiagnostics(text: string, options: LintOptions = {}, locale: 'zh' | 'en' = 'zh'): Diagnostic[] {
  const starts = lineStartsOf(text);
  return lint(text, { now: new Date(NOW), trusted: true, ...options }).findings.map((f) => ({
    range: rangeOf(starts, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.rule,
    ...(ruleById(f.rule) ? { codeDescription: { href: `https://github.com/callscript/callscript/blob/main/docs/rules/${f.rule}.md` } } : {}),
    source: 'callscript',
    message: f.message[locale],
  }));
}

/** A folder under the OS temp dir for one test's files, removed by `remove`. */
export function scratchFolder(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'callscript-lsp-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
