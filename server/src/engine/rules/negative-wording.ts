import { ruleSettings } from '../config';
import { lexiconPhrases } from '../lexicon';
import type { PhraseEntry, PhraseHit, Rule, RuleContext } from '../rule';
import type { Fix, Message } from '../types';
import type { CallscriptConfig } from '../config';
import { isSuppressed, suppressions } from '../directives';
import { lineAt, type Span } from '../document';
import type { NormalizedView } from '../normalize';
import { blameShifting, BLAME_SHIFTING } from './blame-shifting';
import { blamingOthers, BLAMING_OTHERS } from './blaming-others';
import { brushOffs, BRUSH_OFFS } from './brush-offs';
import { findConstructions, notRemoved, type Construction, type ConstructionMatch } from './construction';
import { clarifiesAConfirmation, takesBackAGrant } from './contrast-grants';
import { flatRefusals, FLAT_REFUSALS } from './flat-refusals';
import { denials } from './denials';
import { selfJustification, SELF_JUSTIFICATION } from './self-justification';
import { closesClause, inPlaceholder, opensClause, overlapsAny, sentenceEnd, sentenceEndInText, unitsOf } from './phrase-context';
import { onlyRepeatsNeighbours, rewordFixes, styledAt, textFix } from './reword';
import { sendingElsewhere, SENDING_ELSEWHERE } from './sending-elsewhere';
import { pushedBack, PUSHED_BACK } from './pushed-back';
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

