import type { TextDocument } from 'vscode-languageserver-textdocument';
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
        const pieces = doc as PieceDocument;
        for (const change of changes) {
          const length = pieces.length;
          this.note(doc.uri, length, pieces.apply(change));
        }
        pieces.version = version;
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

  /** A change to a text of `length` replaced `replaced` (undefined: all of it). */
  private note(uri: string, length: number, replaced: { start: number; end: number } | undefined): void {
    const before = this.since.get(uri) ?? { prefix: Infinity, suffix: Infinity };
    if (!replaced) this.since.set(uri, { prefix: 0, suffix: 0 });
    else this.since.set(uri, { prefix: Math.min(before.prefix, replaced.start), suffix: Math.min(before.suffix, length - replaced.end) });
  }
}

/** Two edits one after the other leave alone what both left alone. */
export function bothUnchanged(a: Unchanged | undefined, b: Unchanged): Unchanged {
  return a ? { prefix: Math.min(a.prefix, b.prefix), suffix: Math.min(a.suffix, b.suffix) } : b;
}
