import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

const RULE = 'apology-first';

/** The agent's reply flagged after the customer's words, if any. */
function answered(customer: string, agent: string): string[] {
  return flagged(`客户:${customer}\n坐席:${agent}\n`, RULE);
}

describe('apology-first: a customer the service failed, by kind', () => {
  it('hears a failure by how long it lasted or how often it came back', () => {
    const reports = [
      '我们楼已经停了两天电了。',
      '网络断了三个多小时,到现在也没人来。',
      '这个月我的网一天掉线五次。',
      '宽带连着断了好几天。',
      '快递五天了还是没动静,也没人打电话。',
      '热线我打了一个星期都打不通。',
      '信用卡被重复扣了两次年费。',
      '我的卡这个月两次被冻结。',
    ];
    for (const r of reports) assert.deepEqual(answered(r, '是线路检修造成的。'), ['是线路检修造成的'], r);
  });

  it('hears waiting, harm, a notice not given, a promise not kept, a thing mishandled or lost', () => {
    const reports = [
      '我在门口等了四十分钟,师傅还没来。',
      '约好上午来修,我请了假白等一上午。',
      '家里暖气还是冰凉的,孩子都冻感冒了。',
      '停电也没有任何通知,冰箱里的东西全坏了。',
      '你们说好今天送到,结果到现在还没影。',
      '我的包裹被送错了地址。',
      '营业员竟然把我的卡号输错了。',
      '行李到现在也找不到,里面都是药。',
      '你们这个服务根本不到位,我要你们领导给个说法。',
      '洗衣机买回来用了两次就坏了,我要退货。',
      '新买的打印机出了问题,你们打算怎么解决?',
      // 002 §3.2 客户不满意: a promise held against what was done, a night call, a loss, staff laying hands, no word given.
      '我开户时跟柜台说好佣金按万分之三收,为什么一直按千分之一收?',
      '半夜三更打电话,你到底是干什么的?',
      '快递丢件了。',
      '司机半路把她赶下车,还伸手要打她,你们怎么处理?',
      '把我们晾在机场候机楼里一个晚上,却连个说法都没有。',
      '一个简单的理论考试,怎么两个月了还没安排?',
      '磨房巷一百六十多户已经停水四天了,原因查到了吗?',
      '到站时车长未等他下车就关门了。',
      '电压只有120伏,电饭煲都煮不熟饭。',
      '我要求留宿陪伴,护士拒绝,点解有啲可以、有啲又唔畀?',
      '技师修车时乱敲他的车门,你们怎么解释?',
    ];
    for (const r of reports) assert.deepEqual(answered(r, '请提供一下您的订单号。'), ['请提供一下您的订单号'], r);
  });

  it('hears an argument put back as a rhetorical question, not a polite check', () => {
    assert.deepEqual(answered('你们说要排队,那刚才那个人不是也没排队吗?', '他是预约的。'), ['他是预约的']);
    assert.deepEqual(answered('难道要我再跑一趟?', '材料不全就得补。'), ['材料不全就得补']);
    assert.deepEqual(answered('是不是明天上午来办?', '是的,上午九点开始。'), []);
  });

  it('reads traditional script the same way', () => {
    assert.deepEqual(answered('網路斷了三天了,還是沒人來修。', '師傅在排班。'), ['師傅在排班']);
  });

  it('passes the same reports answered with an apology or understanding', () => {
    assert.deepEqual(answered('我们楼已经停了两天电了。', '非常抱歉给您带来不便,抢修人员已经在现场。'), []);
    assert.deepEqual(answered('快递五天了还是没动静。', '我非常理解您的心情,马上为您催件。'), []);
    assert.deepEqual(answered('你们病房晚上太吵了,我有意见。', '您提的意见我们诚恳接受,马上提醒值班人员。'), []);
    // 003 三、4 首先表示理解其感受: the feeling named is that understanding.
    assert.deepEqual(answered('快递丢件了。', '您精心挑选的礼物还没收到,肯定很着急,我们马上帮您核查物流轨迹!'), []);
    assert.deepEqual(answered('快递丢件了。', '知道了,我查一下。'), ['知道了,我查一下']);
  });

  it('leaves a calm report, a plain question or a wish alone', () => {
    const calm = [
      ['我家停电了。', '请问您的户号是多少?'],
      ['我没收到验证码。', '请您稍等一分钟后重新获取。'],
      ['东西用了几天就坏了。', '若商品存在质量问题,可联系平台客服申请售后。'],
      ['我想申请退货,要选什么理由?', '您直接选七天无理由退货就可以。'],
      ['请问营业厅几点开门?', '九点开门。'],
      ['我订的房间是两天还是三天?', '您订的是三天。'],
      ['能不能再宽限两天,我还没发工资。', '最晚可以延到本月二十号。'],
      ['我的订单怎么一直没有动静?', '这款商品暂时缺货,您可以选择退款或等待补货。'],
      ['我想找一下你们的王经理。', '王经理的分机是3605。'],
      ['我在停车场停了三个小时车,要交多少钱?', '每小时五元,一共十五元。'],
      ['是每个月扣一次费吗?', '每月一号扣一次。'],
      ['我这张卡两年都没用过,能销户吗?', '可以,请带身份证到网点办理。'],
      ['我重启了还是不行,下一步怎么弄?', '请您检查一下网线是否插好。'],
      ['明天停电,我家冰箱会不会受影响?', '停电四小时,冰箱不开门一般没有影响。'],
      ['请问停电有没有通知?', '通知已经贴在小区公告栏。'],
      ['预计几点能到?我现在还在公司。', '预计下午三点送到。'],
      ['欠费会被停机吗?', '欠费超过三十天会停机。'],
      ['居然这么快就到了,谢谢!', '不客气,祝您生活愉快。'],
      ['我找不到快递单号了。', '请提供一下收件人手机号。'],
      ['这个套餐不是免费的吗?', '这个套餐每月十元。'],
      ['说好的退费怎么办理?', '请带身份证到前台办理。'],
      ['你们晚上几点还能打电话?', '热线24小时有人接听。'],
      ['快递单号丢了怎么查?', '请提供一下收件人手机号。'],
      ['我想打他电话问一下。', '他的分机是3605。'],
      ['凌晨两点能来送件吗?', '凌晨不派件,早上八点开始。'],
      ['明天停水四小时吗?', '是的,上午九点到下午一点。'],
      ['门口消火栓漏水几个月了,环卫局用水不关。', '消火栓取水有明确规定,我们会要求管理部门加强管理。'],
      ['你们等我到了再开门好吗?', '好的,我们等您。'],
      ['有的套餐可以退,有的不可以吗?', '是的,合约套餐不可退。'],
      ['我这个乱码怎么回事?', '请您把编码改成UTF-8。'],
    ];
    for (const [c, a] of calm) assert.deepEqual(answered(c, a), [], c);
  });
});