type Kind = 'contrast' | 'refusal' | 'not-mine' | 'denial' | 'defence';

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
  defence: (text) => ({
    zh: `为自己辩解“${text}”：先承认客户遇到的问题并致歉，再说明情况和会怎么处理`,
    en: `Defending your side with "${text}": own the customer's problem and apologise first, then explain and say what will be done`,
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
  if (kind === 'denial' || kind === 'defence') return [];
  // Where the handover already follows (…,我帮您联系负责的同事), the fix deletes the phrase: right anywhere.
  const deletes = replacements.length > 0 && onlyRepeatsNeighbours(ctx.doc, hit.start, hit.end, replacements[0]);
  return rewordFixes(ctx.doc, hit.start, hit.end, replacements, kind === 'not-mine' && ((wholeClause && lastClause) || deletes));
}

export const negativeWording: Rule = {
  id: 'negative-wording',
  defaultSeverity: 'warning',
  title: { zh: '不用否定、推诿的说法', en: 'Avoid negative and refusing wording' },
  sources: [S002, S001, S004, S002_MODEL, ...new Set([...SENDING_ELSEWHERE, ...PUSHED_BACK, ...BLAME_SHIFTING, ...BLAMING_OTHERS, ...BRUSH_OFFS, ...FLAT_REFUSALS, ...SELF_JUSTIFICATION].map((c) => c.cite))],
  phrases: { entries: [...entries, ...lexicon.entries], guards: [...guards, ...lexicon.guards] },
  examples: {
    flag: [
      '这个套餐很划算,但是需要预存话费。',
      '我完全理解您的顾虑,但根据政策无法满足。',
      '您是我们的重要客户,一直以来合作非常愉快。但近期请您优先处理尾款。',
      '我们支持七天无理由退货,但需确保商品未拆封。',
      '当然可以,但是需要本人到场。',
      '對不起,這不是我的職責。',
      '我不能幫您退款。',
      '這個我想我做不了。',
      '这事不归我管。',
      '供电所只负责户外线路故障。',
      '物业服务水平不一样,有的物业可能不一定能及时传递这个信息。',
      '可是系统显示已经扣费了。',
      '沒辦法,系統就是這樣。',
      '这个您去问营业厅吧,我们这边不管。',
      '你去找營業廳吧。',
      '不行,這個不能退。',
      '是实习生干的。',
      '这不属于我的工作范围。',
      '那不是我的工作。',
      '這可不是我們的事兒。',
      '问一下济南公司。',
      '这个我们处理不了,找厂家。',
      '电费必须要交给该片区的抄表员。',
      '我们希望友好解决,但如果款项仍未结清,我们将采取进一步措施。',
      '我理解您的心情,但很多客户也是这样排队等的。',
      '这些规定太多了,你自己去官网查。',
      '不清楚,你去问物业。',
      '我只是个话务员,这些我不了解。',
      '改签的事请自行处理。',
      '找售后处理。',
      '我们这边不能刷卡。',
      '一毛钱都不能少。',
    ],
    pass: [
      '很多客户最初也认为不需要,但使用后发现解决了XX问题。',
      '6个航班中有4个都出现延误,但CZ3425是延误时间最长的。',
      '您的账户已注销成功,但中登证券账户未注销,可前往任意一家券商注销。',
      '虽然这不属于我们的管养范围,但我们当天已经派人把井盖修好了。',
      '这不但是优惠,而且送流量。',
      '同志,您的心意我们收下了,但礼物请您带回去。',
      '謝謝您的好意,但紅包我們不能收。',
      '您可以办理,但是否需要开通国际漫游?',
      '这可是我们最优惠的套餐。',
      '请问有没有办法联系到机主?',
      '我不能让您久等,马上为您查询。',
      '谢谢,这是我们应该做的。',
      '我可以为您办理。',
      '我帮您联系营业厅吧。',
      '供电所只负责户外线路,户内的故障我帮您联系电工上门。',
      '如果物业没有及时通知您,请您拨打我们的热线。',
      '我们已经通知物业,物业会及时通知到每一户。',
      '您可以到营业厅办理。',
      '这个业务无法办理,我可以为您办理另一种套餐。',
      '您讲的情况我已大致了解,但还有几个情况请您再讲一下。',
      '我知道您很着急,但大部分延误的包裹最后都能送到,我们会一直帮您跟进。',
      '这不是您的问题,是系统的原因。',
      '为您服务是我们的工作。',
      '您可以问一下济南公司。',
      '我帮您问一下济南公司。',
      '请您问一下当地营业厅,他们可以为您办理。',
      '这件事不是我们的工作失误造成的吗?我帮您核实一下。',
      '对不起,这项业务必须由本人亲自办理。',
      '电费必须交给该片区的抄表员,我帮您联系他。',
      '请您把材料交给前台工作人员。',
      '您也可以自己在官网上查询办理进度。',
      '不知道您是否方便?',
      '我不知道您问的是哪一笔。',
      '我是负责您这片区域的客户经理,有问题随时找我。',
      '请您自行保管好随身物品。',
      '这项业务在社区办,我可以帮您问一下。',
      '我们不收任何费用。',
    ],
  },
  check(ctx) {
    for (const hit of ctx.hits) {
      if (inPlaceholder(ctx.doc, hit.start, hit.end) || overlapsTaboo(ctx, hit.start, hit.end)) continue;
      const { from, to } = unitsOf(ctx.view, hit.start, hit.end);
      // 可是 means "but" only where it opens a clause; "这可是最优惠的" only stresses.
      if (hit.entry.phrase === '可是' && !opensClause(ctx.view, from)) continue;
      // 是这样没错,但是是送同商品: the confirmation completed, nothing granted taken back.
      if ((hit.entry.phrase === '但是' || hit.entry.phrase === '可是') && clarifiesAConfirmation(ctx.view, from, to)) continue;
      const kind = kinds.get(hit.entry.phrase);
      const text = ctx.doc.text.slice(hit.start, hit.end);
      const message = kind
        ? MESSAGES[kind](text)
        : { zh: `负面说法“${text}”`, en: `Negative wording "${text}"` };
      const wholeClause = opensClause(ctx.view, from) && closesClause(ctx.view, to);
      ctx.report(hit.start, hit.end, message, fixesFor(ctx, hit, kind, wholeClause, endsSentence(ctx.view, to)));
    }
    reportConstructions(ctx);
  },
};

/**
 * 但 alone opening a clause (…,但如果款项未结清…; 。但近期…) cancels what came before it as 但是
 * does. 不但, 但凡 and 但愿 are other words; 但是 is the listed phrase.
 */
const CONTRAST_OPENER: readonly Construction[] = [
  {
    name: '但……',
    pattern: /但(?!是|凡|愿)/g,
    opens: 'clause',
    // 但还有几个情况请您再讲一下, 但也, 但请您放心: it adds to what was said, it does not take it back.
    // 我知道您很难过,但很多走失的宠物最后都平安回来了: 但 turns from the customer's worry to how most such
    // cases end; it comforts, it takes nothing back.
    // 我理解您的情况,但逾期还款会产生利息和罚息,请您尽量筹集资金,以免加重负担: a consequence the customer
    // must know, said with the advice that spares them it; it warns, it takes nothing back.
    notBefore:
      /^(?:还有|也|请|(?:很多|许多|不少|大多数|大部分|多数|绝大多数|绝大部分)[^\n,。!?;]{0,8}?最(?:后|终)|[^\n]{0,16}?(?:会|将)(?:产生|导致|影响|造成|加重|增加|收取|扣除|上报)[^\n]*?(?:请你|建议你|以免|避免|尽量|尽早|尽快))/,
    // 很多客户最初也认为不需要,但使用后发现…: 但 turns from what other customers once thought to what
    // they found; it takes back a doubt, not what the agent said.
    // 您的心意我们收下了,但礼物请您带回去; 谢谢您的好意,但…: declining a gift or a courtesy takes back
    // nothing the agent said; thanking first is how the standards decline.
    politeBefore:
      /(?:很多|不少|有些|有的|许多|大部分|大多数|其他|好多)(?:客户|用户|人|朋友|家长|业主)[^\n]{0,8}?(?:认为|以为|觉得|担心|怕|犹豫|顾虑)|(?:心意|好意)(?:我们|我)?(?:已经|都)?(?:收下|领了|心领)|心领了|(?:谢谢|感谢)你(?:们)?的(?:心意|好意|礼物|关心)/,
    cite: S002,
  },
];

type Reported = ConstructionMatch & { kind: Kind };

/**
 * The constructions this rule reports where no listed phrase or 服务忌语 already covers the text:
 * 推诿 (你去找营业厅吧, 不属于我的工作范围), blame-shifting (是实习生干的), 搪塞 (你自己上网去查,
 * 不知道,你打114查), flat refusals (不行, 这个办不了) and 但 opening a clause.
 */
function constructions(ctx: RuleContext, hits: readonly Span[], remove: readonly string[]): Reported[] {
  const found: Reported[] = [
    ...sendingElsewhere(ctx).map((m) => ({ ...m, kind: 'not-mine' as const })),
    ...pushedBack(ctx).map((m) => ({ ...m, kind: 'not-mine' as const })),
    ...blameShifting(ctx).map((m) => ({ ...m, kind: 'not-mine' as const })),
    ...blamingOthers(ctx).map((m) => ({ ...m, kind: 'not-mine' as const })),
    ...brushOffs(ctx).map((m) => ({ ...m, kind: 'not-mine' as const })),
    ...flatRefusals(ctx),
    ...denials(ctx),
    ...selfJustification(ctx).map((m) => ({ ...m, kind: 'defence' as const })),
    ...findConstructions(ctx.doc, ctx.view, CONTRAST_OPENER)
      .filter((m) => takesBackAGrant(ctx.view, m.from) && !clarifiesAConfirmation(ctx.view, m.from, m.to))
      .map((m) => ({ ...m, kind: 'contrast' as const })),
  ];
  const kept: Reported[] = [];
  for (const m of notRemoved(ctx.view, found, remove).sort((a, b) => a.start - b.start)) {
    if (overlapsAny(hits, m.start, m.end) || overlapsTaboo(ctx, m.start, m.end)) continue;
    if (kept.length > 0 && kept[kept.length - 1].end > m.start) continue;
    kept.push(m);
  }
  return kept;
}

function reportConstructions(ctx: RuleContext): void {
  for (const m of constructions(ctx, ctx.hits, ctx.settings.remove)) {
    const text = ctx.doc.text.slice(m.start, m.end);
    // Which of 同时/另外/不过 reads right depends on what follows 但; the rest match only part of
    // their sentence (您去问营业厅吧, 这个办不了): the writer rewords the whole of it.
    const fixes = m.kind === 'contrast' ? rewordFixes(ctx.doc, m.start, m.end, CONTRAST, false) : m.kind === 'refusal' ? [passItOn(ctx, m)] : [];
    ctx.report(m.start, m.end, MESSAGES[m.kind](text), fixes);
  }
}

/** The seed's handover (004 八、4), offered after the flat refusal's sentence: whether it is true only the writer knows. */
function passItOn(ctx: RuleContext, m: ConstructionMatch): Fix {
  const end = sentenceEndInText(ctx.doc, ctx.view, sentenceEnd(ctx.view, m.to));
  return textFix(end, end, (text) => ({ zh: `在这句后面加上“${text}”`, en: `Add "${text}" after the sentence` }), styledAt(ctx.doc, end, '，我帮您反馈给相关部门处理'), false);
}

const reported = new WeakMap<NormalizedView, { config: CallscriptConfig; spans: Span[] }>();

/**
 * The constructions negative-wording reports in this run: refusal-alternative leaves their text
 * alone, so that one refusal is one finding.
 */
export function negativeConstructionSpans(ctx: RuleContext): Span[] {
  const cached = reported.get(ctx.view);
  if (cached && cached.config === ctx.config) return cached.spans;
  const settings = ruleSettings(ctx.config, negativeWording.id, negativeWording.defaultSeverity);
  const off = suppressions(ctx.doc);
  const spans =
    settings.severity === 'off'
      ? []
      : constructions(ctx, ctx.hitsOf(negativeWording.id), settings.remove)
          .filter((s) => !isSuppressed(off, negativeWording.id, lineAt(ctx.doc, s.start).index))
          .map((m) => ({ start: m.start, end: m.end }));
  reported.set(ctx.view, { config: ctx.config, spans });
  return spans;
}
