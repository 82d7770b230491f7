import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'negative-wording';
const line = (text: string) => `坐席:${text}\n`;
const fixTexts = (text: string) => findingsOf(text, RULE).map((f) => f.fixes.map((x) => (x.preferred ? '*' : '') + x.edits[0].newText));
const fixedOnce = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;

describe('negative-wording', () => {
  describe('flags the negative wording of 002 §1.4.13, 001 自信 and their close variants', () => {
    const cases: Array<[string, string]> = [
      ['这个套餐很划算,但是需要预存话费。', '但是'],
      ['我不能帮您退款。', '我不能'],
      ['这个我不会做。', '我不会做'],
      ['这不是我应该做的。', '这不是我应该做的'],
      ['这不是我的职责。', '这不是我的职责'],
      ['我想我做不了。', '我想我做不了'],
      ['可是系统显示已经扣费了。', '可是'],
      ['这个业务做不了。', '做不了'],
      ['这事不归我管。', '不归我管'],
      ['这事不归我们管。', '不归我们管'],
      ['没办法。', '没办法'],
      ['我们也没有办法。', '没有办法'],
      ['那不是我的职责。', '不是我的职责'],
      ['這不是我的職責。', '這不是我的職責'],
      ['但 是 需要預存。', '但 是'],
      ['沒辦法,系統就是這樣。', '沒辦法'],
    ];
    for (const [text, phrase] of cases) {
      it(`flags exactly ${JSON.stringify(phrase)} in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(line(text), RULE), [phrase]);
      });
    }
  });

  it('is a warning', () => {
    assert.equal(findingsOf(line('但是需要预存。'), RULE)[0].severity, 'warning');
  });

  describe('passes words that only contain a phrase', () => {
    const cases = [
      '这不但是优惠,而且送流量。',
      '您可以办理,但是否需要开通国际漫游?',
      '这可是我们最优惠的套餐。',
      '您可是我们的老客户了。',
      '请问有没有办法联系到机主?',
      '我不能让您久等,马上为您查询。',
      '我不会做出任何损害您利益的事。',
      '谢谢,这是我们应该做的。',
      '我可以为您办理。',
    ];
    for (const text of cases) {
      it(`passes ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(line(text), RULE), []);
      });
    }
  });

  it('flags 可是 where it opens a clause, however the clause is cut', () => {
    assert.deepEqual(flagged(line('这可是最优惠的,可是需要预存。'), RULE), ['可是']);
    // 规定如此 is a denial of its own (rules/denials.ts).
    assert.deepEqual(flagged(line('我理解。可是规定如此'), RULE), ['可是', '规定如此']);
  });

  it('reports the longest phrase once, not the shorter one inside it', () => {
    assert.equal(findingsOf(line('我想我做不了。'), RULE).length, 1);
    assert.equal(findingsOf(line('这不是我的职责。'), RULE).length, 1);
  });

  it('never flags customer lines, stage directions or comments', () => {
    const text = '客户:但是我不能等。\n坐席:好的【但是要语气平和】\n// 但是\n';
    assert.deepEqual(flagged(text, RULE), []);
  });

  it('points at the original characters in UTF-16 units', () => {
    const text = '坐席:😀但是\n';
    const [f] = findingsOf(text, RULE);
    assert.deepEqual([f.start, f.end], [5, 7]);
  });

  describe('fixes', () => {
    it('offers 同时, 另外 and 不过 for 但是 and 可是, none preferred: which one reads right depends on what follows', () => {
      assert.deepEqual(fixTexts(line('但是需要预存。')), [['同时', '另外', '不过']]);
      assert.deepEqual(fixTexts(line('可是需要预存。')), [['同时', '另外', '不过']]);
    });

    it('writes them in the script of the line, though 但是 itself looks the same in both', () => {
      assert.deepEqual(fixTexts(line('這個套餐很划算,但是需要預存。')), [['同時', '另外', '不過']]);
    });

    it('prefers handing over to the right colleague for 这不是我的职责 and 不归我管 where they end a sentence as a clause of their own', () => {
      assert.deepEqual(fixTexts(line('这不是我的职责。')), [['*我帮您联系负责的同事', '这方面的问题将由我们的客户经理向您解答']]);
      assert.deepEqual(fixTexts(line('對不起,不歸我管。'))[0][0], '*我幫您聯繫負責的同事');
    });

    it('only offers the handover where it would not be a sentence (这事…) or would contradict what follows', () => {
      for (const text of ['這事不歸我管。', '这事不归我管。', '这不是我的职责,你去找营业厅吧', '這不是我的職責,但是你可以去營業廳', '这不是我的职责,您去找营业厅吧!']) {
        const [choices] = fixTexts(line(text));
        assert.ok(choices.length === 2 && choices.every((c) => !c.startsWith('*')), `${text}: ${choices.join(' / ')}`);
        assert.equal(fixedOnce(line(text)), line(text));
      }
    });

    it('offers the seed\'s model sentence for a refusal that is a whole clause, and nothing for one inside a clause', () => {
      const [choices] = fixTexts(line('我想我做不了。'));
      assert.equal(choices.length, 2);
      assert.ok(choices.every((c) => !c.startsWith('*')));
      assert.match(choices[0], /^由于条件所限/);
      assert.deepEqual(fixTexts(line('我不能帮您退款。')), [[]]);
    });

    it('uses the config\'s rewording as the preferred fix', () => {
      const config = { rules: { [RULE]: { replacements: { 但是: '同时' } } } };
      const [f] = findingsOf(line('但是需要预存。'), RULE, { config });
      assert.deepEqual(f.fixes.map((x) => [x.preferred, x.edits[0].newText]), [[true, '同时']]);
    });

    it('reports phrases the config adds', () => {
      const config = { rules: { [RULE]: { add: ['办不了'] } } };
      assert.deepEqual(flagged(line('这个办不了。'), RULE, { config }), ['办不了']);
    });

    it('fixes in one pass, only the flagged text, and a second pass changes nothing', () => {
      const text = '坐席:這不是我的職責。但是可以試試。\n客户:这不是我的职责\n';
      const once = fixedOnce(text);
      assert.equal(once, '坐席:我幫您聯繫負責的同事。但是可以試試。\n客户:这不是我的职责\n');
      assert.equal(fixedOnce(once), once);
    });
  });

  describe('constructions: flat refusals, blame-shifting and 但', () => {
    it('flags a flat refusal only where the turn offers nothing instead', () => {
      assert.deepEqual(flagged(line('这个业务无法办理。'), RULE), ['这个业务无法办理']);
      assert.deepEqual(flagged(line('這個業務無法辦理。'), RULE), ['這個業務無法辦理']);
      assert.deepEqual(flagged(line('这个业务无法办理,我可以为您办理另一种套餐。'), RULE), []);
      assert.deepEqual(flagged(line('對不起,這個不能退,請您諒解。'), RULE), []);
    });

    it('reads a flat refusal asked back only with its own ?, not one on the next line', () => {
      assert.deepEqual(flagged(line('不行?'), RULE), []);
      assert.deepEqual(flagged('坐席:不行\n?\n', RULE), ['不行']);
    });

    it('reads a refusal as it reads once the characters nobody sees beside it are gone (hidden-characters deletes them)', () => {
      assert.deepEqual(flagged(line('不行\u202a\u202c?'), RULE), []);
      assert.deepEqual(flagged(line('办不了\u202a\u202c{订单号}'), RULE), []);
      assert.deepEqual(flagged(line('我是客服代表{工号}\u200f但'), RULE), []);
    });

    it('reads 但 or a refusal glued to a placeholder as inside its clause, as the value it stands for', () => {
      assert.deepEqual(flagged(line('我理解您{工号}但'), RULE), []);
      assert.deepEqual(flagged(line('我理解您,但'), RULE), ['但']);
      assert.deepEqual(flagged(line('办不了{订单号}'), RULE), []);
    });

    it('reads a refusal before a masked number as before the number: no flat refusal', () => {
      assert.deepEqual(flagged(line('办不了**************002X'), RULE), []);
      assert.deepEqual(flagged(line('办不了***好'), RULE), ['办不了']);
    });

    it('offers the handover after a flat refusal\'s sentence, not preferred', () => {
      const text = line('这个办不了。');
      const [f] = findingsOf(text, RULE);
      assert.deepEqual(f.fixes.map((x) => x.preferred ?? false), [false]);
      assert.equal(applyFixes(text, f.fixes[0].edits).text, line('这个办不了，我帮您反馈给相关部门处理。'));
    });

    it('offers the handover after a placeholder that ends the sentence, never inside its braces', () => {
      const text = line('这个办不了,单号{订单号}');
      const [f] = findingsOf(text, RULE);
      assert.equal(applyFixes(text, f.fixes[0].edits).text, line('这个办不了,单号{订单号},我帮您反馈给相关部门处理'));
    });

    it('flags 但 opening a clause with 同时/另外/不过 as choices, none preferred', () => {
      const text = line('我们希望友好解决,但如果仍未结清,我们将采取措施。');
      const [f] = findingsOf(text, RULE);
      assert.equal(text.slice(f.start, f.end), '但');
      assert.deepEqual(f.fixes.map((x) => [x.preferred ?? false, x.edits[0].newText]), [[false, '同时'], [false, '另外'], [false, '不过']]);
      assert.deepEqual(flagged(line('我們希望友好解決。但近期資金周轉不便。'), RULE), ['但']);
      for (const t of ['不但优惠,而且送流量。', '但愿您满意。', '您讲的情况我已了解,但还有几个情况请您再讲一下。', '但请您放心。']) {
        assert.deepEqual(flagged(line(t), RULE), [], t);
      }
    });

    it('flags blame put on a colleague, in both scripts, and not a condition', () => {
      assert.deepEqual(flagged(line('是实习生干的。'), RULE), ['是实习生干的']);
      assert.deepEqual(flagged(line('是實習生幹的。'), RULE), ['是實習生幹的']);
      assert.deepEqual(flagged(line('如果不是我们的错,我们也会为您处理。'), RULE), []);
    });
  });

  describe('leaving the customer to find out alone (搪塞)', () => {
    it('flags look-it-up-yourself, not knowing with a send-off, and a narrow job pleaded', () => {
      assert.deepEqual(flagged('坐席:太长了,你自己到网上去搜。\n', 'negative-wording'), ['你自己到网上去搜']);
      assert.deepEqual(flagged('坐席:你们自己去问。\n', 'negative-wording'), ['你们自己去问']);
      assert.deepEqual(flagged('坐席:不晓得,你拨12345问。\n', 'negative-wording'), ['不晓得,你拨12345问']);
      assert.deepEqual(flagged('坐席:我就是管登记的,别的我不懂。\n', 'negative-wording'), ['我就是管登记的,别的我不懂']);
      assert.deepEqual(flagged('坐席:安装师傅只管装机,网速的事他不了解。\n', 'negative-wording'), ['安装师傅只管装机,网速的事他不了解']);
      // Named from its clause's start: the view reads 人多,师傅 as 人多师傅.
      assert.deepEqual(flagged('坐席:今天人多,师傅只管装机,别的不清楚。\n', 'negative-wording'), ['师傅只管装机,别的不清楚']);
      assert.deepEqual(flagged('坐席:司机只负责送货,几点到不知道。\n', 'negative-wording'), ['司机只负责送货,几点到不知道']);
    });

    it('passes a way offered, a question to the customer and a role introduced', () => {
      assert.deepEqual(flagged('坐席:您也可以自己在网上查询。\n', 'negative-wording'), []);
      assert.deepEqual(flagged('坐席:如果方便的话,您可以自己上网查一下进度。\n', 'negative-wording'), []);
      assert.deepEqual(flagged('坐席:不知道您打算什么时候办理?\n', 'negative-wording'), []);
      assert.deepEqual(flagged('坐席:我是负责您这片区域的客户经理,不清楚的随时问我。\n', 'negative-wording'), []);
      assert.deepEqual(flagged('客户:我自己上网去查。\n', 'negative-wording'), []);
      assert.deepEqual(flagged('坐席:快递员负责派送,您不清楚的可以随时问我。\n', 'negative-wording'), []);
      assert.deepEqual(flagged('坐席:工作人员只负责登记,您如果不清楚可以问我。\n', 'negative-wording'), []);
      assert.deepEqual(flagged('坐席:我就是负责这片小区的,有不清楚的随时找我。\n', 'negative-wording'), []);
    });
  });

  describe('the 但 convention: 但 takes back what was granted and passes between two facts; 但是 and 可是, listed, are flagged either way', () => {
    const takesBack: Array<[string, string]> = [
      ['我完全理解您的顾虑,但根据政策无法满足。', '但'],
      ['我们非常希望友好解决,但如果款项仍未结清,我们将采取进一步措施。', '但'],
      ['您是我们的重要客户,一直以来合作非常愉快。但近期请您优先处理尾款。', '但'],
      ['我们支持七天无理由退货,但需确保商品未拆封。', '但'],
      ['我们会给予您50元的优惠券作为补偿,但款是不退的。', '但'],
      ['當然可以,但是需要本人到場。', '但是'],
      ['是的,可是系统已经扣费了。', '可是'],
      ['此事是我们的失误,但今天领导不在。', '但'],
      ['但是需要预存。', '但是'],
      ['您别急,但是我们这边查不到。', '但是'],
    ];
    for (const [text, word] of takesBack) {
      it(`flags ${JSON.stringify(word)} in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(line(text), RULE), [word]);
      });
    }
    const facts = [
      '6个航班中有4个都出现延误,但CZ3425是延误时间最长的。',
      '您的账户已注销成功,但中登证券账户未注销,可前往任意一家券商注销。',
      '这是可以接受的个人行为,但绝非驾校的强制规定。',
      '燃氣雖已經恢復供應,但您家中可能存在燃燒不穩定現象。',
      '虽然这不属于我们的管养范围,但我们当天已经派人修好了。',
      '调查到快递员中午12点给您打过电话。但您说找不到物品是在下午1点40分。',
    ];
    for (const text of facts) {
      it(`passes ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(line(text), RULE), []);
      });
    }
    for (const text of ['虽然这不属于我们的管养范围,但是我们当天已经派人修好了。', '对于这个问题,但是系统显示已经处理。', '6个航班中有4个都出现延误,可是CZ3425是延误时间最长的。']) {
      it(`flags the listed word between two facts too: ${JSON.stringify(text)}`, () => {
        assert.equal(flagged(line(text), RULE).length, 1);
      });
    }
  });

  it('flags the rule as the end of the talk behind a bare apology or with pardon asked after it; passes it with regret for the cost or an offer', () => {
    // 请您理解/谅解 asks the customer to accept the rule and gives them nothing (issue #16, held-out 12's kind).
    for (const text of ['不好意思,这是公司规定。', '抱歉,這是公司的規定。', '对不起,我们是按规定办的。', '不好意思,这是公司规定,请您理解。']) {
      assert.equal(flagged(line(text), RULE).length, 1, text);
    }
    for (const text of ['这是国家的规定,给您带来不便,请您谅解。', '不好意思,这是公司规定,我帮您申请特殊处理。']) {
      assert.deepEqual(flagged(line(text), RULE), [], text);
    }
  });
});
