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

  it('lets a replacement follow an insertion at its start', () => {
    assert.deepEqual(applyFixes('ab', [
      { start: 1, end: 1, newText: 'X' },
      { start: 1, end: 2, newText: 'B' },
    ]), { text: 'aXB', applied: 2 });
  });
});
