import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditTracker } from '../../server/src/lsp/edit-tracker';
import { fuzzParameters } from '../robustness/fuzz-budget';

/** An incremental change as a client sends it: a range of the text as it is by then, and new text. */
const change = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 8 }),
  text: fc.constantFrom('', '坐席:', '您好', '\n', '\r\n', '但是', '😀', 'a'),
  // Clients may send a range end first: it means the same stretch.
  reversed: fc.boolean(),
});

describe('the edit tracker', () => {
  it('says no more is unchanged at either end than is, over any changes (reversed ranges too), one or several per notification', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (start, notifications) => {
        const tracker = new EditTracker();
        const config = tracker.documents();
        const doc = config.create('file:///t.callscript', 'callscript', 1, start);
        let linted = start;
        notifications.forEach((changes, n) => {
          // Each change's range is in the text as the changes before it in the notification left it.
          const scratch = TextDocument.create(doc.uri, 'callscript', 0, doc.getText());
          const events: TextDocumentContentChangeEvent[] = changes.map((c) => {
            const length = scratch.getText().length;
            const from = Math.floor(c.at * (length + 1));
            const ends = [scratch.positionAt(from), scratch.positionAt(Math.min(length, from + c.length))];
            const range = c.reversed ? { start: ends[1], end: ends[0] } : { start: ends[0], end: ends[1] };
            TextDocument.update(scratch, [{ range, text: c.text }], 0);
            return { range, text: c.text };
          });
          config.update(doc, events, n + 2);
          const text = doc.getText();
          assert.equal(text, scratch.getText());
          // Sometimes the server lints in between, sometimes it does not (the changes add up).
          if (n % 2 === 1 || n === notifications.length - 1) {
            const { prefix, suffix } = tracker.take(doc.uri, text.length);
            const p = Math.min(prefix, linted.length, text.length);
            const s = Math.min(suffix, linted.length - p, text.length - p);
            assert.equal(text.slice(0, p), linted.slice(0, p), 'prefix');
            assert.equal(text.slice(text.length - s), linted.slice(linted.length - s), 'suffix');
            linted = text;
          }
        });
      }),
      fuzzParameters(300),
    );
  });

  it('knows nothing after a change that replaces the whole text', () => {
    const tracker = new EditTracker();
    const config = tracker.documents();
    const doc = config.create('file:///w.callscript', 'callscript', 1, '坐席:您好');
    config.update(doc, [{ text: '客户:你好' }], 2);
    assert.deepEqual(tracker.take(doc.uri, doc.getText().length), { prefix: 0, suffix: 0 });
  });
});
