import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/engine';
import { BARE_INTERJECTIONS } from '../../server/src/engine/rules/bare-interjections';
import { BLAMING_OTHERS } from '../../server/src/engine/rules/blaming-others';
import { findConstructions } from '../../server/src/engine/rules/construction';
import { PUT_OFFS } from '../../server/src/engine/rules/put-offs';
import { SARCASM } from '../../server/src/engine/rules/sarcasm';
import { asDocument, findingsOf, flagged } from '../helpers';

/**
 * Kinds a QA reviewer flags that the phrase lists cannot hold (issue #16): banned bare
 * interjections, a caller put off, discouraging a complaint, sarcasm, blaming others, a refusal by
 * circumstance, and guarantees of what nobody can promise. Each with polite look-alikes that pass.
 * The sentences are written for these tests, in simplified and traditional characters.
 */

/** [rule, text or whole script, the text it flags]. */
const FLAGS: Array<[string, string, string]> = [
  // Bare interjections, the whole turn.
  ['taboo-phrase', '嗯?', '嗯'],
  ['taboo-phrase', '哈?', '哈'],
  ['taboo-phrase', '蛤?', '蛤'],
  // The customer's speech or reading mocked.
  ['taboo-phrase', '原來會講話唷...', '原來會講話'],
  ['taboo-phrase', '你会不会说话?', '你会不会说话'],
  ['taboo-phrase', '你认不认字啊?', '你认不认字'],
  // The customer's feeling turned back on them.
  ['taboo-phrase', '我还没着急,你倒不耐烦了。', '你倒不耐烦了'],
  ['taboo-phrase', '您還有理了?', '您還有理了'],
  // The staff's busyness as the whole answer.
  ['taboo-phrase', '现在工作人员都很忙。', '现在工作人员都很忙'],
  ['taboo-phrase', '我們這邊太忙了!', '我們這邊太忙了'],
  ['taboo-phrase', '人手忙不过来,没办法。', '人手忙不过来'],
  ['taboo-phrase', '正忙着。', '正忙着'],
  ['taboo-phrase', '在忙呢!', '在忙呢'],
  ['taboo-phrase', '嚇?', '嚇'],
  ['taboo-phrase', '什麼?', '什麼'],
  ['taboo-phrase', '您说啥?', '您说啥'],
  ['taboo-phrase', '哪一个?', '哪一个'],
  ['taboo-phrase', '诶!', '诶'],
  // Put off for the agent's own business; sarcasm; a complaint declared useless higher up.
  ['taboo-phrase', '我这会儿正忙着呢,你晚点再打来。', '我这会儿正忙着呢,你晚点再打来'],
  ['taboo-phrase', '您这运气,出门都能被雷劈。', '被雷劈'],
  ['taboo-phrase', '您到总部投诉也没用。', '到总部投诉也没用'],
  ['taboo-phrase', '越級反映都白搭。', '越級反映都白搭'],
  ['taboo-phrase', '随便您去哪里告。', '随便您去哪里告'],
  ['taboo-phrase', '您爱去哪儿反映就去哪儿反映。', '爱去哪儿反映就去哪儿反映'],
  ['taboo-phrase', '您叫媒体来也一样。', '叫媒体来也一样'],
  ['taboo-phrase', '您也太较真了。', '您也太较真了'],
  ['taboo-phrase', '您这是小題大做。', '您这是小題大做'],
  // Blaming others: other customers, another company, a third party's excuse; disowning.
  ['negative-wording', '别的用户都没问题。', '别的用户都没问题'],
  ['negative-wording', '很多住户都拖欠水费,我们也难办。', '很多住户都拖欠'],
  ['negative-wording', '那是燃氣公司的事。', '那是燃氣公司的事'],
  ['negative-wording', '骑手的解释是路上堵车,并不是故意晚送。', '骑手的解释是路上堵车,并不是'],
  ['negative-wording', '这又不是我们的问题。', '不是我们的问题'],
  ['negative-wording', '我们都是按规定办的。', '我们都是按规定办的'],
  // A caller put off with nothing offered; help put off until someone is back; no choice left.
  ['refusal-alternative', '客户:请找一下张主任。\n坐席:出去了。\n', '出去了。'],
  ['refusal-alternative', '客户:請問陳經理在嗎?\n坐席:他休假了。\n', '他休假了。'],
  ['refusal-alternative', '坐席:请过一会儿再来电。\n', '请过一会儿再来电。'],
  ['refusal-alternative', '坐席:對不起,承辦的同志不在,請您改日再來電話。\n', '對不起,承辦的同志不在,請您改日再來電話。'],
  ['refusal-alternative', '客户:你现在过来修一下吧。\n坐席:我已经回公司了。\n', '我已经回公司了。'],
  ['refusal-alternative', '得等下周一经理上班才能批。', '得等下周一经理上班才能批'],
  ['refusal-alternative', '您只能等了。', '只能等'],
  // Guarantees of what nobody can promise.
  ['over-promise', '我们保证以后不会再出现这种情况。', '保证以后不会再出现'],
  ['over-promise', '絕對不會再發生。', '絕對不會再發生'],
  ['over-promise', '这是一款保本型理财。', '保本型理财'],
  ['over-promise', '这个产品是保本的。', '保本的'],
];

