import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * A rewording in a traditional line is written in traditional characters; converting it loads
 * OpenCC's simplified → traditional data (about 30 ms), so that happens when the fix's text is
 * first read, not for a check whose report only says whether a finding is fixable. Run in a
 * process of its own: other tests load the data.
 */
describe('fix texts in traditional characters', () => {
  it('are converted when first read (rewordings, employee IDs, goodbyes), and only then load the conversion data', () => {
    const engine = path.join(__dirname, '../../server/src/engine');
    const program = `
      const { lint, preferredEdits } = require(${JSON.stringify(engine)});
      const loaded = () => Object.keys(require.cache).some((f) => /opencc-js[\\\\/].*cn2t/.test(f));
      const { findings } = lint('坐席:您好,我是XX移動,請問您之前是否諮詢過寬帶?\\n坐席:這不是我的職責,您找別人吧。\\n坐席:感謝您的來電\\n', { now: new Date('2027-02-06T10:00:00+08:00') });
      const fixable = preferredEdits(findings).length > 0;
      const before = loaded();
      const texts = findings.flatMap((f) => f.fixes.flatMap((x) => x.edits.map((e) => e.newText)));
      const titles = findings.flatMap((f) => f.fixes.map((x) => x.title.zh));
      console.log(JSON.stringify({ fixable, before, after: loaded(), texts, titles }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' }));
    assert.equal(out.fixable, true);
    assert.equal(out.before, false, 'nothing read a fix text yet: the data is not loaded');
    assert.equal(out.after, true);
    // A rewording, an employee ID put after the agent's own 我是… clause (in the line's ASCII width), and a goodbye.
    for (const expected of [/幫您聯繫/, /^,工號\{工号\}$/, /再見/]) {
      assert.ok(out.texts.some((t: string) => expected.test(t)), `${expected} among ${out.texts.join(' / ')}`);
    }
    assert.ok(out.titles.some((t: string) => /改为“.*幫您聯繫/.test(t)), 'its title names the same text');
  });
});
