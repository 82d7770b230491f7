import { strict as assert } from 'node:assert';
import { lint, type LintOptions } from '../../server/src/engine';
import { IncrementalLinter } from '../../server/src/engine/incremental-lint';
import { fixText } from '../../server/src/host/fix-file';

const OPTIONS: LintOptions = { now: new Date('2027-03-09T10:00:00+08:00'), trusted: true };

/** A half-width call whose last agent line types no mark once its rhetorical `?` is reworded away. */
const HALF = '坐席:您好,请问有什么可以帮您?\n客户:我的快递还没到,今天能送吗?\n坐席:急什么?\n';

describe('fix punctuation width on a line that types no mark', () => {
  it('follows the script: a half-width call gets 感谢您的来电,再见! after 急什么? is reworded', () => {
    assert.equal(fixText(HALF, OPTIONS).text, '坐席:您好,请问有什么可以帮您?\n客户:我的快递还没到,今天能送吗?\n坐席:请您不要着急。感谢您的来电,再见!\n');
  });

  it('stays full width in a full-width call, and when no line types a mark', () => {
    const full = HALF.replace(/,/g, '，').replace(/\?/g, '？');
    assert.match(fixText(full, OPTIONS).text, /坐席:请您不要着急。感谢您的来电，再见！\n$/);
    assert.match(fixText('坐席:请您稍候\n', OPTIONS).text, /再见！/);
  });

  it('a segmented lint takes the width from the whole script, as a lint of the whole text does', () => {
    const text = `${HALF}客户:那好吧。\n坐席:好的\n`;
    for (const size of [1, 2]) {
      assert.deepEqual(new IncrementalLinter(OPTIONS, size).update(text).findings, lint(text, OPTIONS).findings, `segments of ${size}`);
    }
    const goodbye = lint(text, OPTIONS).findings.find((f) => f.rule === 'closing-goodbye');
    assert.match(JSON.stringify(goodbye?.fixes), /再见!/);
  });
});
