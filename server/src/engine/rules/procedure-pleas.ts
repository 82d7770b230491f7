/**
 * The procedure or the rules pleaded as the answer (我是按流程操作, 我们都是按规定办的, 按规定办的,
 * 公司规定如此): one pattern and one set of guards for the readers that each kept their own — the
 * denial negative-wording reports (the plea as a whole clause, the agent its subject) and the opening
 * apology-first reads as an excuse put in place of the apology (004 三不: 不说推卸责任的话).
 */

/** By the book, and how it was done: 按(照)流程操作, 依规定办的, 按程序来. */
const BY_THE_BOOK =
  '(?:按|按照|依照|根据|依)(?:着)?(?:流程|程序|规定|规章|制度|规矩|章程)(?:来)?(?:操作|办事|做事|办理|办|执行|做|处理|来|走)(?:的)?';
/** The rule as the end of the talk, in the written register: 公司规定如此, 规定一向如此. */
const SO_RULED = '(?:(?:公司|上面|上级|银行|单位|国家)的?)?(?:规定|政策|制度|流程)(?:一向|向来|历来|本来)?如此';

/** The plea, said by the agent of their own conduct (我只是按规定办事, 我们都是严格按程序执行的), or so ruled. */
export const PROCEDURE_PLEA = new RegExp(`(?:我|我们)(?:只|也|都|一直)?是(?:严格)?${BY_THE_BOOK}(?:啊|呀)?|${SO_RULED}`, 'g');
/** The plea anywhere in an opening, the agent named or not (按规定办的, 规定如此). */
export const PLEA_IN_OPENING = new RegExp(`${BY_THE_BOOK}|${SO_RULED}`);

/**
 * What makes the plea an explanation rather than the end of the talk: the agent goes on to what can
 * be done (我是按流程操作的,我帮您再查一下; 我会按流程为您加急处理), says how it goes and when (我们是
 * 按流程办理的,预计三天到账), or regrets what the rule costs the customer (给您带来不便,请您谅解).
 */
export const NOT_A_PLEA = /我(?:可以|帮|来|为|会|们可以|们会)|帮你|为你|建议你|你可以|不便|谅解|理解|预计/;

/** Whether an opening pleads the procedure and goes on to nothing. */
export function pleadsProcedure(opening: string): boolean {
  return PLEA_IN_OPENING.test(opening) && !NOT_A_PLEA.test(opening);
}
