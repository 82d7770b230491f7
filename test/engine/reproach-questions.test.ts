import { strict as assert } from 'node:assert';
import { REPROACH_QUESTIONS } from '../../server/src/engine/rules/reproach-questions';
import { flagged } from '../helpers';
import { fullWidth, line, matched } from './construction-table';

/**
 * 质问 and 反问 read from grammar (reproach-questions.ts): a question about the customer's own slip,
 * a choice that sets the customer against the agent, the agent's task or helplessness thrown back,
 * the customer made to take the agent's place. Each with the polite questions that share its words.
 * The sentences are written for these tests.
 */

const FLAGS: Array<[string, string]> = [
  ['你怎么又把单子填错了?', '怎么又把单子填错'],
  ['讲了三遍了,你怎么还不明白?', '怎么还不明白'],
  ['我再为您说明一下,您怎么还是不懂?', '怎么还是不懂'],
  ['您怎麼又忘帶身份證了?', '怎麼又忘'],
  ['现在才说,怎么不早点讲?', '怎么不早点讲'],
  ['為什麼不提前打電話?', '為什麼不提前打電話'],
  ['别人都按时交了,为什么就你不交?', '别人都按时交了,为什么就你不'],
  ['你懂还是我懂?', '你懂还是我懂'],
  ['你是老师还是我是老师?', '你是老师还是我是老师'],
  ['你是来办事还是来找茬的?', '还是来找茬'],
  ['说了这么多,听明白了吗?', '听明白了吗'],
  ['规定就是这样,我有什么办法。', '我有什么办法'],
  ['谁逼你办卡了?', '谁逼你办卡了'],
  ['已经给你换了新的,还要怎么处理?', '已经给你换了新的,还要怎么处理'],
  ['你算老几?', '你算老几'],
  ['那我该怎么办?', '我该怎么办'],
  ['要是你是医生,你愿意被这样对待吗?', '要是你是医生,你愿意被这样对待吗'],
  ['牌子上写着呢,你的眼睛呢?', '眼睛呢'],
  ['都几点了,您怎么才来?', '怎么才来'],
  ['这单子你怎么填的啊?', '怎么填的啊'],
  ['东西丢了谁来赔?', '谁来赔'],
  ['通知上写得很明白,是哪里看不懂?', '是哪里看不懂'],
  ['你让我帮你排队?', '你让我帮你排队'],
  ['你以为这里是菜市场?', '你以为这里是菜市场'],
  ['我们会不知道规定吗?', '我们会不知道规定吗'],
  ['你知道我是谁吗?', '你知道我是谁吗'],
  ['怎么着?', '怎么着'],
  ['我们已经提醒三次了,不过分吧?', '不过分吧'],
];

const PASSES = [
  '非常抱歉,我们怎么又把您的地址弄错了,马上为您改。',
  '您怎么又不舒服了?我扶您坐下。',
  '您怎么还是不舒服?我陪您去看医生。',
  '您怎么还没收到短信呢?我再给您发一遍。',
  '抱歉,我们怎么没早点通知您,是我们的疏忽。',
  '请问您为什么没有提前预约呢?我帮您看看今天还有没有号。',
  '别人都说好用,您为什么不试试呢?',
  '您先说还是我先说?',
  '请问您是来办业务还是来咨询?',
  '我解释明白了吗?',
  '您还有什么不明白吗?',
  '请问您听明白了吗?',
  '我们有什么办法可以帮您解决,我马上查。',
  '是谁骗了您?我们帮您报警。',
  '您还想怎么处理呢?我们都可以商量。',
  '请问您是哪位?',
  '请问我该怎么帮您?',
  '您看这样可以吗?',
  '如果您方便的话,您愿意参加我们的回访吗?',
  '您的眼睛怎么不舒服?',
  '怎么称呼您?',
  '您怎么了?哪里不舒服?',
  '不知道您是否方便?',
  '您是不是还没收到短信?我再给您发一遍。',
  '您怎么来了?快请坐。',
  '抱歉,我们怎么才到,让您久等了。',
  '您是怎么知道我们的?',
  '请问这件事是谁负责的?',
  '是谁负责的呢?我帮您查一下。',
  '请问您哪里不明白?我再讲一遍。',
  '您还有哪里不明白的吗?',
  '您要我帮您转接吗?',
  '您以为是明天吗?其实是今天下午。',
  '我们会不会收取手续费?不会的,请放心。',
  '您知道我们营业厅在哪里吗?',
  '您看怎么着合适?',
];

describe('reproach questions (interrogative-tone)', () => {
  for (const [text, expected] of FLAGS) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}, in ASCII and full-width punctuation`, () => {
      assert.deepEqual(matched(text, REPROACH_QUESTIONS), [expected]);
      assert.deepEqual(matched(fullWidth(text), REPROACH_QUESTIONS), [fullWidth(expected)]);
      assert.ok(flagged(line(text)).length > 0, text);
    });
  }
  for (const text of PASSES) {
    it(`passes ${JSON.stringify(text)}`, () => {
      assert.deepEqual(matched(text, REPROACH_QUESTIONS), []);
      assert.deepEqual(flagged(line(text), 'interrogative-tone'), []);
    });
  }
});
