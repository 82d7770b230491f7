import { lexiconPhrases } from '../lexicon';
import type { PhraseEntry, PhraseHit, Rule, RuleContext } from '../rule';
import type { Fix, Message } from '../types';
import { notRemoved } from './construction';
import { closesClause, inPlaceholder, opensClause, overlapsAny, unitsOf } from './phrase-context';
import { onlyRepeatsNeighbours, rewordFixes } from './reword';
import { sendingElsewhere, SENDING_ELSEWHERE } from './sending-elsewhere';
import { endsSentence } from './sentence-fixes';
import { overlapsTaboo } from './taboo-phrase';

/**
 * 负面语言: wording that negates what was just said (但是), refuses (我不能) or pushes the
 * customer away (这不是我的职责). The seed asks for what the agent *can* do instead.
 */

const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '1.4.13 服务语言表达常见负面语言' };
const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };
const S002_MODEL = { seed: '002_5ab7d194a3b83629.txt', section: '3.2 客户端服务语言规范 (不能满足客户要求时; 敏感性问题)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '素質 3、自信 (措辭應該是肯定的，而不是否定或者模糊的)' };

type Kind = 'contrast' | 'refusal' | 'not-mine' | 'denial';

// Which of 同时/另外/不过 reads right depends on what follows 但是, so none is preferred.
const CONTRAST = ['同时', '另外', '不过'];
const HANDOVER = ['我帮您联系负责的同事', '这方面的问题将由我们的客户经理向您解答'];
/**
 * For a refusal that stands as a clause of its own: the seed's model sentence for a request that
 * cannot be met (002 §3.2), or passing it on (004 八、4 对于自己不能处理的及时反馈相关部门).
 * Which one is true only the writer knows, so neither is preferred.
 */
const INSTEAD_OF_REFUSAL = ['由于条件所限，目前这方面的工作我们无法开展，请您原谅', '我帮您反馈给相关部门处理'];

const kinds = new Map<string, Kind>();

function group(kind: Kind, phrases: string[], replacements: string[], cite: PhraseEntry['cite']): PhraseEntry[] {
  return phrases.map((phrase) => {
    kinds.set(phrase, kind);
    return { phrase, ...(replacements.length > 0 ? { replacements } : {}), cite };
  });
}

const entries: PhraseEntry[] = [
  ...group('contrast', ['但是'], CONTRAST, S002),
  ...group('contrast', ['可是'], CONTRAST, S001),
  ...group('refusal', ['我不能'], [], S002),
  ...group('refusal', ['我不会做', '我想我做不了'], [], S002),
  ...group('refusal', ['做不了', '没办法', '没有办法'], [], S001),
  ...group('not-mine', ['这不是我应该做的', '这不是我的职责'], HANDOVER, S002),
  ...group('not-mine', ['这不是我们应该做的', '不是我的职责', '不是我们的职责'], HANDOVER, S002),
  ...group('not-mine', ['不归我管', '不归我们管'], HANDOVER, S004),
];

const lexicon = lexiconPhrases('negative-wording');
// The lexicon's kinds of this rule (lexicon KIND_RULE): 推诿 passes the customer on, 拒绝 refuses, 否定 denies.
const LEXICON_KIND: Readonly<Record<string, Kind>> = { 推诿: 'not-mine', 拒绝: 'refusal', 否定: 'denial' };
for (const [phrase, kind] of lexicon.kinds) kinds.set(phrase, LEXICON_KIND[kind]);

const guards = [
  '不但是', // 不但是……而且: 不但 + 是
  '但是否', // 但 + 是否: "but whether"
  '有没有办法', // a question about a way, not a refusal
  '我不能让你', // 我不能让您久等 promises, it does not refuse
  '我不会做出', // 我不会做出损害您利益的事
];

const MESSAGES: Record<Kind, (text: string) => Message> = {
  contrast: (text) => ({
    zh: `“${text}”会否定前面对客户说的话：用“同时”“另外”接着说，或直接说明客户能得到什么`,
    en: `"${text}" cancels what was just said to the customer: go on with 同时/另外, or say what the customer can get`,
  }),
  refusal: (text) => ({
    zh: `否定说法“${text}”：说出您能为客户做的事，例如“我可以为您……”`,
    en: `Negative wording "${text}": say what you can do for the customer, e.g. 我可以为您……`,
  }),
  'not-mine': (text) => ({
    zh: `推诿说法“${text}”：告诉客户谁能帮他解决，例如“我帮您联系负责的同事”`,
    en: `Passing the buck with "${text}": tell the customer who can help, e.g. 我帮您联系负责的同事`,
  }),
  denial: (text) => ({
    zh: `否认客户的说法“${text}”：先核实，再向客户说明情况`,
    en: `Brushing the customer off with "${text}": check first, then tell the customer what happened`,
  }),
};

/**
 * A handover (我帮您联系负责的同事) is right only as a clause of its own that ends the sentence:
 * after 这事 it is no sentence, and before 你去找营业厅吧 or 但是你可以… it contradicts what follows.
 */
function fixesFor(ctx: RuleContext, hit: PhraseHit, kind: Kind | undefined, wholeClause: boolean, lastClause: boolean): Fix[] {
  const replacements = hit.entry.replacements ?? [];
  if (ctx.settings.replacements[hit.entry.phrase] !== undefined || kind === undefined) {
    return rewordFixes(ctx.doc, hit.start, hit.end, replacements, true);
  }
  if (kind === 'refusal') return wholeClause ? rewordFixes(ctx.doc, hit.start, hit.end, INSTEAD_OF_REFUSAL, false) : [];
  if (kind === 'denial') return [];
  // Where the handover already follows (…,我帮您联系负责的同事), the fix deletes the phrase: right anywhere.
  const deletes = replacements.length > 0 && onlyRepeatsNeighbours(ctx.doc, hit.start, hit.end, replacements[0]);
  return rewordFixes(ctx.doc, hit.start, hit.end, replacements, kind === 'not-mine' && ((wholeClause && lastClause) || deletes));
}

export const negativeWording: Rule = {
  id: 'negative-wording',
  defaultSeverity: 'warning',
  title: { zh: '不用否定、推诿的说法', en: 'Avoid negative and refusing wording' },
  sources: [S002, S001, S004, S002_MODEL, ...new Set(SENDING_ELSEWHERE.map((c) => c.cite))],
  phrases: { entries: [...entries, ...lexicon.entries], guards: [...guards, ...lexicon.guards] },
  examples: {
    flag: [
      '这个套餐很划算,但是需要预存话费。',
      '對不起,這不是我的職責。',
      '我不能幫您退款。',
      '這個我想我做不了。',
      '这事不归我管。',
      '可是系统显示已经扣费了。',
      '沒辦法,系統就是這樣。',
      '这个您去问营业厅吧,我们这边不管。',
      '你去找營業廳吧。',
    ],
    pass: [
      '这不但是优惠,而且送流量。',
      '您可以办理,但是否需要开通国际漫游?',
      '这可是我们最优惠的套餐。',
      '请问有没有办法联系到机主?',
      '我不能让您久等,马上为您查询。',
      '谢谢,这是我们应该做的。',
      '我可以为您办理。',
      '我帮您联系营业厅吧。',
      '您可以到营业厅办理。',
    ],
  },
  check(ctx) {
    for (const hit of ctx.hits) {
      if (inPlaceholder(ctx.doc, hit.start, hit.end) || overlapsTaboo(ctx, hit.start, hit.end)) continue;
      const { from, to } = unitsOf(ctx.view, hit.start, hit.end);
      // 可是 means "but" only where it opens a clause; "这可是最优惠的" only stresses.
      if (hit.entry.phrase === '可是' && !opensClause(ctx.view, from)) continue;
      const kind = kinds.get(hit.entry.phrase);
      const text = ctx.doc.text.slice(hit.start, hit.end);
      const message = kind
        ? MESSAGES[kind](text)
        : { zh: `负面说法“${text}”`, en: `Negative wording "${text}"` };
      const wholeClause = opensClause(ctx.view, from) && closesClause(ctx.view, to);
      ctx.report(hit.start, hit.end, message, fixesFor(ctx, hit, kind, wholeClause, endsSentence(ctx.view, to)));
    }
    reportSendingElsewhere(ctx);
  },
};

/** 推诿 as a construction (你去找营业厅吧), where no listed phrase or 服务忌语 already covers the text. */
function reportSendingElsewhere(ctx: RuleContext): void {
  for (const m of notRemoved(ctx.view, sendingElsewhere(ctx), ctx.settings.remove)) {
    if (overlapsAny(ctx.hits, m.start, m.end) || overlapsTaboo(ctx, m.start, m.end)) continue;
    const text = ctx.doc.text.slice(m.start, m.end);
    // Only part of the sentence matches (您去问营业厅吧): the writer rewords the whole of it.
    ctx.report(m.start, m.end, MESSAGES['not-mine'](text));
  }
}
