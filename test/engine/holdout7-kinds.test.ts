import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

/**
 * The kinds read from held-out 7's first blind run (eval/holdout7/SOURCES.md, "Kinds generalised
 * since"): each kind's forms written here, not the corpus's lines, with polite look-alikes that must
 * stay clean.
 */
const agent = (line: string): string => `坐席:${line}\n`;

describe('holdout7 kinds', () => {
  it('wait-thanks: a wait measured as 等一等 / 等一会儿, or a seat offered while the agent works', () => {
    for (const line of ['请您等一等,师傅马上过来。', '你先等一会儿,我去问问。', '麻烦您等一会儿。', '请坐一会儿,我马上帮您安排。', '請您坐一下,我盡快幫您處理。']) {
      assert.equal(flagged(agent(line), 'wait-thanks').length, 1, line);
    }
    for (const line of ['请坐,请问您办理什么业务?', '等一会儿我们会给您发短信。', '您等一会儿再打过来试试。', '请您等一等,师傅马上过来。\n客户:好。\n坐席:感谢您的耐心等待。', '请坐一下吧,天气热。']) {
      assert.deepEqual(flagged(agent(line), 'wait-thanks'), [], line);
    }
  });
});

describe('holdout7 kinds: over-promise', () => {
  it('flags an assurance with no mark, a record offered as the guarantee, and a refund whatever the reason', () => {
    for (const line of ['放心,不会有问题的。', '这个不会出错的啦。', '您放心,我们系统从来没出过错。', '我的导航没出过问题。', '买多了用不完也可以退。', '不满意也能全额退款。']) {
      assert.equal(flagged(agent(line), 'over-promise').length, 1, line);
    }
  });
  it('passes a condition, a denial, a hope and a rule', () => {
    for (const line of ['如果按时缴费就不会有问题的。', '不会有问题吗?', '这种情况以前没出过,我们马上核实。', '按照合同约定,课时用不完也可以退。', '用不完的课时可以按规定申请退费。', '不能保证不会出问题的。']) {
      assert.deepEqual(flagged(agent(line), 'over-promise'), [], line);
    }
  });
});

describe('holdout7 kinds: customer-hangs-up-first', () => {
  it("passes a note of calls the caller dialed and was cut off, and still flags the agent's own hang-up", () => {
    for (const text of ['坐席:请拨打客服电话。\n【记者多次拨打该号码,每次接通后即被挂断】\n', '坐席:好的。\n【再打过去,对方直接挂断】\n', '【记者三次致电该公司,均被挂机】\n']) {
      assert.deepEqual(flagged(text, 'customer-hangs-up-first'), [], text);
    }
    for (const text of ['坐席:请拨打客服电话。【挂断】\n客户:喂?\n', '坐席:请问还有别的问题吗?\n客户:有。\n坐席:【挂机】\n']) {
      assert.equal(flagged(text, 'customer-hangs-up-first').length, 1, text);
    }
  });
});

describe('holdout7 kinds: vague-wording', () => {
  it('passes a bare 不知道 answering whether the agent knows something, and still flags it answering what the customer needs', () => {
    for (const text of ['客户:你知道消费者权益保护法第二十四条吗?\n坐席:不知道。\n', '客户:你們知不知道這個規定?\n坐席:我不知道啊。\n']) {
      assert.deepEqual(flagged(text, 'vague-wording'), [], text);
    }
    for (const text of ['客户:我的快递什么时候到?\n坐席:不知道。\n', '客户:你知道我的快递在哪吗?\n坐席:不知道,可能在路上吧。\n']) {
      assert.ok(flagged(text, 'vague-wording').length >= 1, text);
    }
  });
});

describe('holdout7 kinds: negative-wording', () => {
  it("flags the company's part denied, the choice left to the customer with no advice, and no other way", () => {
    for (const line of ['这不是我们公司员工所为。', '那并非本店人员干的。', '划痕不是维修造成的。', '这是乘客自己的选择,我们不提供意见。', '我不会给建议的。', '除了改签,没有其他办法了。', '没有更好的解决方案。']) {
      assert.ok(flagged(agent(line), 'negative-wording').length >= 1, line);
    }
  });
  it('passes a rule given as the reason for a request, a condition, a denial with help, and an offer after no other way', () => {
    for (const line of ['这是规定,请您配合一下。', '按规定需要核实身份,麻烦您出示一下证件。', '如果不是我们的员工所为,我们也会协助您报警。', '经检测,划痕不是维修造成的,我们可以免费为您抛光。', '这是您自己的选择,我们尊重您的决定。', '没有别的办法的话,我帮您申请退票。', '我们一定会想别的办法。']) {
      assert.deepEqual(flagged(agent(line), 'negative-wording'), [], line);
    }
  });
});

