import { strict as assert } from 'node:assert';
import { lint, parseDocument, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';
import { newSegment, type Segment } from '../../server/src/engine/segments';

/**
 * After a script's first lint its segments let go of their parses (most open scripts are never
 * edited); an edit parses again the segments it needs. Findings stay those of a whole lint.
 */
describe('segments let go of their parses after the first lint', () => {
  const OPTIONS: LintOptions = { now: new Date('2027-03-10T10:00:00+08:00'), trusted: true };
  const holdsParse = (seg: Segment) => Reflect.get(seg, 'parsed') !== undefined;
  const segmentsOf = (linter: IncrementalLinter) => Reflect.get(linter, 'segments') as Segment[];
  const script = [
    '---',
    'valid: 2027-03-10 09:00 ~ 2027-03-10 18:00',
    '---',
    '# 开场',
    ...Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `坐席:您好,我是客服代表{工号},第${i}句。` : `客户:好的${i}。`)),
    '// callscript-disable-next-line negative-wording',
    '坐席:但是这个不行。',
    ...Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `坐席:请问还有什么可以帮您${i}?` : `客户:没有了${i}。`)),
  ].join('\n');

  it('a released segment parses its text again when asked, to the same document', () => {
    const seg = newSegment(script);
    const parsed = seg.doc;
    seg.release();
    assert.equal(holdsParse(seg), false);
    assert.deepEqual(seg.doc, parseDocument(script));
    assert.notEqual(seg.doc, parsed);
    assert.equal(seg.lineCount, parsed.lines.length);
    assert.deepEqual(seg.directives, parsed.directives);
  });

  it('holds no parse after the first lint, parses again only what an edit needs, and finds what a whole lint finds', () => {
    const linter = new IncrementalLinter(OPTIONS, 4);
    assert.deepEqual(linter.update(script).findings, lint(script, OPTIONS).findings);
    const segments = segmentsOf(linter);
    assert.ok(segments.length > 4, `${segments.length} segments`);
    assert.deepEqual(segments.map(holdsParse), segments.map(() => false));
    const edited = script.replace('第10句', '第10句,我不能帮您');
    assert.deepEqual(linter.update(edited).findings, lint(edited, OPTIONS).findings);
    const after = segmentsOf(linter).map(holdsParse);
    assert.ok(after.some((held) => held), 'the edited segment holds its parse');
    assert.ok(after.some((held) => !held), 'segments the edit did not need stay released');
  });
});
