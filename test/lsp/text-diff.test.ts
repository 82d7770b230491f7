import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyFixes } from '../../server/src/engine';
import { diffEdits } from '../../server/src/lsp/text-diff';

/** Lines drawn from a small alphabet, so that random texts share many lines and differ in few. */
const lines = fc.array(fc.constantFrom('坐席:您好!', '客户:嗯。', '', '# 结束', '😀再见', 'a\r', 'b'), { maxLength: 30 });
const eol = fc.constantFrom('\n', '\r\n');

describe('diffEdits (fix-all edits)', () => {
  it('turns one text into the other, with edits that never overlap or split a line break', () => {
    fc.assert(
      fc.property(lines, lines, eol, (a, b, nl) => {
        const before = a.join(nl);
        const after = b.join(nl);
        const edits = diffEdits(before, after);
        for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].end <= edits[i].start);
        for (const e of edits) {
          assert.ok(!(before[e.start - 1] === '\r' && before[e.start] === '\n'), 'start splits CRLF');
          assert.ok(!(before[e.end - 1] === '\r' && before[e.end] === '\n'), 'end splits CRLF');
        }
        assert.equal(applyFixes(before, edits).text, after);
      }),
    );
  });

  it('keeps untouched lines out of the edits', () => {
    const before = '---\ntitle: x\n---\n坐席:喂,讲话!\n客户:嗯。\n坐席:你好。\n';
    const after = '---\ntitle: x\n---\n坐席:您好,请讲!\n客户:嗯。\n坐席:您好。\n';
    assert.deepEqual(diffEdits(before, after), [
      { start: 20, end: 24, newText: '您好,请讲' },
      { start: 35, end: 36, newText: '您' },
    ]);
  });

  it('gives no edits for equal texts', () => {
    assert.deepEqual(diffEdits('坐席:您好!\n', '坐席:您好!\n'), []);
  });
});
