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
    assert.deepEqual(reply('是不是您本人办理的?', '是的。'), []);
    assert.deepEqual(reply('我用了一年了,想问一下怎么续费?', '您可以在手机上续费。'), []);
  });

  it('hears a complaint relayed by a reporter or the public, not a calm word passed on', () => {
    assert.deepEqual(reply('居民反映你们收了钱没开发票,是这样吗?', '发票要月底统一开。'), ['发票要月底统一开']);
    assert.deepEqual(reply('网友说你们的快递员把包裹扔在路边,这是怎么回事?', '快递员当时在赶时间。'), ['快递员当时在赶时间']);
    assert.deepEqual(reply('業主說你們一直沒來修。', '材料還沒到。'), ['材料還沒到']);
    // A trouble of the customer's own asked about, a relative's word, a direction narrating a report.
    assert.deepEqual(reply('车主说年检过不了,想问你们怎么办?', '可以来店里代办年检。'), []);
    assert.deepEqual(reply('我老公说你们明天来装机,是吗?', '是的,明天上午。'), []);
  });
});
