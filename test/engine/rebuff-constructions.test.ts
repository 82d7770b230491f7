import { strict as assert } from 'node:assert';
import { findingsOf, flagged } from '../helpers';

/**
 * Rebuffs said to 您 as easily as to 你, so polite-pronoun does not catch them: the customer's request
 * judged, a challenge for wanting anything, unreasonableness alleged, an order to listen or to make
 * sense, an order to stop talking of it, worry or words declared useless, a competitor pointed to,
 * the question pushed back, take it or leave it. Each with polite look-alikes that share its words;
 * the lines are written for these tests, not taken from a wild set or an eval corpus.
 */

const line = (text: string) => `坐席:${text}\n`;
const TONE_RULES = new Set(['taboo-phrase', 'interrogative-tone', 'negative-wording']);

const CASES: Array<[string, Array<[string, string]>, string[]]> = [
  [
    "the customer's request or words judged",
    [
      ['您这要求太过分了。', '您这要求太过分'],
      ['您的说法也太可笑了。', '您的说法也太可笑'],
      ['你這個理由實在荒唐。', '你這個理由實在荒唐'],
    ],
    ['您的要求一点也不过分,我马上为您申请。', '这个问题有点复杂,我帮您转给专员。'],
  ],
  [
    'a challenge for wanting anything',
    [
      ['那您想干嘛?', '那您想干嘛'],
      ['你想干什么?', '你想干什么'],
    ],
    ['您想怎么样处理比较合适?', '您看这样安排怎么样?', '您想干什么工作,我为您推荐岗位。'],
  ],
  [
    'unreasonableness alleged',
    [
      ['您能不能讲点道理?', '您能不能讲点道理'],
      ['你这人讲不讲道理?', '你这人讲不讲道理'],
    ],
    ['我们跟您讲讲道理,这个费用是这样来的。', '这个规定确实有它的道理。'],
  ],
  [
    'an order to listen or to make sense',
    [
      ['您听清楚了。', '您听清楚了'],
      ['你给我听好了!', '你给我听好了'],
      ['您先把问题说清楚。', '您先把问题说清楚'],
    ],
    ['请您先把问题说清楚,我好为您记录。', '您听清楚了吗?', '我听清楚了,您是要退货。', '麻烦您先把地址说清楚。'],
  ],
  [
    'an order to stop talking of it',
    [
      ['您别跟我说这些。', '您别跟我说这些'],
      ['您不要跟我讲那些。', '您不要跟我讲那些'],
    ],
    ['您不要跟我说密码,注意防范诈骗。', '您别跟我客气。'],
  ],
  [
    'worry or words declared useless',
    [
      ['您急也没用。', '急也没用'],
      ['您说这些有什么用?', '说这些有什么用'],
      ['吵也没用。', '吵也没用'],
    ],
    ['着急也没用,我帮您想办法。', '我们急也没用,得等厂家回复。', '这个功能有什么用?我为您介绍一下。'],
  ],
  [
    'a competitor pointed to',
    [
      ['嫌贵您去别家看看。', '去别家看看'],
      ['要不您找别的商家吧。', '找别的商家吧'],
    ],
    ['您可以去我们别的门店看看。', '这款别家也有卖,但我们提供保修。'],
  ],
  [
    'the question pushed back',
    [
      ['这个您不用问我。', '不用问我'],
      ['问我也没用。', '问我也没用'],
      ['您问我我问谁?', '问我我问谁'],
    ],
    ['有问题您随时问我。', '您不用问我要验证码,我们不会索取。'],
  ],
  [
    'take it or leave it',
    [
      ['我们这里就这条件。', '就这条件'],
      ['爱要不要。', '爱要不要'],
    ],
    ['我们这里的条件就是这样安排的,您看可以吗?', '这个服务就这个价格,我帮您算一下优惠。'],
  ],
];

describe('rebuffs said to 您 as well as to 你', () => {
  for (const [name, hits, clean] of CASES) {
    describe(name, () => {
      for (const [text, expected] of hits) {
        it(`flags "${expected}" in "${text}"`, () => {
          assert.ok(flagged(line(text), 'taboo-phrase').some((f) => f.includes(expected)), JSON.stringify(flagged(line(text))));
        });
      }
      for (const text of clean) {
        it(`leaves "${text}" clean`, () => {
          assert.deepEqual(findingsOf(line(text)).filter((f) => TONE_RULES.has(f.rule)).map((f) => `${f.rule}: ${line(text).slice(f.start, f.end)}`), []);
        });
      }
    });
  }
});

describe("the customer's family dragged into abuse", () => {
  for (const [text, expected] of [
    ['你妈卖了淫,还是你吸了毒?', '你妈'],
    ['你祖宗十八代都欠你的?', '你祖宗'],
    ['您全家不得好死。', '您全家不得好死'],
  ]) {
    it(`flags "${expected}" in "${text}"`, () => {
      assert.ok(flagged(line(text), 'taboo-phrase').includes(expected), JSON.stringify(flagged(line(text))));
    });
  }
  for (const text of ['您妈妈的电话是多少?', '您妈在家吗?', '请问您母亲在家吗?', '我们为您全家提供保障。', '您娘家在哪里?']) {
    it(`leaves "${text}" clean`, () => {
      assert.deepEqual(findingsOf(line(text)).filter((f) => TONE_RULES.has(f.rule)).map((f) => f.rule), []);
    });
  }

  it('offers 您 on such a line, never writes it into the abuse', () => {
    const fixes = findingsOf(line('你妈卖了淫,还是你吸了毒?'), 'polite-pronoun').flatMap((f) => f.fixes ?? []);
    assert.ok(fixes.length > 0 && fixes.every((f) => !f.preferred));
  });
});

describe('a construction that covers a listed 推诿 leaves it to negative-wording', () => {
  it('reports 找领导也没用 inside 去找领导也没用 as the listed phrase, once', () => {
    const findings = findingsOf(line('您去找领导也没用。')).filter((f) => TONE_RULES.has(f.rule));
    assert.deepEqual(findings.map((f) => [f.rule, line('您去找领导也没用。').slice(f.start, f.end)]), [['negative-wording', '找领导也没用']]);
  });
});
