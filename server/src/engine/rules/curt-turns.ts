import type { RuleContext } from '../rule';
import type { Message } from '../types';
import { curtAnswerMessage, curtAnswers } from './curt-answers';
import { curtExclamations, exclamationMessage } from './curt-exclamations';

/** The phrase rules whose listed phrases already say what is wrong with a sentence (没看见牌子 is a 反问). */
const LISTED_ELSEWHERE = ['negative-wording', 'interrogative-tone', 'vague-wording', 'over-promise'];

/**
 * The agent's words that are curt by their form rather than by a phrase: an exclamation in a turn
 * without courtesy, and a turn that is a bare no. Taboo-phrase reports them last, only where it found
 * nothing more precise (its own findings, or a phrase another rule lists), and outside the text it claims, so that other rules keep their findings there.
 */
export function curtTurns(ctx: RuleContext, tabooFound: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number; message: Message }> {
  const text = (m: { start: number; end: number }) => ctx.doc.text.slice(m.start, m.end);
  const taken = [...tabooFound, ...LISTED_ELSEWHERE.flatMap((id) => ctx.hitsOf(id))];
  const exclaimed = curtExclamations(ctx, taken).map((m) => ({ start: m.start, end: m.end, message: exclamationMessage(text(m)) }));
  const bare = curtAnswers(ctx, [...taken, ...exclaimed]).map((m) => ({ ...m, message: curtAnswerMessage(text(m)) }));
  return [...exclaimed, ...bare].sort((a, b) => a.start - b.start);
}
