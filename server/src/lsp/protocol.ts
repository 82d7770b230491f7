import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * What the client and the server say to each other beyond standard LSP. Plain names and types
 * only, so that the client can import it without pulling the server into its bundle.
 */

/** Request: lint these files (open or not) and return their diagnostics, for the Problems panel. */
export const LINT_FILES_REQUEST = 'callscript/lintFiles';

export interface LintFilesParams {
  uris: string[];
}

export interface LintedFile {
  uri: string;
  /** LSP diagnostics, as the server publishes them for an open document. */
  diagnostics: Diagnostic[];
}

export interface LintFilesResult {
  files: LintedFile[];
}

/** Notification: the user has trusted the workspace, so user regex patterns may now run. */
export const TRUST_GRANTED_NOTIFICATION = 'callscript/trustGranted';

/** What the client passes in `initializationOptions`. */
export interface CallscriptInitializationOptions {
  /**
   * `vscode.workspace.isTrusted`. A client that says nothing has no notion of trust and is trusted,
   * as the CLI is; any value but `true` (`"true"`, `1`, `null`) is untrusted.
   */
  trusted?: boolean;
  /** The client watches `callscript.json` files itself, so the server need not register a watcher. */
  watchesConfigFiles?: boolean;
}

/** The code action kind of "fix everything fixable", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.callscript';
