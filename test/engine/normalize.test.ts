import { strict as assert } from 'node:assert';
import { buildView, normalizePhrase, GAP_HARD, GAP_SOFT } from '../../server/src/engine/normalize';
import { PhraseMatcher } from '../../server/src/engine/matcher';
import { inScriptOf, isTraditional, toSimplified } from '../../server/src/engine/chinese-script';

describe('normalized view', () => {
  it('folds traditional, full width, 您 and case, dropping spaces and punctuation', () => {
    const text = '這 是ＡＢＣ,您的規定!';
    const view = buildView(text, [{ start: 0, end: text.length }]);
    assert.equal(view.text, '这是abc你的规定\n');
  });

  it('maps every unit back to its original offset', () => {
    const text = '坐席:😀 說,好';
    const view = buildView(text, [{ start: 3, end: text.length }]);
    assert.equal(view.text, '😀说好\n');
    assert.deepEqual([...view.origin.slice(0, 4)], [3, 4, 6, 8]);
  });

  it('records how strong each dropped break was', () => {
    const text = '好,的。对';
    const view = buildView(text, [{ start: 0, end: text.length }]);
    assert.equal(view.gap[1], GAP_SOFT);
    assert.equal(view.gap[2], GAP_HARD);
  });

  it('normalizes phrases the same way, without leading breaks', () => {
    assert.equal(normalizePhrase('「這是你的自由!」').text, '这是你的自由');
  });

  it('converts between scripts for fixes', () => {
    assert.equal(toSimplified('這不是我的職責'), '这不是我的职责');
    assert.ok(isTraditional('服務'));
    assert.ok(!isTraditional('服务'));
    assert.equal(inScriptOf('请稍等', '這是'), '請稍等');
    assert.equal(inScriptOf('请稍等', '这是'), '请稍等');
  });
});

describe('phrase matcher', () => {
  it('finds every occurrence of every phrase, overlapping ones included', () => {
    const m = new PhraseMatcher(['但是', '不但是', '是']);
    const hits: Array<[number, number, number]> = [];
    m.search('不但是但是', (h) => hits.push([h.pattern, h.start, h.end]));
    assert.deepEqual(hits, [
      [1, 0, 3],
      [0, 1, 3],
      [2, 2, 3],
      [0, 3, 5],
      [2, 4, 5],
    ]);
  });
});
