import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

/**
 * The kinds of answer held-out 11 missed, as classes (answers.md): work pushed back to the
 * customer, a counter's flat no, come back another time, nothing left, someone away with nothing
 * offered. Each with the polite look-alikes that share its words.
 */
const line = (text: string) => (text.includes('\n') ? text : `坐席:${text}\n`);

function expect(rule: string, cases: Array<[string, string[]]>) {
  for (const [text, want] of cases) {
    it(`${want.length > 0 ? 'flags' : 'passes'} ${JSON.stringify(text)} (${rule})`, () => {
      assert.deepEqual(flagged(line(text), rule), want);
    });
  }
}

describe('work pushed back to the customer (negative-wording, 推诿)', () => {
  expect('negative-wording', [
    ['改签的事请自行处理。', ['请自行处理']],
    ['快递丢了你们自己联系快递公司。', ['你们自己联系']],
    ['那个要您自己去官网查。', ['您自己去官网查']],
    ['找售后处理。', ['找售后处理']],
    ['这个建议您咨询别的客服。', ['建议您咨询别的客服']],
    ['那是您和商家之间的纠纷。', ['那是您和商家之间的纠纷']],
    ['具体情况我们不方便透露。', ['不方便透露']],
    ['不是我们不给退,是系统不让退。', ['不是我们不给退,是系统']],
    ['这不是您的问题,是系统的原因。', []],
    ['不是我们不想帮您,是系统确实无法办理,我帮您登记一下。', []],
    ['這個要您自行聯繫物業解決。', ['您自行聯繫']],
    // The agent acts, or offers a way beside it; or the customer's own part is asked for.
    ['请您自行保管好随身物品。', []],
    ['您也可以自己在官网上查询进度。', []],
    ['这项业务在社区办,我可以帮您问一下。', []],
    ['您可以拨打95588咨询,我这边同时为您登记。', []],
    ['我自己去处理,您放心。', []],
    ['这个问题需要去信访办公室反映。', []],
  ]);
});

describe('a counter\'s flat no, a refusal to the last cent, a refusal as impossible (negative-wording)', () => {
  expect('negative-wording', [
    ['我们这边不能刷卡。', ['我们这边不能刷卡']],
    ['本店不收支票。', ['本店不收支票']],
    ['這裡不辦。', ['這裡不辦']],
    ['我们这里没有这项服务。', ['我们这里没有这项服务']],
    ['一毛钱都不能少。', ['一毛钱都不能少']],
    ['已经拆封了,不可能全额退款。', ['不可能全额退款']],
    ['这个我不敢收。', ['这个我不敢收']],
    ['特价的,这个没得退。', ['这个没得退']],
    ['没得说,服务真好。', []],
    ['我们不收任何费用。', []],
    ['这里不收手续费。', []],
    ['我们暂时不支持这种支付方式,您可以用微信支付。', []],
    ['我们不能让您久等。', []],
  ]);
});

describe('come back another time, nothing left, someone away (refusal-alternative)', () => {
  expect('refusal-alternative', [
    ['客户:今天能来装吗?\n坐席:师傅都派出去了。\n', ['师傅都派出去了。']],
    ['客户:还有号吗?\n坐席:全约满了。\n', ['全约满了。']],
    ['客户:请问王主任在吗?\n坐席:主任去开会了,不在。\n', ['主任去开会了,不在。']],
    ['客户:店长在吗?\n坐席:她早回去了。\n', ['她早回去了。']],
    ['客户:能派人来吗?\n坐席:师傅都派出去了,我帮您登记,下午两点前安排。\n', []],
    ['客户:今天能来修吗?\n坐席:太远了,我们明天再来。\n', []],
    ['客户:请问王主任在吗?\n坐席:主任去开会了,不在,我帮您转告他好吗?\n', []],
  ]);
});

describe('when left to someone else, or not known (vague-wording)', () => {
  expect('vague-wording', [
    ['客户:哪天能上门?\n坐席:具体时间由师傅跟您商定。\n', ['具体时间由师傅跟您商定']],
    ['客户:他什么时候回来?\n坐席:不知道什么时候回来。\n', ['不知道']],
    ['客户:经理什么时候回来?\n坐席:他出差了,不知啥时候能回。\n', ['不知啥时候能回']],
    ['客户:我的宽带为什么还不能用?\n坐席:系统处理中。\n', ['系统处理中。']],
    ['客户:哪天能上门?\n坐席:具体时间师傅明天上午十点前打电话跟您约。\n', []],
  ]);
});