describe('holdout7 kinds: refusal-alternative', () => {
  it('flags sending back refused, no returns as the answer, and a must said again to a plea, with nothing offered', () => {
    const cases = [
      '客户:那把包裹退回来吧。\n坐席:包裹无法寄回。\n',
      '客户:我要退费。\n坐席:您买的是促销套餐,一律不退不换。\n',
      '客户:能不能让我到下一站再下车?\n坐席:必须在本站下车。\n',
    ];
    for (const text of cases) assert.equal(flagged(text, 'refusal-alternative').length, 1, text);
  });
  it('passes the same with a way offered, a must that answers a question, and 只能 + what the agent still does', () => {
    const cases = [
      '客户:那把包裹退回来吧。\n坐席:包裹无法寄回,我可以为您改派到附近的驿站。\n',
      '客户:我要退费。\n坐席:特价课不退不换,您可以转给亲友使用。\n',
      '客户:我在哪一站下车?\n坐席:一定要在广州北下车。\n',
      '坐席:快件还在路上,我们无法确认位置,只能为您标注加急处理。\n',
    ];
    for (const text of cases) assert.deepEqual(flagged(text, 'refusal-alternative'), [], text);
  });
});

describe('holdout7 kinds: vague-wording answers', () => {
  it("flags a cause hedged, and a hedge in the agent's second turn on the same question", () => {
    const cases = [
      '客户:为什么老是停电?\n坐席:我们初步认为,停电原因可能是线路老化。\n',
      '客户:到底是什么原因?\n坐席:这种情况以前也有过。\n坐席:可能是设备的事。\n',
    ];
    for (const text of cases) assert.equal(flagged(text, 'vague-wording').length, 1, text);
  });
  it('passes a cause under a condition, with a check offered, unasked, or three agent turns on', () => {
    const cases = [
      '客户:为什么老是停电?\n坐席:如果是线路问题,原因可能是老化,师傅上门后会先进行检测。\n',
      '客户:为什么老是停电?\n坐席:故障原因可能是线路老化,我马上帮您查一下。\n',
      '坐席:您好,请讲。\n坐席:可能是设备的事。\n',
      '客户:为什么老是停电?\n坐席:我们已经派人排查了。\n坐席:排查结果明天出来。\n坐席:可能是设备的事。\n',
    ];
    for (const text of cases) assert.deepEqual(flagged(text, 'vague-wording'), [], text);
  });
});

describe('holdout7 kinds: interrogative-tone', () => {
  it('flags the complaint denied as unthinkable, as a question with or without its mark', () => {
    for (const line of ['我们怎么会把旧手机当新手机卖。', '我们怎么可能骗您呢?', '公司哪会扣您的钱。']) {
      assert.equal(flagged(agent(line), 'interrogative-tone').length, 1, line);
    }
  });
  it('passes the fault owned, a polite question, and the words in a longer sentence', () => {
    for (const line of ['非常抱歉,我们怎么会出这种错,我马上查清楚。', '请问我们怎么可能联系到您?', '我们怎么会不管您呢,这就为您处理。', '我们会把新机寄给您。']) {
      assert.deepEqual(flagged(agent(line), 'interrogative-tone'), [], line);
    }
  });
});

describe('holdout7 kinds: read-back', () => {
  it("passes a figure others were told, relayed to ask the company, and still wants the caller's own read back", () => {
    const relayed = '客户:有市民反映,有人自称物业上门收费,每户收200元,是你们派的吗?\n坐席:我们没有派人上门收费,请大家提高警惕。\n';
    assert.deepEqual(flagged(relayed, 'read-back'), []);
    const own = '客户:我刚交了200元物业费。\n坐席:好的,我们马上给您开收据。\n';
    assert.equal(flagged(own, 'read-back').length, 1);
  });
});
