import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'refusal-alternative';

describe('refusal-alternative', () => {
  it('flags refusals inside a longer sentence, in simplified and traditional', () => {
    assert.deepEqual(flagged('坐席:我们暂时无法为您开通国际漫游。\n', RULE), ['无法为您']);
    assert.deepEqual(flagged('坐席:现在退不了款。\n', RULE), ['退不了']);
    assert.deepEqual(flagged('坐席:这个不在我们的业务范围内。\n', RULE), ['不在我们的业务范围']);
    assert.deepEqual(flagged('坐席:這個不在我們的業務範圍內。\n', RULE), ['不在我們的業務範圍']);
  });

  it('reads the service doing it in the customer\'s stead (由我们通知车主) as the way offered', () => {
    assert.deepEqual(flagged('坐席:不好意思,车主的联系方式无法提供给您,由我们通知车主。\n', RULE), []);
    assert.deepEqual(flagged('坐席:不好意思,车主的联系方式无法提供给您。\n', RULE), ['无法提供']);
  });

  it('does not take the way from the next call: a heading or a scene direction between starts another', () => {
    const text = '【挪车失败】\n坐席:十分抱歉,车主电话空号,现在无法帮您通知车主挪车。\n【联系方式】\n坐席:车主的联系方式无法提供给您,由我们通知车主。\n';
    assert.deepEqual(flagged(text, RULE), ['无法帮您']);
    assert.deepEqual(flagged('坐席:十分抱歉,现在无法帮您通知车主挪车。\n坐席:我们可以为您联系交警。\n', RULE), []);
    // The break counts wherever it falls between, past turns that say nothing.
    assert.deepEqual(flagged('坐席:现在无法为您开通国际漫游。\n坐席:\n# 办理\n坐席:\n坐席:我可以为您办理另一种套餐。\n', RULE), ['无法为您']);
  });

  it('reads a no that is the condition of what follows as the alternative itself', () => {
    for (const line of ['修不了就给您换一台新的。', '如果我们这边维修不了,会给您全额退款。', '一旦无法按时送达,我们会提前通知您。']) {
      assert.deepEqual(flagged(`坐席:${line}\n`, RULE), [], line);
    }
    // A condition elsewhere in the sentence leaves the no itself a refusal.
    assert.deepEqual(flagged('坐席:如果您着急的话,现在也退不了款。\n', RULE), ['退不了']);
  });

  it('does not take a refusal\'s own words for an offer (无法为您办理 offers nothing)', () => {
    assert.deepEqual(flagged('坐席:我们暂时无法为您办理这项业务。\n', RULE), ['无法为您']);
    assert.deepEqual(flagged('坐席:我們暫時無法為您辦理這項業務。\n', RULE), ['無法為您']);
    // As a clause of its own it is a flat refusal, negative-wording's.
    assert.deepEqual(flagged('坐席:这个业务我们无法为您办理。\n', 'negative-wording'), ['这个业务我们无法为您办理']);
    assert.deepEqual(flagged('坐席:这个业务我们不能为您办理。\n', RULE), ['不能为您办']);
    // An offer that is not negated still counts.
    assert.deepEqual(flagged('坐席:这个业务我们无法为您办理,我可以为您办理另一种套餐。\n', RULE), []);
  });

  it('leaves a flat refusal (a clause of nothing but no) to negative-wording: one finding for one refusal', () => {
    for (const [line, no] of [['这个业务无法办理。', '这个业务无法办理'], ['這個業務無法辦理。', '這個業務無法辦理'], ['这个办不了。', '这个办不了'], ['不行,这个不能退。', '不行']]) {
      const text = `坐席:${line}\n`;
      assert.deepEqual(flagged(text, RULE), [], line);
      assert.ok(flagged(text, 'negative-wording').includes(no), line);
    }
    const off = { config: { rules: { 'negative-wording': 'off' as const } } };
    assert.deepEqual(flagged('坐席:这个办不了。\n', RULE, off), ['办不了']);
  });

  it('passes the standards\' model refusals', () => {
    const models = [
      // 《2008年呼入服务质量规范》 四(二)3
      '对不起,您咨询的问题不在我们的业务范围内,请您通过XX途径进行咨询。',
      '對不起,您諮詢的問題不在我們的業務範圍內,請您通過XX途徑進行諮詢。',
      // 《送培训到网格 课件4 客户服务》 3.2: the reason and an apology
      '对不起,由于条件所限,目前这方面的工作我们无法开展,请您原谅。',
      '對不起,由於條件所限,目前這方面的工作我們無法開展,請您原諒。',
      // the same standard's 敏感性问题: who will answer
      '对不起,这方面的问题将由我们的客户经理向您解答。',
    ];
    for (const m of models) assert.deepEqual(flagged(`坐席:${m}\n`, RULE), [], m);
  });

  it('takes no plea for pardon as the alternative to a refusal that rests on a rule', () => {
    assert.deepEqual(flagged('坐席:对不起,根据相关规定,您的申请不能办理,请原谅\n', RULE), ['不能办']);
    assert.deepEqual(flagged('坐席:對不起,按照公司的要求,這筆費用無法報銷,請您諒解。\n', RULE), ['無法報銷']);
    // A way through the rule is one; and without a rule cited, 002's plea for pardon stands.
    assert.deepEqual(flagged('坐席:对不起,根据规定,您的申请不能办理,请原谅,您补齐材料后我可以为您办理。\n', RULE), []);
    assert.deepEqual(flagged('坐席:由于条款所限,这笔费用无法报销,请您谅解。\n', RULE), []);
  });

  it('flags a turn that names a fault and nothing else, unless the agent\'s next turn offers a way', () => {
    assert.deepEqual(flagged('客户:我來交這個月的手機費。\n坐席:線路不好\n', RULE), ['線路不好']);
    assert.deepEqual(flagged('客户:我要取钱。\n坐席:对不起,系统坏了。\n', RULE), ['对不起,系统坏了。']);
    assert.deepEqual(flagged('坐席:网络故障。\n客户:那怎么办?\n坐席:您可以明天上午再来。\n', RULE), []);
    // A fault inside a longer answer says what is done about it; the line's own trouble is silent-line's.
    assert.deepEqual(flagged('坐席:对不起,机器暂时出现了故障,我们正在抓紧排除,请稍候。\n', RULE), []);
    assert.deepEqual(flagged('坐席:对不起,线路不好,我听不清您的声音,稍后再与您联系,再见!\n', RULE), []);
  });

  it('takes the alternative from the same turn or the agent\'s next', () => {
    // negative-wording off: the flat 这个办不了 is then this rule's.
    const off = { config: { rules: { 'negative-wording': 'off' as const } } };
    assert.deepEqual(flagged('坐席:这个业务无法办理,建议您到营业厅咨询。\n', RULE), []);
    assert.deepEqual(flagged('坐席:这个办不了。\n客户:那怎么办?\n坐席:我可以为您登记,有消息第一时间通知您。\n', RULE, off), []);
    // Only the next agent turn: the first refusal is still flat when the alternative comes two turns later.
    const late = '坐席:这个办不了。\n客户:那怎么办?\n坐席:确实办不了。\n客户:好吧。\n坐席:我可以为您登记。\n';
    assert.deepEqual(findingsOf(late, RULE, off).map((f) => f.start), [late.indexOf('办不了')]);
  });

  it('takes where it can be done for the way offered (到营业厅才能办理, 可到…办理), unless negated', () => {
    assert.deepEqual(flagged('坐席:这项业务需要您本人带身份证到营业厅才能办理,在网上是不能办理的。\n', RULE), []);
    assert.deepEqual(flagged('坐席:这项业务在网上不能办理,可到任意营业厅办理。\n', RULE), []);
    assert.deepEqual(flagged('坐席:這項業務在網上不能辦理,可前往任意營業廳辦理。\n', RULE), []);
    assert.deepEqual(flagged('坐席:这项业务在网上不能办理,也不可到营业厅办理。\n', RULE), ['不能办']);
  });

  it('lets polite forms, conditions and questions pass', () => {
    for (const t of ['我不能让您久等,马上为您查询。', '如果不能按时到达,我们会提前通知您。', '不行的话,您可以换一个时间。', '这样可不可以?', '您看行不行?', '这个能不能办?', '请问这个不能退吗?']) {
      assert.deepEqual(flagged(`坐席:${t}\n`, RULE), [], t);
    }
  });

  it('leaves 我不能, 做不了 and 没办法 to negative-wording: one finding per piece of text', () => {
    const text = '坐席:我不能帮您退款。这个我做不了。\n';
    assert.deepEqual(flagged(text, RULE), []);
    assert.deepEqual(flagged(text, 'negative-wording'), ['我不能', '做不了']);
    // With negative-wording off, the refusal is still this rule's to report.
    const off = { config: { rules: { 'negative-wording': 'off' as const } } };
    assert.deepEqual(flagged('坐席:这个不能退。\n', RULE, off), ['不能退']);
  });

  it('has nothing to say where nobody refuses', () => {
    assert.deepEqual(findingsOf('坐席:您好,请问有什么可以帮您?\n客户:查话费。\n坐席:您本月话费58元。\n', RULE), []);
  });

  it('offers, as a choice, to pass the request on after the sentence, in the line\'s script', () => {
    const text = '坐席:我們暫時無法為您開通。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(f.fixes.length, 1);
    assert.ok(!f.fixes[0].preferred);
    const fixed = applyFixes(text, f.fixes[0].edits).text;
    assert.equal(fixed, '坐席:我們暫時無法為您開通，我幫您反饋給相關部門處理。\n');
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  it('adds the words after a placeholder that ends the sentence, never inside its braces', () => {
    const text = '坐席:这个业务无法为您开通,单号{订单号}\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(applyFixes(text, f.fixes[0].edits).text, '坐席:这个业务无法为您开通,单号{订单号},我帮您反馈给相关部门处理\n');
  });

  it('flags a no given as the consequence of a reason or a rule, one not ours to give, and 想…没门, whatever the verb', () => {
    assert.deepEqual(flagged('客户:现在通的怎么还是煤气?\n坐席:天然气灶烧煤气会有安全隐患,因此无法通气。\n', RULE), ['无法通气']);
    assert.deepEqual(flagged('坐席:这是公司政策,无法突破。\n', RULE), ['无法突破']);
    assert.deepEqual(flagged('坐席:這是公司政策,無法突破。\n', RULE), ['無法突破']);
    assert.deepEqual(flagged('坐席:这个号码是厂家的道路救援电话,无权处理此事。\n', RULE), ['无权处理']);
    assert.deepEqual(flagged('客户:你们的投诉电话是多少?\n坐席:没有投诉电话,想投诉没门。\n', RULE), ['没门']);
    // With a way offered in the same turn, it passes.
    assert.deepEqual(flagged('坐席:商品经核实不存在问题,因此无法为您退款,建议您通过平台官方渠道进一步沟通。\n', RULE), []);
    assert.deepEqual(flagged('坐席:这是公司政策,无法突破,我可以为您申请一张优惠券。\n', RULE), []);
    assert.deepEqual(flagged('坐席:因此无法通气,我们明天上午派师傅上门为您更换阀门,您看可以吗?\n', RULE), []);
    assert.deepEqual(flagged('坐席:所以无法提供快递点电话,只能为您标注加急处理。\n', RULE), []);
    assert.deepEqual(flagged('坐席:这是厂家的救援电话,无权处理此事,建议您拨打经销商的售后电话。\n', RULE), []);
  });

  it('reads the same request asked again as another draft of the answer, not the way offered', () => {
    const drafts = '客户:这件商品我想退货。\n坐席:按照政策,我们无法支持退货,请谅解。\n客户:这件商品我想退货。\n坐席:我们理解您的需求,会尽快为您办理。\n';
    assert.equal(findingsOf(drafts, RULE).length, 1);
    const answered = '客户:这件商品我想退货。\n坐席:按照政策,我们无法支持退货。\n客户:那怎么办?\n坐席:我可以为您申请换货。\n';
    assert.deepEqual(findingsOf(answered, RULE), []);
  });

  describe('a rule recited as the whole answer (002 §3.2: say what the customer can do)', () => {
    const flags: Array<[string, string]> = [
      ['客户:这张年卡能退吗?\n坐席:按照会员协议,会费一律不退。\n', '按照会员协议,会费一律不退'],
      ['客户:我帮我爸取票可以吗?\n坐席:认票不认人。\n', '认票不认人'],
      ['客户:谁定的这个规矩?\n坐席:是我们店里规定的。\n', '是我们店里规定的'],
      ['客户:能先受理吗?\n坐席:必须先交齐材料,否则不予受理。\n', '必须先交齐材料,否则不予受理'],
      // A no the refusal patterns already read keeps its own finding: one finding for one refusal.
      ['客户:可以換嗎?\n坐席:依照本店規定,特價品不能退換。\n', '不能退'],
      ['客户:押金条丢了,能退押金吗?\n坐席:没有押金条,押金一律不退。\n', '没有押金条,押金一律不退'],
      ['客户:能通融一下吗?\n坐席:公司有制度,这个必须本人来签字。\n', '公司有制度,这个必须本人来签字'],
    ];
    for (const [text, want] of flags) {
      it(`flags ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(text, RULE), [want]);
      });
    }
    for (const text of [
      // The way given, in the same turn or the next.
      '客户:能代办吗?\n坐席:按规定需要本人办理,您可以带上委托书来办。\n',
      '客户:这个能退吗?\n坐席:按规定这个不能退,我可以帮您换一件。\n',
      '客户:能找她吗?\n坐席:对不起,单位有规定,上班时间不允许接听私人电话,请您下班后再与她联系。\n',
      '客户:能退吗?\n坐席:按规定不能退。\n客户:那怎么办?\n坐席:您可以到门店换购其他商品。\n',
      // The information asked for, or the rule asked about.
      '客户:可以退货吗?\n坐席:保留单据七日内可退货。\n',
      '客户:你们的退货政策是什么?\n坐席:一经售出概不退换,有质量问题的除外。\n',
      // A rule explained, a rule that binds the staff, a fact beside a contract, a condition.
      '坐席:我们这里,超过一万就要问的。这是规定,请您配合一下。\n',
      '坐席:物管公司有规定,肯定不允许保安与业主发生冲突。\n',
      '坐席:您的时间不够了,您续费延长一下合同时间吧。\n',
      '坐席:如果按规定可以退,我马上为您办理。\n',
      '坐席:请您按规定方向行驶,谢谢。\n',
      // The step the customer can take now, before the rule bites.
      '客户:这件能退吗?\n坐席:不好意思,特价商品是不能退换的,请您先看看有没有瑕疵。\n',
    ]) {
      it(`passes ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(text, RULE), []);
      });
    }
  });
});
