import { fixText } from '../../server/src/host/fix-file';
import { lint, RULES, type Finding, type LintOptions } from '../../server/src/engine';

/** Counting findings by rule, and those a fix may bring to light that were in the script before. */

export function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

/**
 * The findings a fix may bring to light, and why it is no fault of the fix: each was in the script
 * before, where a rule could not see it.
 * - A call that opens with a hail (喂!讲话!) gives no 工号 either, but greeting-employee-id judges
 *   greetings and 喂 is none; taboo-phrase's fix makes it 您好,请讲!, and the rule then sees the ID
 *   missing. The fix cannot supply the ID (only the writer knows it goes there), so the finding is
 *   the writer's to act on.
 * - A refusal in a rhetorical question (办不了,我不是跟您说得很清楚了吗?!) is read as part of a
 *   question by refusal-alternative until the fix ends the sentence with 。 as a statement; the
 *   alternative to offer is again the writer's to say.
 * - A greeting the rules do not read as one where it stands (但周末好) is changed for the day's
 *   (the day a corrected front matter key, vaild → valid, now gives)
 *   (但新春快乐), which greeting-employee-id reads as an opening greeting lacking its ID, and
 *   closing-sequence as the opening of a call whose closing it then judges.
 * - A hail after the ID ({工号}喂) is a greeting in the wrong place once the fix makes it 您好, and
 *   opening-order then says so; where the greeting belongs is the writer's to choose. A hail before
 *   asking for the customer (喂,请问是张先生吗?) opens the call once it is 您好, and then lacks
 *   the agent's introduction before that question (opening-order) and the ID (greeting-employee-id).
 * Counted here: those rules' findings once only the hails, rhetorical questions and greetings are fixed.
 */
export function hidden(text: string, how: LintOptions): Map<string, number> {
  const rewordedOnly = { ...how, rules: RULES.filter((r) => REWORDING.includes(r.id)) };
  const reworded = fixText(text, rewordedOnly).text;
  if (reworded === text) return new Map();
  return countByRule(lint(reworded, how).findings.filter((f) => REVEALED.includes(f.rule)));
}

const REWORDING = ['taboo-phrase', 'interrogative-tone', 'holiday-greeting', 'weekend-greeting', 'front-matter'];
const REVEALED = ['greeting-employee-id', 'refusal-alternative', 'opening-order', 'closing-sequence'];
