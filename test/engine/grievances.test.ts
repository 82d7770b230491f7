import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

const RULE = 'apology-first';

/** The agent's reply flagged after the customer's side, if any. */
function answered(customer: string, agent: string): string[] {
  return flagged(`${customer.startsWith('【') ? customer : `客户:${customer}`}\n坐席:${agent}\n`, RULE);
}

const REPLY = '这个是按流程办的。';
const FLAGGED = ['这个是按流程办的'];

/** Each shape: what it says, whether the customer's turns are grievances, and the turns. */
const SHAPES: Array<[string, boolean, string[]]> = [
  [
    'hears why the service did not act, in any words',
    true,
    ['你们为什么不回我消息?', '师傅昨天怎么没上门?', '大热天的咋不开冷气呀?', '凭什么不给我开发票?', '點解你哋唔幫我登記?', '你们为什么没有提前说清楚收费?'],
  ],
  [
    'passes why a thing cannot be, is missing, or is done the way it is',
    false,
    ['这个怎么不需要密码?', '手机怎么连不上这个网络?', '我点的那份为什么没有?', '为什么不用填身份证号?', '这个按钮怎么不一样了?', '你怎么知道我的地址?'],
  ],
  [
    'hears an account demanded of something the turn says went wrong',
    true,
    ['燃气表装了半个月还没通气,这到底怎么回事?', '师傅把我家地板弄坏了就走了,你们怎么解释?', '我的积分被清零了,你们得给个说法。', '没用过的流量也要收钱,这合理吗?', '住户说物业没通知就把车位锁了,你们怎么说?'],
  ],
  [
    'passes an account asked of nothing wrong',
    false,
    ['这个新套餐是怎么回事?', '合同第五条你们怎么解释?', '这个价格合理吗?', '我不知道这是怎么回事,能讲讲吗?'],
  ],
  [
    'hears a suspicion, or a wrong done behind the customer\'s back',
    true,
    ['我怀疑这台电脑是翻新机。', '营业员擅自给我开了彩铃。', '他们强行收了我两百块押金。', '销售替我签了分期合同,我根本不知道。', '我质疑这次的检测结果。'],
  ],
  [
    'passes a tentative doubt and the compulsory insurance',
    false,
    ['我怀疑是不是我输错密码了?', '交强险多少钱一年?', '强制险可以在你们这里买吗?'],
  ],
  [
    'hears the service\'s own work failing soon after',
    true,
    ['热水器装好才三天就漏水了。', '空调修完没两天又不制冷了。', '保养过才一个月就亮故障灯。'],
  ],
  [
    'passes work done and asked about',
    false,
    ['热水器装好就能用了吗?', '修好了要多少钱?', '换完电池就不用再充了吗?'],
  ],
];

describe('apology-first: a grievance heard by how the turn is built', () => {
  for (const [name, grievance, turns] of SHAPES) {
    it(name, () => {
      for (const t of turns) assert.deepEqual(answered(t, REPLY), grievance ? FLAGGED : [], t);
    });
  }

  it('reads the situation told as a direction the same way', () => {
    assert.deepEqual(answered('【店员趁客户不注意,擅自给客户办了会员卡】', REPLY), FLAGGED);
    assert.deepEqual(answered('【客户来电咨询怎么办会员卡】', REPLY), []);
  });

  it('asks nothing more once the reply opens with an apology', () => {
    assert.deepEqual(answered('你们为什么不回我消息?', '非常抱歉,是我们的疏忽,马上为您处理。'), []);
  });
});
