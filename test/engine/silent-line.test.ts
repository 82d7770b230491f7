import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'silent-line';

describe('silent-line', () => {
  it('turns a demand to speak up into the standard\'s request: --fix at a sentence end, a choice inside one', () => {
    const text = '坐席:听不清,你大声点!\n';
    const [f] = findingsOf(text, RULE).filter((x) => text.slice(x.start, x.end) === '你大声点');
    assert.equal(applyFixes(text, preferredEdits([f])).text, '坐席:听不清,麻烦您大声一点,好吗?\n');
    const inside = '坐席:您说话大声点说清楚。\n';
    const [g] = findingsOf(inside, RULE);
    assert.equal(g.fixes[0].preferred, undefined);
    assert.equal(applyFixes(inside, g.fixes[0].edits).text, '坐席:麻烦您大声一点说清楚。\n');
  });

  it('takes every mark that ends the demand with it: the request ends with its own question mark', () => {
    const fixSilent = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;
    assert.equal(fixSilent('坐席:听不清,您大声点!?\n'), '坐席:听不清,麻烦您大声一点,好吗?\n');
    assert.equal(fixSilent('坐席:听不清,您大声点!?!\n'), '坐席:听不清,麻烦您大声一点,好吗?\n');
    assert.equal(fixSilent('坐席:听不清,您大声点?\n'), '坐席:听不清,麻烦您大声一点,好吗?\n');
  });

  it('does not prefer the request where words stand before the demand in its clause', () => {
    const [f] = findingsOf('坐席:再大声点!\n', RULE);
    assert.equal(f.fixes[0].preferred, undefined);
  });

  it('writes the request in traditional characters in a traditional line', () => {
    const text = '坐席：說話大聲點！\n';
    assert.equal(applyFixes(text, preferredEdits(findingsOf(text, RULE))).text, '坐席：麻煩您大聲一點，好嗎？\n');
  });

  it('passes requests and the agent\'s own voice', () => {
    assert.deepEqual(flagged('坐席:麻烦您大声一点,好吗?\n坐席:您能大声一点吗?\n坐席:我大声一点,您能听见吗?\n', RULE), []);
  });

  it('flags 听不见 said bluntly, with the standard\'s apology as a choice', () => {
    const text = '坐席:听不见,我挂了!\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '听不见');
    assert.equal(f.fixes[0].edits[0].newText, '对不起,我听不见您的声音');
    assert.deepEqual(flagged('坐席:我聽不清您的聲音。\n', RULE), ['我聽不清您的聲音']);
    assert.deepEqual(flagged('坐席:不好意思,我听不清您的声音。\n坐席:您听不见吗?\n', RULE), []);
  });

  it('flags a silent line\'s closing when no ask came before it, on the closing words, with the ask as a line before it', () => {
    const text = '坐席:您好!我是客服代表{工号}。\n【客户无声】\n坐席:对不起,我听不见您的声音,稍后再与您联系,再见!\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '稍后再与您联系');
    assert.ok(applyFixes(text, f.fixes[0].edits).text.includes('坐席:您好,您能听见我的声音吗?\n坐席:对不起'));
    const quiet = '坐席:您好!我是客服代表{工号}。\n客户:……\n坐席:对不起,电话声音太小,稍后再与您联系,再见!\n';
    assert.match(findingsOf(quiet, RULE)[0].message.zh, /大声一点/);
  });

  it('lets a noisy line be closed at once, and an excerpt that shows only the closing pass', () => {
    assert.deepEqual(flagged('坐席:您好!我是客服代表{工号}。\n坐席:对不起!电话杂音太大,稍后再与您联系,好吗?再见!\n', RULE), []);
    assert.deepEqual(flagged('坐席:对不起,我听不见您的声音,稍后再与您联系,再见!\n', RULE), []);
  });

  it('leaves taboo-phrase\'s line rebukes to it', () => {
    assert.deepEqual(flagged('坐席:你的电话怎么回事?!一会儿声音大,一会儿声音小的!\n', RULE), []);
  });

  it('passes the hotlines\' own sequence: the prompt said again into the silence, then the closing', () => {
    const call = '坐席:您好!请问有什么可以帮助您?\n【稍停5秒还是无声】\n坐席:您好,请问有什么可以帮助您?\n【稍停5秒,对方无反应】\n坐席:对不起,您的电话没有声音,请您换一部电话再打来,再见!\n';
    assert.deepEqual(flagged(call, RULE), []);
    // Said only once, the prompt is not asked again: the closing comes too soon.
    const once = '坐席:您好!请问有什么可以帮助您?\n【稍停5秒还是无声】\n坐席:对不起,您的电话没有声音,请您换一部电话再打来,再见!\n';
    assert.deepEqual(flagged(once, RULE), ['再见']);
  });

  it('passes the switchboard\'s sequence: greeted, prompted again (请讲) into a silence the customer line records, then closed', () => {
    const call = '坐席:您好,华天酒店总机。\n客户:(没有声音)\n坐席:您好,您的电话已接通,请讲。\n客户:(还是没有声音)\n坐席:对不起,暂时听不到您的声音,请您稍后再拨,再见。\n';
    assert.deepEqual(flagged(call, RULE), []);
    const traditional = '坐席:您好,華天酒店總機。\n客户:(沒有聲音)\n坐席:您好,您的電話已接通,請講。\n客户:(還是沒有聲音)\n坐席:對不起,暫時聽不到您的聲音,請您稍後再撥,再見。\n';
    assert.deepEqual(flagged(traditional, RULE), []);
    // Closed after the greeting alone, or after an agent turn that prompts nothing: too soon.
    assert.deepEqual(flagged('坐席:您好,华天酒店总机。\n客户:(没有声音)\n坐席:对不起,暂时听不到您的声音,请您稍后再拨,再见。\n', RULE), ['再见']);
    assert.deepEqual(flagged('坐席:您好,华天酒店总机。\n客户:(没有声音)\n坐席:稍等。\n客户:(没有声音)\n坐席:对不起,暂时听不到您的声音,请您稍后再拨,再见。\n', RULE), ['再见']);
  });
});
