// The phrases the corpus injects, by the rule that must flag them (spec §2), and the extra
// phrases of the phrase-count runs. Peers are given exactly the injected phrases.

/** Taboo phrases from the seeds (taboo-phrase's own list). */
export const TABOO = [
  '喂',
  '喂,讲话',
  '你的电话怎么回事',
  '我不是跟你说得很清楚了吗',
  '谁告诉你的',
  '你不明白',
  '别人跟你说的',
  '干嘛还不挂机',
  '这不可能是我们的错',
  '你明不明白我的意思',
  '这是你的自由',
  '你别激动',
  '你先听我说',
  '对不起我们已经尽力了',
  '这是我们公司的规定',
  '我已经解释很多次了',
  '信不信由你',
  '你这不是为难我吗',
  '你到底想怎么样',
];

/** Negative wording from spec §2 (negative-wording). */
export const NEGATIVE = ['但是', '我不能', '这不是我应该做的', '这不是我的职责', '我想我做不了', '不归我管', '没办法'];

export const PHRASE_RULES = { 'taboo-phrase': TABOO, 'negative-wording': NEGATIVE };

/**
 * `count` made-up phrases for `rules.taboo-phrase.add`: 2–6 characters drawn from `alphabet`, so
 * that the automaton walks real partial matches, but none found in `excluded`.
 */
export function extraPhrases(count, random, alphabet, excluded) {
  const chars = [...new Set(alphabet.replace(/[^\u4e00-\u9fff]/g, ''))];
  const out = new Set();
  while (out.size < count) {
    const len = 2 + Math.floor(random() * 5);
    let p = '';
    for (let i = 0; i < len; i++) p += chars[Math.floor(random() * chars.length)];
    if (!excluded.includes(p)) out.add(p);
  }
  return [...out];
}
