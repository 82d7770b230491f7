import type { NormalizedView } from '../normalize';
import { opensClause } from './phrase-context';

/**
 * Where taboo-phrase's rewording of a phrase would be glued to the words before it: the rewording is
 * then only offered, and the writer rewords the clause.
 */

/** Hails: no clause, so the words after them hang on nothing of theirs (喂请问您找谁 → 您好请问您找谁). */
export const INTERJECTIONS = ['喂', '嘿'];

/**
 * Whether words run into a hail from before it, no mark between (你喂, 好的你喂): a greeting opens
 * its clause, and 您好 there reads as part of them (你您好), as does what follows once the hail is
 * deleted (你喂,您好 → 你您好); the writer rewords the clause. Another hail or a greeting is no such
 * word (喂喂, 您好喂): the greeting is said once.
 */
export function wordsRunInto(view: NormalizedView, from: number): boolean {
  if (opensClause(view, from)) return false;
  return !INTERJECTIONS.includes(view.text[from - 1]) && !view.text.endsWith('你好', from);
}

/**
 * A rewording that is a clause of its own, with its subject (我为您…, 请您…, after a word such as
 * 可能我…), or more than one clause (对不起，我们会…): glued to words before the phrase
 * (这个信不信由你, 信不信我是…) it reads as part of their clause, and may make another phrase with them.
 */
export const SAYS_OWN_CLAUSE = /^[^,，]{0,2}(?:我|请|您)|[,，]/;
