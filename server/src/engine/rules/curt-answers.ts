import type { ScriptDocument, Turn } from '../document';
import type { RuleContext } from '../rule';
import type { Message } from '../types';
import { spokenRange, spokenText } from './call-turns';
import { COURTESY } from './curt-exclamations';

/**
 * A short answer that says no and nothing else: 不行。, 没有。, 不知道。, 开不了。, 非质量问题不处理。 — a
 * whole agent turn of a few words with a negation in it and no courtesy at all. The seeds ask for no
 * 生硬语言 (004 三不) and for a refusal to come with its reason and what can be done; the industry's
 * lists of 服务忌语 are full of such bare noes. Across the labeled corpora of published scripts, an
 * agent turn of ten characters or fewer with a negation and no courtesy was flagged by the reviewers
 * in 104 of 107 cases.
 *
 * What passes: advice (别吃多了); a question without its mark (是不是跟你说过了), a condition (如果你不懂)
 * or an invitation to come back (有什么不清楚的再联系); any turn with 您, 请, thanks, apology or a respectful address (the COURTESY of curt
 * exclamations); comfort (别着急,我马上就来。, 不要紧); good news (不用再交费。, 免费); an affirmation
 * (没错。, 不错); the agent's own act or promise (我马上就来。), or a shortfall owned (可能我没有解释清楚, 我们没有做好); a yes-or-no question answered with its
 * own verb negated (会不会再发生? 不会。); a question or an exclamation (read by interrogative-tone and
 * the curt exclamations).
 */

/** Words a turn needs at most to be this curt: 不知道,你打114查。 is eight. */
const MAX_CHARACTERS = 10;

/** Longer than this as written, a turn is no bare no whatever its marks: skipped before it is simplified. */
const MAX_WRITTEN = 40;

/** A no, not a prohibition: 别吃多了 advises (an order barked is the curt imperatives'). */
const NEGATION = /不|没|无|未/;

/** A question without its mark (是不是跟你说过了, 谁让你不满意), a condition, or an invitation to come back. */
const NOT_AN_ANSWER = /([\u4e00-\u9fff])不\1|谁|什么|怎么|哪|为什么|吗|呢|如果|若|要是|假如|万一|再联系|再问|随时/;

/** A negation that comforts, affirms or brings good news. */
const NOT_A_NO =
  /别着急|别急|不着急|不用着急|别担心|不用担心|不要紧|没事|没错|不错|没毛病|不用(?:再)?(?:交|付|花|提高|额外|排队|跑)|不收费|免费|无需(?:再)?(?:交|付)/;

/** The agent about to act for the customer, or owning a shortfall (我没有解释清楚, 我们未做好…). */
const OWN_ACT =
  /(?:我|我们|咱们?)(?:马上|这就|立刻|现在就|会|一定|帮|来)|我(?:们)?(?:没有?|未|未能|没能)(?:(?:听|说|讲|解释|表达|介绍)(?:清楚|明白)|做好|做到|及时|处理好|注意到|考虑到)/;

const CHINESE = /[\u3400-\u9fff]/g;

export interface CurtAnswer {
  start: number;
  end: number;
}

/** The agent turns that are a curt no, none overlapping `taken`. */
export function curtAnswers(ctx: RuleContext, taken: ReadonlyArray<{ start: number; end: number }>): CurtAnswer[] {
  const { doc } = ctx;
  const found: CurtAnswer[] = [];
  doc.turns.forEach((turn, i) => {
    if (turn.role !== 'agent' || spokenLength(doc, turn) > MAX_WRITTEN) return;
    const said = spokenText(doc, turn);
    if (!NEGATION.test(said) || /[?？!！]/.test(said) || (said.match(CHINESE)?.length ?? 0) > MAX_CHARACTERS) return;
    if (COURTESY.test(said) || NOT_A_NO.test(said) || NOT_AN_ANSWER.test(said) || OWN_ACT.test(said)) return;
    const before = doc.turns[i - 1];
    if (before?.role === 'customer' && answersInKind(spokenText(doc, before), said)) return;
    const range = spokenRange(doc, turn);
    if (range && !taken.some((t) => t.start < range.end && range.start < t.end)) found.push(range);
  });
  return found;
}

function spokenLength(doc: ScriptDocument, turn: Turn): number {
  let n = 0;
  for (let i = turn.firstLine; i <= turn.lastLine; i++) for (const span of doc.lines[i].spoken) n += span.end - span.start;
  return n;
}

/**
 * A yes-or-no question answered with its own verb negated (会不会…? 不会。, 您知道…吗? 不知道。): the
 * answer asked for, not a no thrown at the customer.
 */
function answersInKind(asked: string, said: string): boolean {
  if (!/吗\s*[?？]?\s*$|([\u4e00-\u9fff])不\1|有没有|是不是/.test(asked)) return false;
  const verb = /^(?:不|没|没有)([\u4e00-\u9fff]{1,2})[。.]?$/.exec(said.trim());
  return verb !== null && asked.includes(verb[1]);
}

export function curtAnswerMessage(text: string): Message {
  return {
    zh: `“${text}”是生硬的否定答复，没有任何礼貌用语：称呼客户，说明原因，并告诉客户可以怎样办`,
    en: `"${text}" is a bare no without a word of courtesy: address the customer, give the reason and say what can be done`,
  };
}
