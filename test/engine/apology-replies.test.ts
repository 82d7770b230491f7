import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

const RULE = 'apology-first';
/** The agent's reply after one customer turn: what apology-first flags in it. */
const reply = (customer: string, agent: string) => flagged(`客户:${customer}\n坐席:${agent}\n`, RULE);

describe('apology-first: grievances heard by their shape, and answers that explain, deny or defend', () => {
  it('hears how staff treated the customer, a wrong done on purpose, a service that will not act, nobody to explain', () => {
    assert.deepEqual(reply('你们营业员的态度太差了。', '我们是按排队顺序办理的。'), ['我们是按排队顺序办理的']);
    assert.deepEqual(reply('你們服務台態度很惡劣。', '當時人很多。'), ['當時人很多']);
    assert.deepEqual(reply('我看你们就是故意拖着不给我退。', '退款要走审批。'), ['退款要走审批']);
    assert.deepEqual(reply('邻居家都修好了,你们就是不来我家。', '师傅今天排满了。'), ['师傅今天排满了']);
    assert.deepEqual(reply('等了一上午,也没人给我们解释一句。', '今天系统升级。'), ['今天系统升级']);
    assert.deepEqual(reply('这次投诉处理不当,我很有意见。', '工单已经结了。'), ['工单已经结了']);
    // Not a grievance: 不是故意的 owns nothing done on purpose; a manner asked about; a calm request.
    assert.deepEqual(reply('我不是故意按错的,能改吗?', '可以的,我帮您改一下。'), []);
    assert.deepEqual(reply('你们那个客服态度挺好的,我想表扬她。', '谢谢您,我们会转达。'), []);
  });

  it('hears a customer kept, trapped or holding nothing but a machine that took their money', () => {
    assert.deepEqual(reply('我在大厅排了一个多小时的队。', '今天办业务的人多。'), ['今天办业务的人多']);
    assert.deepEqual(reply('电梯坏在半路,我女儿被困了二十分钟!', '维保单位已经到了。'), ['维保单位已经到了']);
    assert.deepEqual(reply('取款机把我的两千块钱吞了!', '要等工作日清机才能处理。'), ['要等工作日清机才能处理']);
    assert.deepEqual(reply('我想问一下现在排队要多久?', '大概二十分钟。'), []);
  });

  it('hears asking again and again, distrust said outright, an accusation, a long wait pressed', () => {
    assert.deepEqual(flagged('【客户反复打电话催了五六次】\n坐席:师傅在路上。\n', RULE), ['师傅在路上']);
    assert.deepEqual(reply('表都走不准了,让我们怎么相信?', '表是检定合格的。'), ['表是检定合格的']);
    assert.deepEqual(reply('包裹上这几个脏字,是不是你们写的?', '不是我们写的。'), ['不是我们写的']);
    assert.deepEqual(reply('申请都半年了,到底什么时候批?', '还在走流程。'), ['还在走流程']);
    assert.deepEqual(reply('维修的事,到底什么时候能修好?', '师傅在排期。'), ['师傅在排期']);
    assert.deepEqual(reply('我們從中午等到現在,還要多久?', '前面還有五位。'), ['前面還有五位']);
    assert.deepEqual(reply('楼里的电梯这周失灵三次了!', '维保公司在查原因。'), ['维保公司在查原因']);
    assert.deepEqual(reply('我们要和你们的负责人通话。', '经理在开会。'), ['经理在开会']);
    assert.deepEqual(reply('这个功能到底怎么用?', '您点右上角的设置。'), []);
    assert.deepEqual(reply('是不是您本人办理的?', '是的。'), []);
    assert.deepEqual(reply('我用了一年了,想问一下怎么续费?', '您可以在手机上续费。'), []);
  });

  it('hears a complaint relayed by a reporter or the public, not a calm word passed on', () => {
    assert.deepEqual(reply('居民反映你们收了钱没开发票,是这样吗?', '发票要月底统一开。'), ['发票要月底统一开']);
    assert.deepEqual(reply('网友说你们的快递员把包裹扔在路边,这是怎么回事?', '快递员当时在赶时间。'), ['快递员当时在赶时间']);
    assert.deepEqual(reply('業主說你們一直沒來修。', '材料還沒到。'), ['材料還沒到']);
    assert.deepEqual(reply('他说刹车异响的问题,你们有没有检查过?', '现在我们不谈这个事。'), ['现在我们不谈这个事']);
    assert.deepEqual(reply('其他人说你们周末也上班?', '是的,周末照常上班。'), []);
    // A trouble of the customer's own asked about, a relative's word, a direction narrating a report.
    assert.deepEqual(reply('车主说年检过不了,想问你们怎么办?', '可以来店里代办年检。'), []);
    assert.deepEqual(reply('我老公说你们明天来装机,是吗?', '是的,明天上午。'), []);
  });

  it('asks the apology again of another answer to a grievance still open that explains, denies or defends', () => {
    // A new respondent, or the reporter asking on, after an answer that did not apologise.
    const asked = (answer: string) =>
      flagged(`客户:你们的快递员把我的包裹扔在楼下,是不是你们扔的?\n坐席:我没有扔过。\n【客户找到站点经理】\n坐席:${answer}\n`, RULE);
    assert.deepEqual(asked('确实是快递员小王放错的。'), ['我没有扔过', '确实是快递员小王放错的']);
    assert.deepEqual(asked('是因为当天件太多造成的。'), ['我没有扔过', '是因为当天件太多造成的']);
    assert.deepEqual(asked('经核实,快递员的派送流程正常。'), ['我没有扔过', '经核实,快递员的派送流程正常']);
    assert.deepEqual(asked('我们是按流程操作的。'), ['我没有扔过', '我们是按流程操作的']);
    assert.deepEqual(asked('现在我们不谈这个事,先说赔偿。'), ['我没有扔过', '现在我们不谈这个事,先说赔偿']);
    assert.deepEqual(asked('請相信,我們的快遞員都很規範。'), ['我没有扔过', '請相信,我們的快遞員都很規範']);
    assert.deepEqual(asked('系统故障,查不到派送记录。'), ['我没有扔过', '系统故障,查不到派送记录']);
    assert.deepEqual(asked('这里是不允许录音的。'), ['我没有扔过', '这里是不允许录音的']);
    // Another answer that says what will be done, or the same respondent going on with no new answer begun: not asked again.
    assert.deepEqual(asked('我们会联系您确认包裹的情况。'), ['我没有扔过']);
    assert.deepEqual(
      flagged('客户:你们的快递员把我的包裹扔在楼下,是不是你们扔的?\n坐席:我没有扔过。\n坐席:是因为当天件太多造成的。\n', RULE),
      ['我没有扔过'],
    );
    // Once an answer apologised, or the customer went on calmly, the grievance is not open.
    assert.deepEqual(
      flagged('客户:是不是你们扔的?\n坐席:非常抱歉,是我们的失误。\n【客户找到站点经理】\n坐席:是因为当天件太多造成的。\n', RULE),
      [],
    );
    assert.deepEqual(
      flagged('客户:是不是你们扔的?\n坐席:我没有扔过。\n客户:好吧,那包裹现在在哪?\n【站点经理查询后】\n坐席:是因为当天件太多造成的。\n', RULE),
      ['我没有扔过'],
    );
  });

  it('counts no regret hedged on what may have happened as the apology', () => {
    assert.deepEqual(reply('我的订单被你们弄丢了!', '对于可能造成的不便,我们感到抱歉。'), ['对于可能造成的不便,我们感到抱歉']);
    assert.deepEqual(reply('我的订单被你们弄丢了!', '如有不便,敬请谅解。'), ['如有不便,敬请谅解']);
    assert.deepEqual(reply('我的訂單被你們弄丟了!', '若給您帶來困擾,深表遺憾。'), ['若給您帶來困擾,深表遺憾']);
    // An apology said outright, with or without the hedge after it.
    assert.deepEqual(reply('我的订单被你们弄丢了!', '非常抱歉,如有不便敬请谅解,我马上为您查找。'), []);
    assert.deepEqual(reply('我的订单被你们弄丢了!', '可能给您带来了不便,非常抱歉。'), []);
    // A hedged regret as another answer to a grievance still open is asked the apology too.
    assert.deepEqual(
      flagged('客户:我的订单被你们弄丢了!\n坐席:感谢您的反馈。\n【第二段】\n坐席:对于可能造成的不便,我们感到抱歉。\n', RULE),
      ['感谢您的反馈', '对于可能造成的不便,我们感到抱歉'],
    );
  });

  it('passes the complaint granted and acted on once an answer to it showed understanding', () => {
    const after = (first: string, then: string) =>
      flagged(`客户:燃气还是打不着,我要投诉你们!\n坐席:${first}\n【用户坚持要投诉】\n坐席:${then}\n`, RULE);
    assert.deepEqual(after('我理解您的心情,我们先试一下。', '可以的,我们先把您的问题解决了最重要。'), []);
    assert.deepEqual(after('我理解您的心情,我们先试一下。', '好的,我马上为您登记投诉。'), []);
    // Granted with no understanding shown before, or an explanation in its place: asked.
    assert.deepEqual(after('您先按我说的试一下。', '可以的,我们先把您的问题解决了最重要。'), [
      '您先按我说的试一下',
      '可以的,我们先把您的问题解决了最重要',
    ]);
    assert.deepEqual(after('我理解您的心情,我们先试一下。', '这是因为阀门没开。'), ['这是因为阀门没开']);
  });

  it('asks the apology of an overcharge told to the customer, complaint or none', () => {
    assert.deepEqual(flagged('【回访】\n坐席:经核算,您上个月被多扣了20元流量费。\n', RULE), ['经核算,您上个月被多扣了20元流量费']);
    assert.deepEqual(flagged('坐席:系統重複扣了您一次月費,明天退回。\n', RULE), ['系統重複扣了您一次月費,明天退回']);
    assert.deepEqual(flagged('坐席:系统多扣了您一次月费,明天退回。\n', RULE), ['系统多扣了您一次月费,明天退回']);
    assert.deepEqual(flagged('坐席:非常抱歉,您上个月被多扣了20元,明天退回。\n', RULE), []);
    assert.deepEqual(flagged('坐席:如果您被多扣了费用,我们会全额退还。\n', RULE), []);
    assert.deepEqual(flagged('坐席:电费我们不能多收。\n', RULE), []);
  });

  it('asks the apology of a denial or an explanation with a vague or negative word inside it, not of the bare phrase', () => {
    assert.deepEqual(reply('你们收了钱不办事,我要投诉!', '我们的同事绝对不会这样做,估计是存在一些误会。'), [
      '我们的同事绝对不会这样做,估计是存在一些误会',
    ]);
    // The answer that is the phrase itself stays that rule's finding alone.
    assert.deepEqual(reply('你们收了钱不办事,我要投诉!', '不知道。'), []);
  });
});

