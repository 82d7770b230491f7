import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import {
  createProtocolConnection,
  DocumentDiagnosticRequest,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { shutDown } from '../lsp/lsp-session';

/**
 * A bare LSP client for servers that test/lsp/lsp-session.ts cannot start: one with a rule made
 * to throw, or one running as another user. It pulls diagnostics and keeps what the server logs.
 */
export class ServerProcess {
  readonly logs: Array<{ type: number; message: string }> = [];
  private version = new Map<string, number>();

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {}

  static async start(args: readonly string[], options: SpawnOptions = {}, locale = 'en'): Promise<ServerProcess> {
    const child = spawn(process.execPath, [...args], { ...options, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new ServerProcess(connection, child);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      server.logs.push(p);
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } },
    });
    await connection.sendNotification('initialized', {});
    return server;
  }

  open(uri: string, text: string): void {
    this.version.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callscript', version: 1, text } });
  }

  /** Replaces the whole text, as a client without incremental sync does. */
  replace(uri: string, text: string): void {
    const version = (this.version.get(uri) ?? 0) + 1;
    this.version.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  dispose(): Promise<void> {
    return shutDown(this.child, this.connection);
  }
}
