import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits, ruleById } from '../../server/src/engine';
import { inScriptOf } from '../../server/src/engine/chinese-script';
import { LEXICON, spellings } from '../../server/src/engine/lexicon';
import { findingsOf, flagged } from '../helpers';

describe('taboo-phrase', () => {
  it('flags a listed phrase with other punctuation, spacing, 您 and traditional characters', () => {
    assert.deepEqual(flagged('坐席:我不是跟您说得很清楚了吗?!\n', 'taboo-phrase'), ['我不是跟您说得很清楚了吗']);
    assert.deepEqual(flagged('坐席:這是我們公司的規定。\n', 'taboo-phrase'), ['這是我們公司的規定']);
    assert.deepEqual(flagged('坐席:这 是 我们公司 的规定\n', 'taboo-phrase'), ['这 是 我们公司 的规定']);
    assert.deepEqual(flagged('坐席:喂!讲话!\n', 'taboo-phrase'), ['喂!讲话']);
  });

  it('never flags customer lines, stage directions or comments', () => {
    const text = '客户:喂,你们这是我们公司的规定?\n坐席:您好【喂】\n// 喂\n';
    assert.deepEqual(flagged(text, 'taboo-phrase'), []);
  });

  it('does not flag a phrase inside a longer word', () => {
    assert.deepEqual(flagged('坐席:请按时喂食。\n', 'taboo-phrase'), []);
  });

  it('does not glue a phrase across a sentence end', () => {
    assert.deepEqual(flagged('坐席:这是我们的。自由选择\n', 'taboo-phrase'), []);
  });

  it('points at the original characters in UTF-16 units', () => {
    const text = '坐席:😀信不信由你\n';
    const [f] = findingsOf(text, 'taboo-phrase');
    assert.equal(f.start, 5);
    assert.equal(text.slice(f.start, f.end), '信不信由你');
  });

  it('fixes in the document\'s own script and only the flagged text', () => {
    const text = '坐席:你別激動,我們再看看。\n客户:你别激动\n';
    const fixed = applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase'))).text;
    assert.equal(fixed, '坐席:請您不要著急,我們再看看。\n客户:你别激动\n');
  });

  it('never repeats the words beside the phrase: 喂,您好 loses the 喂, 请问,谁告诉你的 its second 请问', () => {
    const fixTaboo = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase'))).text;
    assert.equal(fixTaboo('坐席:喂,您好,请问有什么可以帮您?\n'), '坐席:您好,请问有什么可以帮您?\n');
    assert.equal(fixTaboo('坐席:您好!喂,请问有什么可以帮您?\n'), '坐席:您好,请问有什么可以帮您?\n');
    assert.equal(fixTaboo('坐席:喂,妳好!\n'), '坐席:妳好!\n');
    assert.equal(fixTaboo('坐席:請問,誰告訴你的?\n'), '坐席:請問,您是從哪裡瞭解到的?\n');
    const [f] = findingsOf('坐席:喂,您好\n', 'taboo-phrase');
    assert.deepEqual(f.fixes[0].title, { zh: '删除“喂,”', en: 'Delete "喂,"' });
  });

  it('applies only the first of two rewordings that would say the same near each other; both where they do not', () => {
    const [first, second] = findingsOf('坐席:我已经解释很多次了,这是我们公司的规定。\n', 'taboo-phrase');
    assert.equal(first.fixes[0].preferred, true);
    assert.equal(second.fixes[0].preferred, undefined);
    const again = findingsOf('坐席:我再为您说明一下,这是我们公司的规定。\n', 'taboo-phrase');
    assert.equal(again[0].fixes[0].preferred, undefined, 'judged again in the reworded sentence, it still repeats');
    const apart = findingsOf('坐席:你别激动,这是我们公司的规定。\n', 'taboo-phrase');
    assert.deepEqual(apart.map((f) => f.fixes[0].preferred), [true, true]);
    const nextSentence = findingsOf('坐席:这是我们公司的规定。信不信由你!\n', 'taboo-phrase');
    assert.deepEqual(nextSentence.map((f) => f.fixes[0].preferred), [true, undefined]);
    const nextLine = findingsOf('坐席:这是我们公司的规定。\n坐席:信不信由你!\n', 'taboo-phrase');
    assert.deepEqual(nextLine.map((f) => f.fixes[0].preferred), [true, true]);
  });

  it('only offers the rewording of a phrase that runs into more words of its clause, which may hang on its words', () => {
    const preferred = (text: string) => findingsOf(text, 'taboo-phrase').map((f) => f.fixes[0]?.preferred === true);
    // 由你转接: 你 is who transfers; 我为您详细说明一下依据转接 says nothing.
    assert.deepEqual(preferred('坐席:信不信由你转接\n'), [false]);
    assert.deepEqual(preferred('坐席:信不信由你听不见,我挂了。\n'), [false]);
    assert.deepEqual(preferred('坐席:你先听我说完。\n'), [false]);
    // A clause's own end, a particle, or a hail (which governs nothing) leaves the rewording right.
    assert.deepEqual(preferred('坐席:信不信由你,我挂了。\n'), [true]);
    assert.deepEqual(preferred('坐席:你别激动啊!\n'), [true]);
    assert.deepEqual(preferred('坐席:喂请问您找谁?\n'), [true]);
  });

  // Fuzz seed 145: 你您好!你喂!讲话! became 您您好!您您好,请讲!: the greeting said after 你.
  it('only offers 您好 for a hail glued to the words before it, which it would join (你您好)', () => {
    const preferred = (text: string) => findingsOf(text, 'taboo-phrase').map((f) => f.fixes[0]?.preferred === true);
    assert.deepEqual(preferred('坐席:你喂!讲话!\n'), [false]);
    assert.deepEqual(preferred('坐席:好的你喂\n'), [false]);
    // Nor is it deleted where a greeting follows: that would join the words to it just the same.
    assert.deepEqual(preferred('坐席:你喂,您好,客服106号很高兴为您服务。\n'), [false]);
    // Another hail, or a greeting the rewording would say again, is no such word.
    assert.deepEqual(preferred('坐席:喂喂,请讲。\n'), [true, true]);
    assert.deepEqual(preferred('坐席:您好喂,请讲。\n'), [true]);
    // A template slot is said as words (a number, a name), though its braces read as marks (fuzz seeds 343, 435).
    assert.deepEqual(preferred('坐席:我是客服代表{工号}喂!讲话!\n'), [false]);
    assert.deepEqual(preferred('坐席:{客户姓名}喂,请讲。\n'), [false]);
    assert.deepEqual(preferred('坐席:{工号}\u2069喂!讲话!\n'), [false]);
  });

  it('only offers a rewording that is a clause of its own where words run into the phrase', () => {
    const preferred = (text: string) => findingsOf(text, 'taboo-phrase').map((f) => f.fixes[0]?.preferred === true);
    // 这个我为您详细说明一下依据 joins 这个 to the new clause (fuzz seed 349: 信不信 + it made a threat).
    assert.deepEqual(preferred('坐席:这个信不信由你!\n'), [false]);
    assert.deepEqual(preferred('坐席:好的,信不信由你!\n'), [true]);
    // The 你 before the phrase is the rewording's own subject, which it takes in: 你急什么 → 请您不要着急.
    assert.deepEqual(preferred('坐席:人手不够,你急什么!\n'), [true]);
    // Fuzz seed 948: so is one with its subject after an opening word, or of more than one clause.
    assert.deepEqual(preferred('坐席:信不信我是我不是跟您说得很清楚了吗?\n'), [false]);
    assert.deepEqual(preferred('坐席:好的,我不是跟您说得很清楚了吗?\n'), [true]);
  });

  it('deletes a 喂 that opens a turn mid-call with its mark, characters nobody sees before it or not', () => {
    const fixTaboo = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase'))).text;
    assert.equal(fixTaboo('客户:你帮我把费用免了吧。\n坐席:喂,不可能的吧\n'), '客户:你帮我把费用免了吧。\n坐席:不可能的吧\n');
    assert.equal(fixTaboo('客户:你帮我把费用免了吧。\n坐席:\u200f喂,不可能的吧\n'), '客户:你帮我把费用免了吧。\n坐席:\u200f不可能的吧\n');
    // Glued to the words after it, it is read in their clause, which would open anew (但 a contrast opener): only offered.
    const [glued] = findingsOf('客户:但\n坐席:喂但\n', 'taboo-phrase');
    assert.deepEqual(glued.fixes.map((f) => [f.preferred === true, f.edits[0].newText]), [[false, ''], [false, '您好']]);
  });

  // Fuzz seed 923: in 喂~喂但 mid-call the second 喂 did not open the turn, so it kept 您好 as its
  // fix (a greeting mid-call), and --fix wrote 您好但 where fixing one at a time left 喂但.
  it('reads hails one after another as one: the run goes, with what ends its last hail deciding', () => {
    const fixTaboo = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase'))).text;
    assert.equal(fixTaboo('客户:你帮我把费用免了吧。\n坐席:喂喂,不可能的吧\n'), '客户:你帮我把费用免了吧。\n坐席:不可能的吧\n');
    assert.equal(fixTaboo('客户:你帮我把费用免了吧。\n坐席:喂,喂,不可能的吧\n'), '客户:你帮我把费用免了吧。\n坐席:不可能的吧\n');
    const glued = findingsOf('坐席:的\n坐席:喂~喂但\n', 'taboo-phrase');
    assert.deepEqual(glued.map((f) => f.fixes.map((x) => [x.preferred === true, x.edits[0].newText])), [
      [[false, ''], [false, '您好']],
      [[false, ''], [false, '您好']],
    ]);
  });

  it('ends a rewording that asks with a question mark where the phrase ended with a single 。 or !, in that mark\'s width', () => {
    const fixTaboo = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase'))).text;
    assert.equal(fixTaboo('坐席:好的,谁告诉你的。\n'), '坐席:好的,请问您是从哪里了解到的？\n');
    assert.equal(fixTaboo('坐席:干嘛还不挂机!\n'), '坐席:请问还有什么可以帮您?\n');
    assert.equal(fixTaboo('坐席:你明不明白我的意思\n'), '坐席:请问我解释清楚了吗\n');
    assert.equal(fixTaboo('坐席:这是我们公司的规定。\n'), '坐席:根据相关规定，我为您说明一下。\n');
  });

  it('writes a rewording\'s comma in the width the line types its commas, whatever its full stop', () => {
    const fixTaboo = (text: string) => applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase'))).text;
    assert.equal(fixTaboo('坐席:好的,这是我们公司的规定。\n'), '坐席:好的,根据相关规定,我为您说明一下。\n');
    assert.equal(fixTaboo('坐席:好的，这是我们公司的规定!\n'), '坐席:好的，根据相关规定，我为您说明一下!\n');
    assert.equal(fixTaboo('坐席:这是我们公司的规定。\n'), '坐席:根据相关规定，我为您说明一下。\n');
    assert.equal(fixTaboo('坐席:这是我们公司的规定!\n'), '坐席:根据相关规定,我为您说明一下!\n');
  });
});

