import { lexiconPhrases, type LexiconKind } from '../lexicon';
import type { PhraseHit, Rule, RuleContext } from '../rule';
import type { Message } from '../types';
import { notRemoved } from './construction';
import { inPlaceholder, opensClause, overlapsAny, unitsOf } from './phrase-context';
import { rewordFixes } from './reword';
import { NOT_PROMISED, promises, PROMISES } from './promises';

/**
 * 过度承诺: absolute claims (绝对正品), outcomes the agent does not decide (保证能退, 肯定没问题) and
 * returns or safety promised on a product (稳赚不赔, 零风险). The standards ask an agent not to
 * promise at will what is beyond their authority (003 三、5) and never on the spot (002 §3.2); the
 * laws on advertising and on selling insurance and investments forbid these words in sales. What
 * the agent will do themself (我一定尽快为您处理, 保证在24小时内给您回电) is a service commitment and
 * is never reported: see promises.ts and docs/rules/over-promise.md.
 */

const S002_HONEST = { seed: '002_5ab7d194a3b83629.txt', section: '3.1 七个一工作要求 1.品德素质与精神面貌要求 (诚实守信…不做误导性或不诚实的产品介绍)' };

const lexicon = lexiconPhrases('over-promise');

type Kind = Extract<LexiconKind, '绝对化' | '保证结果' | '保本保收益'>;

const MESSAGES: Record<Kind, (text: string) => Message> = {
  绝对化: (text) => ({
    zh: `绝对化的说法“${text}”：只说能核实的事实（授权、检测、来源），不作绝对的断言`,
    en: `Absolute claim "${text}": state what can be checked (authorisation, test results, origin), not an absolute`,
  }),
  保证结果: (text) => ({
    zh: `不要随意承诺“${text}”：结果不由坐席决定。说明您会做什么、结果取决于什么`,
    en: `Do not promise "${text}": the outcome is not the agent's to decide. Say what you will do and what the outcome depends on`,
  }),
  保本保收益: (text) => ({
    zh: `不得承诺收益或无风险（“${text}”）：如实说明产品的风险，收益不作保证`,
    en: `Do not promise returns or no risk ("${text}"): state the product's risks; returns are not guaranteed`,
  }),
};

/** 不是零风险, 并非绝对正品, 没有稳赚不赔的: the listed phrase denied in its own clause. */
function denied(ctx: RuleContext, from: number): boolean {
  let start = from;
  while (start > 0 && !opensClause(ctx.view, start)) start--;
  return NOT_PROMISED.test(ctx.view.text.slice(start, from));
}

/** A team's own rewording, preferred; the data offers none, as the honest sentence depends on the facts. */
function fixesFor(ctx: RuleContext, hit: PhraseHit) {
  return ctx.settings.replacements[hit.entry.phrase] !== undefined ? rewordFixes(ctx.doc, hit.start, hit.end, hit.entry.replacements ?? [], true) : [];
}

export const overPromise: Rule = {
  id: 'over-promise',
  defaultSeverity: 'warning',
  title: { zh: '不作绝对化断言，不承诺坐席决定不了的结果', en: 'No absolute claims, no promises of outcomes the agent does not decide' },
  sources: [...new Set(PROMISES.map((c) => c.cite)), S002_HONEST],
  phrases: { entries: lexicon.entries, guards: lexicon.guards },
  examples: {
    flag: [
      '绝对正品,请您放心。',
      '这款精华100% 有效。',
      '这个理财稳赚不赔。',
      '零风险,收益还高。',
      '您放心,保证能退。',
      '您的贷款肯定能批下来。',
      '这个肯定没问题。',
      '保證能退。',
      '买了肯定赚。',
      '我跟您打包票。',
      '明天一定到货。',
      '包您满意!',
      '今天领导不在,我们下周会给您满意的答复。',
    ],
    pass: [
      '我一定尽快为您处理。',
      '我们保证在24小时内给您回电。',
      '谢谢您的建议,我们一定加以改善。',
      '您反映的问题我们一定尽快给予答复。',
      '我不能保证一定能批下来,但我会尽力帮您跟进。',
      '投资有风险,这款产品不保本,收益也不能保证。',
      '这款产品不是零风险的。',
      '我们会通过短信通知您审核结果。',
      '为了保证服务质量,我们可能对通话进行录音。',
      '亲,我们是商城正品,质量有保证,您可以放心拍照。',
      '相信一定能帮您找出一款最适合您的用品。',
      '只要符合退货条件,一定可以退。',
      '您能保证按时还款吗?',
      '请您一定注意保管好密码。',
      '我们支持七天包退包换。',
      '我会把您的情况向公司领导反映,尽快给您一个满意的答复。',
      '我们会尽力给您一个满意的答复。',
    ],
  },
  check(ctx) {
    const reported: Array<{ start: number; end: number }> = [];
    for (const hit of ctx.hits) {
      if (inPlaceholder(ctx.doc, hit.start, hit.end)) continue;
      if (denied(ctx, unitsOf(ctx.view, hit.start, hit.end).from)) continue;
      const kind = (lexicon.kinds.get(hit.entry.phrase) ?? '保证结果') as Kind;
      ctx.report(hit.start, hit.end, MESSAGES[kind](ctx.doc.text.slice(hit.start, hit.end)), fixesFor(ctx, hit));
      reported.push(hit);
    }
    // A listed phrase wins over a construction that shares its words: one promise, one finding.
    for (const m of notRemoved(ctx.view, promises(ctx), ctx.settings.remove)) {
      if (overlapsAny(reported, m.start, m.end)) continue;
      ctx.report(m.start, m.end, MESSAGES[m.construction.kind](ctx.doc.text.slice(m.start, m.end)));
    }
  },
};
