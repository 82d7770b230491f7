import { workspace, type Disposable } from 'vscode';

export const DOCUMENT_LANGUAGES_SETTING = 'callscript.documentLanguages';
/** The documents besides `.callscript` the server reads as scripts (server/src/formats: DOCUMENT_LANGUAGES). */
const DOCUMENT_LANGUAGES = new Set(['markdown', 'plaintext']);

/** Markdown and plain-text documents are served only when the user opts in (most are not scripts). */
export function optedInLanguages(): string[] {
  const value = workspace.getConfiguration().get<unknown>(DOCUMENT_LANGUAGES_SETTING);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && DOCUMENT_LANGUAGES.has(v)) : [];
}

/**
 * Starts the language server once a document it serves is open. VS Code cannot activate an
 * extension on a setting, so the extension activates on every Markdown and plain-text document
 * (package.json: activationEvents); most of them are not scripts, and a user who has not opted in
 * must not get a server process for opening a README. So the server starts when a `.callscript`
 * document is open, or a document of a language the user opted in to (now, when one opens, or when
 * the setting comes to name the language of one already open), or when a command needs it.
 */
export class ServerStart implements Disposable {
  private started: Promise<void> | undefined;
  private readonly subscriptions: Disposable[];

  constructor(private readonly startServer: () => Promise<void>) {
    this.subscriptions = [
      workspace.onDidOpenTextDocument(() => this.startIfNeeded()),
      workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(DOCUMENT_LANGUAGES_SETTING)) this.startIfNeeded();
      }),
    ];
    this.startIfNeeded();
  }

  /** Whether the server has been started (or is starting). */
  get isStarted(): boolean {
    return this.started !== undefined;
  }

  /** Starts the server unless it was started already; resolves once it runs. */
  start(): Promise<void> {
    if (this.started === undefined) {
      this.started = this.startServer();
      this.dispose();
    }
    return this.started;
  }

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }

  private startIfNeeded(): void {
    const served = new Set(['callscript', ...optedInLanguages()]);
    if (workspace.textDocuments.some((d) => served.has(d.languageId))) void this.start();
  }
}