/** [rule, text or whole script]: look-alikes a reviewer passes. */
const PASSES: Array<[string, string]> = [
  ['taboo-phrase', '嗯,好的。'],
  ['taboo-phrase', '啊,明白了。'],
  ['taboo-phrase', '哈哈!'],
  ['taboo-phrase', '蛤蜊?今天有。'],
  ['taboo-phrase', '不好意思,我们这会儿比较忙,请您稍等。'],
  ['taboo-phrase', '我们不忙,您请说。'],
  ['taboo-phrase', '您会说普通话吗?'],
  ['refusal-alternative', '坐席:对不起,他不在,请您改日再来电话,我帮您留个言好吗?\n'],
  ['taboo-phrase', '麻烦您倒一下车,后面堵住了。'],
  ['taboo-phrase', '您还有理由需要补充吗?'],
  ['taboo-phrase', '让您着急了,真不好意思。'],
  ['taboo-phrase', '如果您不会说话,可以按键留言。'],
  ['taboo-phrase', '您不会说话也没关系,可以打字。'],
  ['taboo-phrase', '我们忙完就给您办。'],
  ['taboo-phrase', '医生在忙,马上就来看您。'],
  ['taboo-phrase', '正忙着,马上给您处理。'],
  ['taboo-phrase', '在忙吗?'],
  ['taboo-phrase', '您最近忙吗?'],
  ['taboo-phrase', '吓到您了吧?真不好意思。'],
  ['taboo-phrase', '嗯。'],
  ['taboo-phrase', '啊?您是说上周的那笔订单吗?'],
  ['taboo-phrase', '请问什么时候方便?'],
  ['taboo-phrase', '不好意思,我正忙着处理,稍后给您回电。'],
  ['taboo-phrase', '今天有雷阵雨,请您注意安全。'],
  ['taboo-phrase', '您向上级部门反映也一样会受理的。'],
  ['taboo-phrase', '如需投诉,您可以找我们领导处理。'],
  ['taboo-phrase', '您让领导来处理也可以,我先帮您登记。'],
  ['taboo-phrase', '不是您太敏感,是我们没有做好。'],
  ['taboo-phrase', '这款面霜适合敏感肌肤使用。'],
  ['taboo-phrase', '您对细节很较真,这是好事,我帮您再核对一遍。'],
  ['negative-wording', '很多客户都选择了这个套餐。'],
  ['negative-wording', '如果其他用户都没问题,我帮您查一下您家的线路。'],
  ['negative-wording', '这是燃气公司的线路,我帮您联系他们。'],
  ['negative-wording', '这是我们公司的新套餐。'],
  ['negative-wording', '骑手说路上堵车,我们已经为您申请了补偿。'],
  ['negative-wording', '这不是您的问题,是系统的原因。'],
  ['negative-wording', '我会按流程为您加急处理。'],
  ['negative-wording', '我们是按规定办理的,给您带来不便很抱歉。'],
  ['refusal-alternative', '客户:请找一下张主任。\n坐席:张主任出去了,我帮您转告好吗?\n'],
  ['refusal-alternative', '客户:请找一下张主任。\n坐席:对不起,他不在。\n'],
  ['refusal-alternative', '客户:我的快递到了吗?\n坐席:没看到。\n'],
  ['refusal-alternative', '坐席:电话占线,请您稍后再拨。\n'],
  ['refusal-alternative', '坐席:我稍后再打给您。\n'],
  ['refusal-alternative', '客户:我的快递到了吗?\n坐席:我已经回公司了。\n'],
  ['refusal-alternative', '我们会在周一上班后第一时间为您处理。'],
  ['refusal-alternative', '目前只能为您加急处理。'],
  ['refusal-alternative', '只能换货。'],
  ['refusal-alternative', '這款只能換貨,不能退款。'],
  ['over-promise', '这款产品不保本。'],
  ['over-promise', '这是非保本浮动收益型理财。'],
  ['over-promise', '为了确保本次通话质量,我们会录音。'],
  ['over-promise', '我们会加强培训,尽量避免类似情况再次发生。'],
  ['over-promise', '请放心,一定给您办好,让您满意。'],
];

describe('kinds a reviewer flags (issue #16): interjections, put-offs, blame, refusals, guarantees', () => {
  for (const [rule, text, expected] of FLAGS) {
    it(`${rule} flags ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(flagged(asDocument(text), rule), [expected]);
    });
  }
  for (const [rule, text] of PASSES) {
    it(`${rule} passes ${JSON.stringify(text)}`, () => {
      assert.deepEqual(flagged(asDocument(text), rule), []);
    });
  }

  it('says what to say instead of a bare interjection, and of a hail', () => {
    const [asked] = findingsOf(asDocument('啊?'), 'taboo-phrase');
    assert.match(asked.message.zh, /请您再说一遍/);
    const [hailed] = findingsOf(asDocument('哎!'), 'taboo-phrase');
    assert.match(hailed.message.zh, /直呼客户/);
  });

  it('offers no words for a caller put off: where the person is only the writer knows', () => {
    const [f] = findingsOf('客户:请找一下张主任。\n坐席:不在。\n', 'refusal-alternative');
    assert.match(f.message.zh, /代为转告或留言/);
    assert.deepEqual(f.fixes ?? [], []);
  });
});

describe('the new construction tables on ordinary polite agent lines', () => {
  it('find nothing in them', () => {
    const file = join(__dirname, '../../../test/fixtures/constructions/polite-agent-lines.txt');
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => `坐席:${l}\n`)
      .join('');
    const { doc, view } = lint(text, { rules: [] });
    for (const table of [BARE_INTERJECTIONS, BLAMING_OTHERS, PUT_OFFS, SARCASM]) {
      assert.deepEqual(findConstructions(doc, view, table).map((m) => text.slice(m.start, m.end)), []);
    }
  });
});
