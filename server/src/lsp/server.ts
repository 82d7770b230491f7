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
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES } from '../config-files';
import { serveCodeActions } from './code-actions';
import { COMPLETION_TRIGGERS, serveCompletion } from './completion';
import { ConfigStore, filePathOf, isConfigUri } from './config-store';
import { servePulledDiagnostics, servePushedDiagnostics } from './diagnostics';
import { serveHover } from './hover';
import { serveLintFiles } from './lint-files';
import { EditTracker } from './edit-tracker';
import { DocumentLinter, StaleDocumentError } from './linter';
import { FIX_ALL_KIND, TRUST_GRANTED_NOTIFICATION, type CallscriptInitializationOptions } from './protocol';
import { SettingsCache } from './settings';

const CONFIG_GLOB = `**/{${CONFIG_NAMES.join(',')}}`;

/** The language server: the same engine as the CLI, over stdio or IPC. `now` is the CLI's `--now`. */
export function startServer(now: Date | undefined, threadEntry: string | undefined): void {
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
  now: Date | undefined,
  threadEntry: string | undefined,
  edits: EditTracker,
): InitializeResult {
  const caps = params.capabilities;
  const options = (params.initializationOptions ?? {}) as CallscriptInitializationOptions;
  const settings = new SettingsCache(connection, caps.workspace?.configuration === true);
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
    trusted: options.trusted !== false,
    logError: (text) => connection.console.error(text),
    threadEntry,
    edits,
  });
  const pull = caps.textDocument?.diagnostic !== undefined;
  const diagnostics = pull
    ? servePulledDiagnostics(connection, documents, linter, caps.workspace?.diagnostics?.refreshSupport === true)
    : servePushedDiagnostics(connection, documents, linter);
  serveCodeActions(connection, documents, linter);
  serveCompletion(connection, documents, linter);
  serveHover(connection, documents, linter);
  serveLintFiles(connection, documents, linter);

  // A long document's outline comes from its own thread, with its findings.
  const outline = async <T>(uri: string, make: (doc: TextDocument) => Promise<T>): Promise<T | null> => {
    const doc = documents.get(uri);
    if (!doc || isConfigUri(doc.uri)) return null;
    try {
      return await make(doc);
    } catch (err) {
      if (err instanceof StaleDocumentError) return null;
      throw err;
    }
  };
  connection.onDocumentSymbol(({ textDocument }) => outline(textDocument.uri, (doc) => linter.symbols(doc)));
  connection.onFoldingRanges(({ textDocument }) => outline(textDocument.uri, (doc) => linter.folding(doc)));

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
