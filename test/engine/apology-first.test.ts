import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { fixText } from '../../server/src/host/fix-file';
import { findingsOf, flagged } from '../helpers';

const RULE = 'apology-first';

describe('apology-first', () => {
  it('flags the opening of the agent\'s answer to an upset customer, in simplified and traditional', () => {
    assert.deepEqual(flagged('客户:你们怎么还没给我修好?太慢了!\n坐席:系统显示工单正在处理中。\n', RULE), ['系统显示工单正在处理中']);
    assert.deepEqual(flagged('客户:我要投訴!\n坐席:請您提供一下手機號碼。\n', RULE), ['請您提供一下手機號碼']);
    // A greeting is not an apology: the sentence after it is read too.
    assert.deepEqual(flagged('客户:气死我了!\n坐席:您好!请问您的号码是?\n', RULE), ['您好!请问您的号码是']);
    // So is the day's greeting that holiday-greeting and weekend-greeting write (周末好! → 新春快乐!).
    assert.deepEqual(flagged('客户:投诉部\n坐席:新春快乐!让您久等了。\n', RULE), []);
    assert.deepEqual(flagged('客户:投诉部\n坐席:中秋快乐!请问您的号码是?\n', RULE), ['中秋快乐!请问您的号码是']);
  });

  // Fuzz seed 231: 但新年快乐! was a greeting, so its apology came first; 但您好!, which
  // holiday-greeting writes for it outside the holiday, was not, and the apology came second.
  it('reads a greeting with a word or two before it as a greeting, whichever greeting the day has', () => {
    for (const greeting of ['但新年快乐', '但您好', '祝您新年快乐', '祝您生活愉快']) {
      assert.deepEqual(flagged(`客户:太慢了\n坐席:${greeting}!非常抱歉\n`, RULE), [], greeting);
    }
    assert.deepEqual(flagged('客户:太慢了\n坐席:请您告诉我们您好!非常抱歉\n', RULE), ['请您告诉我们您好']);
  });

  it('passes the standards\' model wordings', () => {
    const models = [
      // 《服务热线呼叫操作标准流程》 三.4
      '我非常理解您现在的心情,我马上为您处理。',
      '我非常理解您現在的心情,我馬上為您處理。',
      // 《送培训到网格 课件4 客户服务》 3.2: 首先致歉
      '非常抱歉,我们将查明原因,解决问题。',
      // 《客户服务外包中心服务人员的素质标准》 通话中的礼仪 8
      '不好意思讓您久等了,就您所提到的問題……',
    ];
    for (const m of models) assert.deepEqual(flagged(`客户:你们怎么还没处理?太慢了!\n坐席:${m}\n`, RULE), [], m);
  });

  it('hears a demand the customer contests (为什么一定要…, 凭什么非得…, 怎么还要…) as a grievance; not a plain question about a requirement', () => {
    assert.deepEqual(flagged('客户:我自己的卡,为什么一定要开单位证明?\n坐席:这是规定,否则不能办理。\n', RULE), ['这是规定,否则不能办理']);
    assert.deepEqual(flagged('客户:已經交過錢了,怎麼還要收手續費?\n坐席:手續費是另外收的。\n', RULE), ['手續費是另外收的']);
    assert.deepEqual(flagged('客户:请问一定要本人来吗?\n坐席:是的,需要本人持身份证办理。\n', RULE), []);
    assert.deepEqual(flagged('客户:为什么要带身份证?\n坐席:办理时需要核对身份。\n', RULE), []);
  });

  it('needs the apology first, not after the explanation', () => {
    assert.deepEqual(flagged('客户:太慢了!\n坐席:系统正在处理。非常抱歉。\n', RULE), ['系统正在处理']);
  });

  it('reads only the agent\'s next turn, after every upset customer turn before it', () => {
    assert.deepEqual(flagged('客户:太慢了!\n客户:我要投诉。\n坐席:对不起,给您带来不便了。\n坐席:您的工单已升级。\n', RULE), []);
    assert.deepEqual(flagged('客户:我想查一下话费。\n坐席:好的,您的话费是58元。\n', RULE), []);
    assert.deepEqual(flagged('坐席:您对我的服务不满意吗?\n客户:没有。\n坐席:好的。\n', RULE), []);
  });

  it('offers an apology or understanding in front, as choices, in the line\'s script and the script\'s width', () => {
    const text = '客户:太慢了!\n坐席:系統正在處理。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(f.fixes.length, 2);
    assert.ok(f.fixes.every((x) => !x.preferred));
    const fixed = f.fixes.map((x) => applyFixes(text, x.edits).text);
    assert.deepEqual(fixed, ['客户:太慢了!\n坐席:非常抱歉給您帶來不便,系統正在處理。\n', '客户:太慢了!\n坐席:我非常理解您現在的心情,系統正在處理。\n']);
    for (const t of fixed) assert.deepEqual(findingsOf(t, RULE), [], t);
  });

  it('reads dissatisfaction, not any pressed question or calmly stated problem', () => {
    assert.deepEqual(flagged('客户:这个功能到底怎么用?\n坐席:您点右上角的设置就可以。\n', RULE), []);
    assert.deepEqual(flagged('客户:這是怎麼回事?\n坐席:您的套餐本月已到期。\n', RULE), []);
    assert.deepEqual(flagged('客户:我昨天交的费还没到账。\n坐席:请问您的手机号码是多少?\n', RULE), []);
    // Anger, a loss, impatience at something still undone: these want the apology first.
    assert.deepEqual(flagged('客户:你们怎么又多扣了我十块钱?\n坐席:请问您的手机号码是多少?\n', RULE), ['请问您的手机号码是多少']);
    assert.deepEqual(flagged('客户:我在你们这儿买的东西被骗了,损失谁赔?\n坐席:请您提供订单号。\n', RULE), ['请您提供订单号']);
    assert.deepEqual(flagged('客户:都三天了还没人来修!\n坐席:請您提供一下地址。\n', RULE), ['請您提供一下地址']);
  });

  it('reads a threat to sue, and a promised call-back that has not come for a day, as upset', () => {
    assert.deepEqual(flagged('客户:我要去告你们!\n坐席:请您提供一下订单号。\n', RULE), ['请您提供一下订单号']);
    assert.deepEqual(flagged('客户:一天了都没人联系我。\n坐席:最快24小时内处理。\n', RULE), ['最快24小时内处理']);
    assert.deepEqual(flagged('客户:一天了都没人联系我。\n坐席:非常抱歉让您久等了,我马上为您催办。\n', RULE), []);
    // A date said calmly is no complaint.
    assert.deepEqual(flagged('客户:我昨天下午申请的退款。\n坐席:请问您的订单号是多少?\n', RULE), []);
  });

  it('reads a customer whom the service failed as upset, not a fault reported once', () => {
    // The same failure again, a service that does nothing, a change not told or told late, told two ways.
    assert.deepEqual(flagged('客户:我们小区的暖气又停了。\n坐席:因为管网在检修。\n', RULE), ['因为管网在检修']);
    assert.deepEqual(flagged('客户:出水管是凉的,根本没有作用。\n坐席:设备坏了。\n', RULE), ['设备坏了']);
    assert.deepEqual(flagged('客户:早上突然停气了,为什么没有提前通知?\n坐席:是上游公司临时停的。\n', RULE), ['是上游公司临时停的']);
    assert.deepEqual(flagged('客户:你要取消你怎麼等我打過去才說?\n坐席:因為還沒打啊。\n', RULE), ['因為還沒打啊']);
    assert.deepEqual(flagged('客户:剛剛說這兩天,現在又說是今天!\n坐席:晚上就會打電話通知了。\n', RULE), ['晚上就會打電話通知了']);
    assert.deepEqual(flagged('客户:暖气全停了,到底听谁的?\n坐席:热源不够,正在协调。\n', RULE), ['热源不够,正在协调']);
    // Answered with the apology first; a fault told once and calmly; 刚才说 recalls, it does not complain.
    assert.deepEqual(flagged('客户:我们小区的暖气又停了。\n坐席:非常抱歉给您带来不便,供热管网正在抢修。\n', RULE), []);
    assert.deepEqual(flagged('客户:我家停电了。\n坐席:请问您的户号是多少?\n', RULE), []);
    assert.deepEqual(flagged('客户:你刚才说的那个套餐多少钱?\n坐席:每月58元。\n', RULE), []);
    assert.deepEqual(flagged('客户:我没收到验证码。\n坐席:请您稍等一分钟后重新获取。\n', RULE), []);
  });

  it('counts thanks for the complaint, with what will be done, as the apology step', () => {
    assert.deepEqual(flagged('客户:我要投诉你们的维修员。\n坐席:感谢您的投诉,我已记录下来,会尽快给您答复。\n', RULE), []);
    assert.deepEqual(flagged('客户:我要投訴!\n坐席:謝謝您的來電投訴,我馬上為您登記。\n', RULE), []);
  });

  // 002 §3.2 首先致歉, 003 三、4 首先表示理解: thanks for "feedback" renames the failure a suggestion.
  it('does not count thanks for feedback or for sharing as the apology to a customer the service failed', () => {
    assert.deepEqual(flagged('客户:我的邮件怎么还没到?都延误好几天了。\n坐席:感谢您的反馈,我们已记录并转交处理部门核查。\n', RULE), ['感谢您的反馈,我们已记录并转交处理部门核查']);
    assert.deepEqual(flagged('客户:你們的商品有問題,我要客訴。\n坐席:感謝您抽空與我們分享您的使用經驗。\n', RULE), ['感謝您抽空與我們分享您的使用經驗']);
    assert.deepEqual(flagged('客户:都三天了还没人来修!\n坐席:谢谢您的反映,我们会转给维修部门。\n', RULE), ['谢谢您的反映,我们会转给维修部门']);
    // Thanks with the apology in the same sentence, thanks for patience, and thanks for a suggestion (no one upset) pass.
    assert.deepEqual(flagged('客户:都三天了还没人来修!\n坐席:感谢您的反馈,非常抱歉给您带来不便。\n', RULE), []);
    assert.deepEqual(flagged('客户:都三天了还没人来修!\n坐席:感谢您的耐心,师傅下午两点上门。\n', RULE), []);
    assert.deepEqual(flagged('客户:我建议你们晚上再维护。\n坐席:感谢您的反馈,我们会转给技术部门。\n', RULE), []);
  });

  it('reads a training page\'s headings as headings: a word in quotes, or the remedy as the agent\'s step, tells no complaint', () => {
    assert.deepEqual(flagged('【多用积极用语,如"投诉",换成】\n坐席:请问您反映的情况是?\n', RULE), []);
    assert.deepEqual(flagged('客户:你們這次的處理讓我很不滿意。\n坐席:對於您的不便,我們深感抱歉。\n【彌補過錯】\n坐席:我們將提供您額外補償。\n', RULE), []);
    // A complaint told in a direction, or redress the customer asks for, is still one.
    assert.deepEqual(flagged('【客户投诉快递员态度差】\n坐席:请问您的单号是多少?\n', RULE), ['请问您的单号是多少']);
    assert.deepEqual(flagged('【客户要求赔偿】\n坐席:请问您的单号是多少?\n', RULE), ['请问您的单号是多少']);
  });

  it('leaves an answer that is itself a taboo, vague or negative phrase no rewording mends to that rule', () => {
    assert.deepEqual(flagged('客户:你们怎么又停电了?\n坐席:不知道。\n', RULE), []);
    assert.deepEqual(flagged('客户:我要投诉!\n坐席:少废话!\n', RULE), []);
    assert.deepEqual(flagged('客户:我要投诉!\n坐席:少废话!\n', 'taboo-phrase'), ['少废话']);
  });

  it('flags an answer whose taboo phrase has a rewording: the reworded answer apologises no more than before', () => {
    const text = '客户:投诉部\n坐席:喂!讲话!\n';
    assert.deepEqual(flagged(text, RULE), ['喂']);
    const fixed = fixText(text, { now: new Date('2027-03-03T10:00+08:00'), trusted: true, config: {} }).text;
    assert.equal(fixed, '客户:投诉部\n坐席:您好,请讲!再见!\n');
    assert.deepEqual(flagged(fixed, RULE), ['您好,请讲']);
  });

  it('keeps the apology a taboo rewording finds in the phrase: 對不起,我們已經盡力了 gives up, its 對不起 does not', () => {
    const text = '客户:投诉部\n坐席:對不起,我們已經盡力了。\n';
    assert.deepEqual(flagged(text, RULE), []);
    const fixed = fixText(text, { now: new Date('2027-03-03T10:00+08:00'), trusted: true, config: {} }).text;
    assert.equal(fixed, '客户:投诉部\n坐席:對不起,我們會繼續為您跟進。再見!\n');
    assert.deepEqual(flagged(fixed, RULE), []);
  });
});
