import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * How long a version must stay the newest before it is linted. Keystrokes come a few
 * milliseconds apart at most while typing fast, or pasted in a burst: a version that a newer one
 * replaces within this time is never linted or published, and a burst of thousands of edits
 * costs one lint, not one per event-loop turn that happened to see the socket empty.
 */
export const SETTLE_MS = 2;

/** When each open document last changed, to tell whether a version has held. */
export class SettledVersions {
  private readonly changedAt = new Map<string, number>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {
    documents.onDidChangeContent((e) => this.changedAt.set(e.document.uri, performance.now()));
    documents.onDidClose((e) => this.changedAt.delete(e.document.uri));
  }

  /** Waits until `version` has been the document's newest for SETTLE_MS; false once a newer one came (or it closed). */
  async held(uri: string, version: number): Promise<boolean> {
    for (;;) {
      if (this.documents.get(uri)?.version !== version) return false;
      const left = (this.changedAt.get(uri) ?? Number.NEGATIVE_INFINITY) + SETTLE_MS - performance.now();
      if (left <= 0) return true;
      await new Promise((resolve) => setTimeout(resolve, left));
    }
  }
}
