import path from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES } from '../host/config-files';
import { COMPLETION_TRIGGERS } from './completion';
import { ConfigStore, filePathOf } from './config-store';
import { servePulledDiagnostics, servePushedDiagnostics } from './diagnostics';
import { serveLintFiles } from './lint-files';
import { EditTracker } from './edit-tracker';
import { DocumentLinter } from './linter';
import { FIX_ALL_KIND, TRUST_GRANTED_NOTIFICATION, type CallscriptInitializationOptions } from './protocol';
import { serveQuestions } from './questions';
import { SettingsCache } from './settings';
import type { Now } from '../engine/time';

const CONFIG_GLOB = `**/{${CONFIG_NAMES.join(',')}}`;

/** The language server: the same engine as the CLI, over stdio or IPC. `now` is the CLI's `--now`. */
export function startServer(now: Now | undefined, threadEntry: string | undefined): void {
  const connection = createConnection(ProposedFeatures.all);
  const edits = new EditTracker();
  const documents = new TextDocuments(edits.documents());
  connection.onInitialize((params) => initialize(connection, documents, params, now, threadEntry, edits));
  documents.listen(connection);
  connection.listen();
}

function initialize(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  params: InitializeParams,
  now: Now | undefined,
  threadEntry: string | undefined,
  edits: EditTracker,
): InitializeResult {
  const caps = params.capabilities;
  const given: unknown = params.initializationOptions;
  const options = (typeof given === 'object' && given !== null ? given : {}) as CallscriptInitializationOptions;
  const settings = new SettingsCache(connection, caps.workspace?.configuration === true, (problem) => {
    connection.console.warn(`callscript: ${problem}`);
    const shown = `callscript: ${problem}(已忽略此设置 / the setting is ignored)`;
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: shown }).catch(() => undefined);
  });
  const configs = new ConfigStore(
    (file) => documents.all().some((d) => filePathOf(d.uri) === file),
    (file, message) => {
      connection.console.warn(`callscript: ${message}`);
      // A notification, not a request: nothing waits on the user, and every client can show it.
      const shown = `callscript: ${path.basename(file)} — ${message}(已改用默认配置 / using the defaults)`;
      connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: shown }).catch(() => undefined);
    },
  );
  const linter = new DocumentLinter(documents, settings, configs, {
    clientLocale: params.locale,
    now,
    // Absent: a client without workspace trust (every editor but VS Code). Anything but `true` said: not trusted.
    trusted: options.trusted === undefined || options.trusted === true,
    logError: (text) => connection.console.error(text),
    threadEntry,
    edits,
  });
  const pull = caps.textDocument?.diagnostic !== undefined;
  const diagnostics = pull
    ? servePulledDiagnostics(connection, documents, linter, caps.workspace?.diagnostics?.refreshSupport === true)
    : servePushedDiagnostics(connection, documents, linter);
  linter.onCounted = (uri) => diagnostics.resend(uri);
  serveQuestions(connection, documents, linter);
  serveLintFiles(connection, documents, linter);

  const relint = () => {
    linter.invalidate();
    diagnostics.refreshAll();
  };
  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    relint();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const configChanged = changes.some((c) => {
      const file = filePathOf(c.uri);
      return file !== undefined && CONFIG_NAMES.includes(path.basename(file));
    });
    if (!configChanged) return;
    configs.reset();
    relint();
  });
  connection.onNotification(TRUST_GRANTED_NOTIFICATION, () => {
    linter.trust();
    diagnostics.refreshAll();
  });
  documents.onDidClose((e) => linter.forget(e.document.uri));

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'callscript' }).catch(() => undefined);
    }
    if (!options.watchesConfigFiles && caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] }).catch(() => undefined);
    }
  });

  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'callscript' },
  };
}
