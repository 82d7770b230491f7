import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';

describe('applyFixes', () => {
  it('applies edits that do not overlap, right to left in effect', () => {
    assert.deepEqual(applyFixes('abcdef', [
      { start: 4, end: 5, newText: 'E' },
      { start: 0, end: 1, newText: 'A' },
    ]), { text: 'AbcdEf', applied: 2 });
  });

  it('leaves an overlapping edit for the next pass', () => {
    assert.deepEqual(applyFixes('abcdef', [
      { start: 0, end: 3, newText: 'X' },
      { start: 2, end: 4, newText: 'Y' },
    ]), { text: 'Xdef', applied: 1 });
  });

  it('applies only one of two insertions at the same offset', () => {
    assert.deepEqual(applyFixes('ab', [
      { start: 1, end: 1, newText: 'X' },
      { start: 1, end: 1, newText: 'Y' },
    ]), { text: 'aXb', applied: 1 });
  });

  it('leaves an insertion at the start of a replacement for the next pass', () => {
    // {工号} inserted before a mistyped {工好} that another fix makes {工号} would say it twice.
    assert.deepEqual(applyFixes('ab', [
      { start: 1, end: 1, newText: 'X' },
      { start: 1, end: 2, newText: 'B' },
    ]), { text: 'aB', applied: 1 });
  });

  it('leaves an insertion at the end of another edit for the next pass', () => {
    // 说话大声点! becomes a question: a 再见! worked out after its old words must be worked out again.
    assert.deepEqual(applyFixes('ab!', [
      { start: 0, end: 3, newText: 'B?' },
      { start: 3, end: 3, newText: '再见!' },
    ]), { text: 'B?', applied: 1 });
    assert.deepEqual(applyFixes('ab!c', [
      { start: 0, end: 2, newText: 'B' },
      { start: 4, end: 4, newText: '再见!' },
    ]), { text: 'B!c再见!', applied: 2 });
  });

  it('applies an edit worked out from the whole call only in a pass that applies nothing else', () => {
    const goodbye = (at: number) => ({ start: at, end: at, newText: '再见!', afterOthers: true });
    assert.deepEqual(applyFixes('喂,c', [goodbye(3), { start: 0, end: 1, newText: '您好' }]), { text: '您好,c', applied: 1 });
    assert.deepEqual(applyFixes('您好,c', [goodbye(4)]), { text: '您好,c再见!', applied: 1 });
  });

  it('applies one of two rewordings side by side per pass, and any other edit beside them', () => {
    const hello = (start: number) => ({ start, end: start + 1, newText: '您好', rewording: true });
    assert.deepEqual(applyFixes('坐席:喂喂,请讲', [hello(3), hello(4)], { oneRewordingAtATime: true }), { text: '坐席:您好喂,请讲', applied: 1 });
    assert.deepEqual(applyFixes('坐席:喂!喂', [hello(3), hello(5)], { oneRewordingAtATime: true }), { text: '坐席:您好!喂', applied: 1 });
    // Two that write the same words a few words apart on one line wait too (祝您中秋快乐,祝您新春快乐:
    // each 祝您 + 生活愉快 would say again what the first said); further apart, or other words, do not.
    assert.deepEqual(applyFixes('坐席:喂,请讲喂', [hello(3), hello(7)], { oneRewordingAtATime: true }), { text: '坐席:您好,请讲喂', applied: 1 });
    const far = '坐席:喂,请您详细讲一下您遇到的是什么问题吧喂';
    assert.deepEqual(applyFixes(far, [hello(3), hello(far.length - 1)], { oneRewordingAtATime: true }).applied, 2);
    const other = { start: 7, end: 8, newText: '您', rewording: true };
    assert.deepEqual(applyFixes('坐席:喂,请讲你', [hello(3), other], { oneRewordingAtATime: true }), { text: '坐席:您好,请讲您', applied: 2 });
    assert.deepEqual(applyFixes('坐席:喂\n坐席:喂', [hello(3), hello(8)], { oneRewordingAtATime: true }), { text: '坐席:您好\n坐席:您好', applied: 2 });
    assert.equal(applyFixes('坐席:喂喂,请讲', [hello(3), hello(4)]).text, '坐席:您好您好,请讲');
    // A rewording beside one that waits waits too: that one is worked out again beside new words.
    assert.deepEqual(applyFixes('坐席:喂!喂/喂', [hello(3), hello(5), hello(7)], { oneRewordingAtATime: true }), { text: '坐席:您好!喂/喂', applied: 1 });
    // A stage direction is not said: the rewordings either side of it are side by side too.
    assert.deepEqual(applyFixes('坐席:喂【微笑】喂!', [hello(3), hello(8)], { oneRewordingAtATime: true }), { text: '坐席:您好【微笑】喂!', applied: 1 });
    const mask = (start: number) => ({ start, end: start + 11, newText: '138****5678' });
    const twice = '坐席:13812345678 13812345678';
    assert.equal(applyFixes(twice, [mask(3), mask(15)], { oneRewordingAtATime: true }).text, '坐席:138****5678 138****5678');
  });
});
