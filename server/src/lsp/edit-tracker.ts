import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';
import type { Unchanged } from '../engine/incremental-lint';
import { PieceDocument } from './piece-document';

/**
 * What the editor's change events say an edit left alone: how much of each document's start and
 * end is the same as when it was last linted. The incremental linter then knows where to look
 * without comparing the texts.
 */
export class EditTracker {
  private readonly since = new Map<string, Unchanged>();

  /** The document manager's configuration: applies each change, noting where it fell. */
  documents(): TextDocumentsConfiguration<TextDocument> {
    return {
      create: (uri, languageId, version, content) => {
        this.since.delete(uri);
        return new PieceDocument(uri, languageId, version, content);
      },
      update: (doc, changes, version) => {
        for (const change of changes) {
          this.note(doc as PieceDocument, change);
          (doc as PieceDocument).update([change], version);
        }
        return doc;
      },
    };
  }

  /** What did not change since the last call for this document (all of it, when no change came). */
  take(uri: string, length: number): Unchanged {
    const unchanged = this.since.get(uri) ?? { prefix: length, suffix: length };
    this.since.delete(uri);
    return unchanged;
  }

  forget(uri: string): void {
    this.since.delete(uri);
  }

  private note(doc: PieceDocument, change: TextDocumentContentChangeEvent): void {
    const before = this.since.get(doc.uri) ?? { prefix: Infinity, suffix: Infinity };
    if (!('range' in change)) {
      this.since.set(doc.uri, { prefix: 0, suffix: 0 });
      return;
    }
    const length = doc.length;
    const start = doc.offsetAt(change.range.start);
    const end = doc.offsetAt(change.range.end);
    this.since.set(doc.uri, { prefix: Math.min(before.prefix, start), suffix: Math.min(before.suffix, length - end) });
  }
}

/** Two edits one after the other leave alone what both left alone. */
export function bothUnchanged(a: Unchanged | undefined, b: Unchanged): Unchanged {
  return a ? { prefix: Math.min(a.prefix, b.prefix), suffix: Math.min(a.suffix, b.suffix) } : b;
}
