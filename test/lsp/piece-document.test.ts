import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../server/src/lsp/piece-document';
import { fuzzParameters } from '../robustness/fuzz-budget';

/** Text as scripts have it, with every kind of line break, surrogate pairs, and stretches long enough to stay pieces of their own. */
const chunk = fc.constantFrom('', 'a', '坐席:您好', '\n', '\r\n', '\r', '😀', '客户:', '但是'.repeat(90), 'x'.repeat(300));
const text = fc.array(chunk, { maxLength: 30 }).map((parts) => parts.join(''));

/** A change as a client might send it, positions possibly past a line's end, past the last line, or reversed. */
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 12 }), text: chunk, odd: fc.constantFrom('none', 'past-line-end', 'reversed', 'past-last-line') }) },
  { weight: 1, arbitrary: fc.record({ whole: text }) },
);

function sameDocument(piece: PieceDocument, library: TextDocument, probe: number): void {
  assert.equal(piece.lineCount, library.lineCount, 'lineCount');
  const length = library.getText().length;
  for (let offset = -1; offset <= length + 1; offset += Math.max(1, Math.floor(length / 40)) + probe) {
    assert.deepEqual(piece.positionAt(offset), library.positionAt(offset), `positionAt(${offset})`);
  }
  for (let line = -1; line <= library.lineCount; line++) {
    for (const character of [-1, 0, 1, 3, 1000]) {
      const position: Position = { line, character };
      assert.equal(piece.offsetAt(position), library.offsetAt(position), `offsetAt(${line}:${character})`);
    }
    assert.deepEqual(piece.getLineRange(line), library.getLineRange(line), `getLineRange(${line})`);
    const range = { start: { line, character: probe }, end: { line: line + probe - 1, character: 2 } };
    assert.equal(piece.getText(range), library.getText(range), `getText(${JSON.stringify(range)})`);
    assert.equal(piece.getEOLCharacters(line), library.getEOLCharacters(line), `getEOLCharacters(${line})`);
  }
}

describe('the piece document', () => {
  it('reads exactly as vscode-languageserver-textdocument does, through any changes, without or with its text put together', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 25 }), fc.nat({ max: 3 }), (start, notifications, probe) => {
        const piece = new PieceDocument('file:///p.callscript', 'callscript', 1, start);
        const library = TextDocument.create('file:///p.callscript', 'callscript', 1, start);
        notifications.forEach((changes, n) => {
          const before = piece.snapshot();
          const beforeText = library.getText();
          // Each change's range is in the text as the changes before it left it: made on a scratch copy.
          const scratch = TextDocument.create('file:///s', 'callscript', 0, library.getText());
          const events = changes.map((c) => {
            if ('whole' in c) {
              TextDocument.update(scratch, [{ text: c.whole }], 0);
              return { text: c.whole };
            }
            const length = scratch.getText().length;
            const from = Math.floor(c.from * (length + 1));
            let range = { start: scratch.positionAt(from), end: scratch.positionAt(Math.min(length, from + c.length)) };
            if (c.odd === 'past-line-end') range = { ...range, end: { line: range.end.line, character: range.end.character + 50 } };
            if (c.odd === 'reversed') range = { start: range.end, end: range.start };
            if (c.odd === 'past-last-line') range = { ...range, end: { line: scratch.lineCount + 3, character: 0 } };
            TextDocument.update(scratch, [{ range, text: c.text }], 0);
            return { range, text: c.text };
          });
          piece.update(events, n + 2);
          TextDocument.update(library, events, n + 2);
          const after = library.getText();
          assert.equal(piece.version, library.version);
          assert.equal(piece.length, after.length);
          // A snapshot reads its own version, whatever came after it.
          assert.equal(before.toString(), beforeText, 'an earlier snapshot');
          const now = piece.snapshot();
          for (let a = 0; a <= after.length; a += 7 + probe) {
            assert.equal(now.slice(a, a + 13 * (probe + 1)), after.slice(a, a + 13 * (probe + 1)), `slice at ${a}`);
            for (const ch of ['\n', '\r', '坐']) assert.equal(now.indexOf(ch, a), after.indexOf(ch, a), `indexOf(${JSON.stringify(ch)}, ${a})`);
          }
          sameDocument(piece, library, probe);
          // Sometimes the whole text is asked for (a hover, a code action), which puts the pieces together.
          if ((n + probe) % 3 === 0) assert.equal(piece.getText(), after);
        });
        assert.equal(piece.getText(), library.getText());
        assert.equal(piece.snapshot().toString(), library.getText());
      }),
      fuzzParameters(200),
    );
  });

  it('keeps typing in one place to a few pieces, and puts many places together before they slow every read', () => {
    const base = '坐席:您好,请问有什么可以帮您?\n'.repeat(2000);
    const doc = new PieceDocument('file:///t.callscript', 'callscript', 1, base);
    let version = 1;
    for (let k = 0; k < 500; k++) doc.update([{ range: { start: { line: 1000, character: 17 + k }, end: { line: 1000, character: 17 + k } }, text: '好' }], ++version);
    assert.ok(pieceCount(doc) <= 3, `typing in one place: ${pieceCount(doc)} pieces`);
    for (let line = 0; line < 2000; line += 10) doc.update([{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: '嗯' }], ++version);
    assert.ok(pieceCount(doc) <= 64, `edits in 200 places: ${pieceCount(doc)} pieces`);
    assert.equal(doc.getText().length, base.length + 500 + 200);
  });
});

function pieceCount(doc: PieceDocument): number {
  return (doc as unknown as { pieces: string[] }).pieces.length;
}
