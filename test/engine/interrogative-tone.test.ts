import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'interrogative-tone';
const line = (text: string) => `坐席:${text}\n`;
const Q = '\uFF1F';
const X = '\uFF01';
const fixTexts = (text: string) => findingsOf(text, RULE).map((f) => f.fixes.map((x) => (x.preferred ? '*' : '') + x.edits[0].newText));
const fixedOnce = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;

describe('interrogative-tone', () => {
  describe('flags ?! in any order and any mix of widths, as one run', () => {
    for (const marks of ['?!', `${Q}${X}`, '!?', `${X}${Q}`, `?${X}`, `${Q}!`, `??!!`, `${Q}${X}${Q}`]) {
      it(`flags exactly ${JSON.stringify(marks)}`, () => {
        assert.deepEqual(flagged(line(`您已经开通了${marks}`), RULE), [marks]);
      });
    }
  });

  it('passes a plain question or exclamation, however repeated', () => {
    for (const marks of ['?', '??', '!', '!!', `${Q}${Q}`, `${X}${X}`]) {
      assert.deepEqual(flagged(line(`您已经开通了${marks}`), RULE), [], marks);
    }
  });

  it('passes ?! after praise or pleased surprise at the customer, not after a complaint about them', () => {
    assert.deepEqual(flagged(line('张阿姨,您今天气色真好?!'), RULE), []);
    assert.deepEqual(flagged(line('您女儿这么孝顺?!真让人羡慕。'), RULE), []);
    assert.deepEqual(flagged(line('李先生,您怎麼這麼年輕?!'), RULE), []);
    assert.deepEqual(flagged(line('您怎么这么慢?!'), RULE), ['?!']);
    assert.deepEqual(flagged(line('您这么不小心?!'), RULE), ['?!']);
  });

  it('reads ?! with characters nobody sees between its marks as one run, and fixes all of it', () => {
    const text = line('您能再说一遍吗?\u2069?!');
    assert.deepEqual(flagged(text, RULE), ['?\u2069?!']);
    assert.equal(fixedOnce(text), line('您能再说一遍吗?'));
    // A tag character, outside the BMP, is one of them too.
    assert.deepEqual(flagged(line('您已经开通了?\u{E0041}!'), RULE), ['?\u{E0041}!']);
  });

  it('takes a full stop typed after ?! into the run, as taboo-phrase\'s fix of the phrase before it does', () => {
    assert.deepEqual(flagged(line('您已经开通了?!。'), RULE), ['?!。']);
    assert.equal(fixedOnce(line('您已经开通了?!。')), line('您已经开通了?'));
    const taboo = line('我不是跟您说得很清楚了吗?!。');
    const all = applyFixes(taboo, preferredEdits(findingsOf(taboo))).text;
    assert.equal(all, line('可能我刚才没有解释清楚,我再为您说明一下。'));
  });

  it('calms ?! on the line after a taboo phrase as a question: the phrase\'s fix does not reach it', () => {
    assert.deepEqual(fixTexts('坐席:信不信由你\n?!\n'), [['*?']]);
  });

  it('fixes ?! to a question mark of the width the writer used', () => {
    assert.deepEqual(fixTexts(line('又超了?!')), [['*?']]);
    assert.deepEqual(fixTexts(line(`又超了${Q}${X}`)), [[`*${Q}`]]);
    assert.deepEqual(fixTexts(line(`又超了!${Q}`)), [[`*${Q}`]]);
  });

  describe('flags the words of a challenge, traditional ones too', () => {
    const cases: Array<[string, string]> = [
      ['您到底要办理哪一项?', '到底'],
      ['難道您沒有收到短信嗎?', '難道'],
      ['凭什么这样说?', '凭什么'],
      ['憑什麼這樣說?', '憑什麼'],
      ['这是怎么回事?', '怎么回事'],
      ['這是怎麼回事?', '怎麼回事'],
    ];
    for (const [text, phrase] of cases) {
      it(`flags exactly ${JSON.stringify(phrase)} in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(line(text), RULE), [phrase]);
      });
    }
  });

  describe('passes the same words where they challenge no one', () => {
    const cases = [
      '我们会对您的问题负责到底。',
      '我們會對您的問題負責到底。',
      '请您把页面拉到底部。',
      '说到底,还是要先开通。',
      '请问您凭什么证件办理的?',
      '我帮您查一下是怎么回事。',
      '請問是怎麼回事呢?',
      '我为您核实一下这是怎么回事。',
    ];
    for (const text of cases) {
      it(`passes ${JSON.stringify(text)}`, () => {
        assert.deepEqual(flagged(line(text), RULE), []);
      });
    }
  });

  it('never flags customer lines, stage directions or comments', () => {
    const text = '客户:你们到底怎么回事?!\n坐席:好的【客户质问:到底怎么回事?!】\n// 到底?!\n';
    assert.deepEqual(flagged(text, RULE), []);
  });

  it('does not report again what a taboo phrase already covers', () => {
    assert.deepEqual(flagged(line('你到底想怎么样?'), RULE), []);
    assert.deepEqual(flagged(line('你的电话怎么回事?'), RULE), []);
    assert.deepEqual(flagged(line('你到底想怎么样?!'), RULE), ['?!']);
  });

  it('deletes 到底 and 难道 (preferred); offers no fix for 凭什么 and 怎么回事', () => {
    assert.deepEqual(fixTexts(line('您到底要办理哪一项?')), [['*']]);
    assert.deepEqual(fixTexts(line('難道您沒有收到短信嗎?')), [['*']]);
    assert.deepEqual(fixTexts(line('凭什么这样说?')), [[]]);
    assert.deepEqual(fixTexts(line('这是怎么回事?')), [[]]);
  });

  // Seed 916: deleting 難道 from 我是難道我是可以吗? wrote 我是我是.
  it('only offers a deletion that would set a word beside itself', () => {
    assert.deepEqual(fixTexts(line('我是難道我是可以吗?')), [['']]);
    assert.deepEqual(fixTexts(line('您到底您要办理哪一项?')), [['*']]);
    assert.deepEqual(fixTexts(line('要办理,到底要办理哪一项?')), [['*']]);
  });

  it('only offers the deletion of 难道 or 到底 that is its clause\'s one word: nothing would be left to say', () => {
    assert.deepEqual(fixTexts(line('難道')), [['']]);
    assert.deepEqual(fixTexts(line('到底?好的。')), [['']]);
    assert.deepEqual(fixTexts(line('難道，再見！')), [['']]);
    assert.deepEqual(fixTexts(line('好的。难道您没收到吗?')), [['*']]);
    // A taboo word beside it is no word left: its own fix deletes it (喂 mid-call) or rewrites it.
    assert.deepEqual(fixTexts('客户:但\n坐席:喂難道\n'), [['']]);
    // Nor is another 难道 or 到底, whose own fix deletes it.
    assert.deepEqual(fixTexts(line('難道難道')), [[''], ['']]);
    assert.deepEqual(fixTexts(line('难道到底您没收到吗?')), [['*'], ['*']]);
    // Only in a question is what is left a plain question: 難道但 is none.
    assert.deepEqual(fixTexts(line('難道但')), [['']]);
    assert.deepEqual(fixTexts(line('您到底要办理哪一项。')), [['']]);
  });

  it('only offers the deletion of 难道 before 不是…吗: what is left asks nothing either', () => {
    assert.deepEqual(fixTexts(line('保修期是一年,对吧?难道不是吗?')), [['']]);
    // With more said between, the 不是…吗 construction is reported for the sentence, with no fix.
    assert.deepEqual(fixTexts(line('難道不是您自己填錯的嗎?')), [[]]);
    // 是不是 asks a real question once 难道 is gone.
    assert.deepEqual(fixTexts(line('难道是不是系统的问题?')), [['*']]);
  });

  it('uses the config\'s rewording as the preferred fix', () => {
    const config = { rules: { [RULE]: { replacements: { 到底: '具体' } } } };
    const [f] = findingsOf(line('您到底要办理哪一项?'), RULE, { config });
    assert.deepEqual(f.fixes.map((x) => [x.preferred, x.edits[0].newText]), [[true, '具体']]);
  });

  it('points at the original characters in UTF-16 units', () => {
    const text = '坐席:😀到底?!\n';
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => [f.start, f.end]), [[5, 7], [7, 9]]);
  });

  it('fixes in one pass, only the flagged text, and a second pass changes nothing', () => {
    const text = `坐席:您到底要辦理哪一項${Q}${X}難道您沒收到短信嗎?\n客户:到底?!\n`;
    const once = fixedOnce(text);
    assert.equal(once, `坐席:您要辦理哪一項${Q}您沒收到短信嗎?\n客户:到底?!\n`);
    assert.equal(fixedOnce(once), once);
  });
  describe('no quick fix leaves a finding of this rule behind', () => {
    const texts = [
      '我不是跟您说得很清楚了吗?!',
      `我不是跟您说得很清楚了吗${Q}${X}`,
      '您到底要办理哪一项?!',
      `難道您沒有收到短信嗎${Q}${X}`,
      '您到底听不懂吗?!',
      '这是怎么回事?!',
      '短信里不是写了吗?!',
    ];
    for (const config of [{}, { rules: { 'taboo-phrase': 'off' as const } }]) {
      for (const text of texts) {
        it(`${JSON.stringify(text)}${config.rules ? ' with taboo-phrase off' : ''}`, () => {
          const doc = line(text);
          const before = findingsOf(doc, RULE, { config });
          for (const f of before) {
            // What may be left: the other findings, never one that was not there or the fixed one again.
            const others = before.filter((g) => g !== f).map((g) => doc.slice(g.start, g.end));
            for (const fix of f.fixes) {
              const after = applyFixes(doc, fix.edits).text;
              const left = findingsOf(after, RULE, { config }).map((g) => after.slice(g.start, g.end));
              assert.ok(left.every((t) => others.includes(t)), `${fix.title.en}: ${after} has ${left}, before the fix ${others} besides`);
            }
          }
        });
      }
    }
  });

  describe('rhetorical questions', () => {
    it('reports the construction once for its sentence, and leaves its ?! and 到底 alone', () => {
      assert.deepEqual(flagged(line('您到底听不懂吗?!'), RULE), ['听不懂吗']);
      assert.deepEqual(fixTexts(line('您到底听不懂吗?!')), [[]]);
    });

    it('a 到底 fix calms the ?! of its sentence in the same fix', () => {
      assert.deepEqual(findingsOf(line('您到底要办理哪一项?!'), RULE)[0].fixes[0].edits.map((e) => e.newText), ['', '?']);
    });

    it('the ?! fix after a taboo phrase ends the statement with 。', () => {
      assert.deepEqual(fixTexts(line('我不是跟您说得很清楚了吗?!')), [['*\u3002']]);
    });
  });
});