const PHRASE_RULES = ['taboo-phrase', 'interrogative-tone', 'negative-wording', 'polite-pronoun', 'vague-wording'];
const fw = (text: string) => text.replace(/[!,:;?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const phraseFindings = (text: string, options = {}) => findingsOf(text, undefined, options).filter((f) => PHRASE_RULES.includes(f.rule));
const fixedOnce = (text: string) => applyFixes(text, preferredEdits(phraseFindings(text))).text;

// The seeds' lists as the seeds write them: 000 §五 (up to its truncated item 7) and 002 §3.3.
const SEED_LINES = [
  '喂!嘿!',
  '喂,讲话!',
  '嘿,讲话!',
  '你的电话怎么回事?!一会儿声音大,一会儿声音小的!',
  '我不是跟你说得很清楚了吗?!',
  '谁告诉您的?!',
  '你不明白!',
  '别人跟你说的?别人怎么知道?!',
  '干嘛还不挂机?!',
  '这不可能是我们的错。',
  '我个人觉得再这样讲没有什么意义。',
  '你明不明白我的意思?',
  '这是你的自由。',
  '你到底想做什么',
  '你别激动,你先听我说。',
  '对不起我们已经尽力了。',
  '这是我们公司的规定。',
  '我已经解释很多次了。',
  '无论你到哪投诉都是一样的。',
  '信不信由你。',
  '你这不是为难我吗?',
  '你到底想怎么样?',
  '这是我们的收费标准,你可以选择不使用。',
];

// The industry lexicon's entries have tests of their own (lexicon.test.ts).
const lexiconPhrases = new Set(LEXICON['taboo-phrase'].flatMap((e) => spellings(e.phrase)));
const seedEntries = () => (ruleById('taboo-phrase')?.phrases?.entries ?? []).filter((e) => !lexiconPhrases.has(e.phrase));

describe('taboo-phrase: the seeds\' lists', () => {
  for (const line of SEED_LINES) {
    it(`flags every taboo in ${JSON.stringify(line)}, simplified and traditional, ASCII and full width`, () => {
      for (const variant of [line, fw(line), inScriptOf(line, '這')]) {
        assert.ok(findingsOf(`坐席:${variant}\n`, 'taboo-phrase').length > 0, variant);
      }
    });
  }

  it('flags both halves of a two-part seed item separately', () => {
    assert.deepEqual(flagged('坐席:别人跟你说的?别人怎么知道?!\n', 'taboo-phrase'), ['别人跟你说的', '别人怎么知道']);
  });

  it('cites a seed file and section for every entry', () => {
    for (const entry of seedEntries()) {
      const cite = entry.cite && 'seed' in entry.cite ? entry.cite : undefined;
      assert.match(cite?.seed ?? '', /^00[0-4]_[0-9a-f]+\.txt$/, entry.phrase);
      assert.ok((cite?.section ?? '').length > 0, entry.phrase);
    }
  });

  it('offers rewordings that no phrase rule flags, in either script', () => {
    for (const entry of seedEntries()) {
      assert.ok((entry.replacements ?? []).length > 0, `${entry.phrase} has no rewording`);
      for (const r of entry.replacements ?? []) {
        for (const variant of [r, inScriptOf(r, '這')]) {
          assert.deepEqual(phraseFindings(`坐席:${variant}\n`).map((f) => f.rule), [], variant);
        }
      }
    }
  });
});

describe('taboo-phrase: guards and context', () => {
  it('passes words that merely contain a phrase', () => {
    for (const line of ['请按时喂食。', '宠物需要投喂。', '如果您不明白,请您告诉我。', '您不明白的地方我再解释。']) {
      assert.deepEqual(flagged(`坐席:${line}\n`, 'taboo-phrase'), [], line);
    }
  });

  it('reads 妳 as 你', () => {
    assert.deepEqual(flagged('坐席:信不信由妳!\n', 'taboo-phrase'), ['信不信由妳']);
  });

  it('writes the fix in the script of its line even when the phrase looks the same in both', () => {
    const text = '坐席:信不信由你!這是規定。\n';
    const [f] = findingsOf(text, 'taboo-phrase');
    assert.deepEqual(f.fixes.map((x) => x.edits[0].newText), ['我為您詳細說明一下依據']);
  });

  it('writes the fix\'s punctuation in the width the line uses', () => {
    const ascii = '坐席:这是我们公司的规定,请理解.\n';
    assert.equal(findingsOf(ascii, 'taboo-phrase')[0].fixes[0].edits[0].newText, '根据相关规定,我为您说明一下');
    const full = fw('坐席:这是我们公司的规定,请理解') + '\u3002\n';
    assert.equal(findingsOf(full, 'taboo-phrase')[0].fixes[0].edits[0].newText, '根据相关规定\uFF0C我为您说明一下');
  });

  it('does not flag inside a placeholder', () => {
    assert.deepEqual(flagged('坐席:{喂}您好\n', 'taboo-phrase'), []);
  });
});

describe('taboo-phrase and the other phrase rules', () => {
  it('is the only report of its text but its 你: no 到底 or ?! inside it reported again', () => {
    const found = phraseFindings('坐席:你到底想怎么样?\n');
    assert.deepEqual(found.map((f) => f.rule).sort(), ['polite-pronoun', 'taboo-phrase']);
  });

  it('leaves the words to the other rules when it is off or disabled on the line', () => {
    const off = phraseFindings('坐席:你到底想怎么样?\n', { config: { rules: { 'taboo-phrase': 'off' } } });
    assert.deepEqual(off.map((f) => f.rule).sort(), ['interrogative-tone', 'polite-pronoun']);
    const disabled = phraseFindings('// callscript-disable-next-line taboo-phrase\n坐席:你到底想怎么样?\n');
    assert.deepEqual(disabled.map((f) => f.rule).sort(), ['interrogative-tone', 'polite-pronoun']);
  });

  it('ends a rewritten rebuke with the mark its rewording needs', () => {
    assert.equal(fixedOnce('坐席:我不是跟你说得很清楚了吗?!\n'), '坐席:可能我刚才没有解释清楚,我再为您说明一下。\n');
    assert.equal(fixedOnce('坐席:谁告诉您的?!\n'), '坐席:请问您是从哪里了解到的?\n');
  });

  // Fuzz seed 128: a zero-width space inside ?! ended the phrase's marks at ?, so the fix left
  // 。\u200b! (说明一下。!) where interrogative-tone read the run whole.
  it('reads its marks as one run with characters nobody sees between them, as interrogative-tone does', () => {
    assert.equal(fixedOnce('坐席:我不是跟你说得很清楚了吗?\u200b!\n'), '坐席:可能我刚才没有解释清楚,我再为您说明一下。\n');
    assert.equal(fixedOnce('坐席:我不是跟你说得很清楚了吗?!\u{E0041}?\n'), '坐席:可能我刚才没有解释清楚,我再为您说明一下。\n');
    assert.equal(fixedOnce('坐席:谁告诉您的?\u2069!\n'), '坐席:请问您是从哪里了解到的?\n');
  });

  it('fixes a whole script in one pass, and a second pass changes nothing', () => {
    const text = [
      '# 开场',
      '坐席:喂,讲话!你好,我幫你查一下。',
      '客户:你们到底怎么回事?!',
      '坐席:你別激動,這是我們公司的規定。您到底要辦理哪一項?!',
      '坐席:这不是我的职责。难道您没收到短信吗?',
      '坐席:这个套餐很划算,但是需要预存。这个我不太清楚。',
      '',
    ].join('\n');
    const once = fixedOnce(text);
    assert.equal(
      once,
      [
        '# 开场',
        '坐席:您好,請講!您好,我幫您查一下。',
        '客户:你们到底怎么回事?!',
        '坐席:請您不要著急,根據相關規定,我為您說明一下。您要辦理哪一項?',
        '坐席:我帮您联系负责的同事。您没收到短信吗?',
        '坐席:这个套餐很划算,但是需要预存。这个我不太清楚。',
        '',
      ].join('\n'),
    );
    assert.equal(fixedOnce(once), once);
  });
});
