import { lineAt, type ScriptDocument } from '../document';
import type { NormalizedView } from '../normalize';
import type { Fix, Message } from '../types';
import { clauseEnd } from './opening-greetings';
import { styledAt, textFix, type StyledText } from './reword';
import type { Introduction } from './self-introductions';
import { originalRange } from './turn-text';

/**
 * Where greeting-employee-id puts the ID into an introduction that lacks one: `{工号}` after the role
 * word, or `，工号{工号}` after the introduction's clause, in the line's script and width.
 */

/**
 * The fixes for an introduction without an ID. A turn that already names an ID the rule cannot read
 * (我的工号是****, 1号话务员) would say it twice: there the fix is only offered.
 */
export function introductionFixes(doc: ScriptDocument, view: NormalizedView, intro: Introduction, preferred: boolean): Fix[] {
  const range = originalRange(view, intro.start, intro.end);
  const offerOnly = !preferred || MENTIONS_ID.test(view.text);
  return intro.role === undefined || NAME_AFTER_ROLE.test(doc.text.slice(range.end))
    ? afterClauseFixes(doc, view, intro.start, !offerOnly)
    : [afterRoleFix(doc, view, intro, !offerOnly)];
}

/**
 * A name right after the role, to the clause's end (客户经理小王, 客服[姓名], 客户经理**): the ID
 * between them would split the agent's name from the role (客户经理{工号}小王); it goes after the name.
 */
const NAME_AFTER_ROLE = /^(?:[小老阿][\p{L}\p{N}]{1,2}|\p{Script=Han}{2,3}|[*＊xX×○_]+|\[[^\]\n]{1,8}\]|［[^］\n]{1,8}］|【[^】\n]{1,8}】)(?=[\s,，。.!！?？;；、~～…]|$)/u;

/** {工号} right after the role word: 客服代表{工号}. */
function afterRoleFix(doc: ScriptDocument, view: NormalizedView, intro: Introduction, preferred: boolean): Fix {
  const range = originalRange(view, intro.start, intro.end);
  const roleStart = view.origin[intro.role as number];
  const role = doc.text.slice(roleStart, range.end);
  // 热线号话务员: the text left the number before 号 blank, and the ID fills that slot.
  if (BLANK_NUMBER.test(doc.text.slice(Math.max(0, roleStart - 2), roleStart))) {
    return {
      title: { zh: `在“${doc.text.slice(roleStart - 1, range.end)}”前插入 {工号}`, en: `Insert {工号} before "${doc.text.slice(roleStart - 1, range.end)}"` },
      edits: [{ start: roleStart - 1, end: roleStart - 1, newText: '{工号}' }],
      ...(preferred ? { preferred: true } : {}),
    };
  }
  return {
    title: { zh: `在“${role}”后插入 {工号}`, en: `Insert {工号} after "${role}"` },
    edits: [{ start: range.end, end: range.end, newText: '{工号}' }],
    // A placeholder right after the role is most likely the ID mistyped ({工好}), which
    // unknown-placeholder corrects: a second one before it is only offered.
    ...(preferred && doc.text[range.end] !== '{' ? { preferred: true } : {}),
  };
}

/** 号 right before a role with a word before it, not a number (一号, 12号) or a blank's mark (XX号, ××号). */
const BLANK_NUMBER = /[^\P{Script=Han}〇零一二三四五六七八九十百两兩][号號]$/u;

/** `，工号{工号}` after the introduction's own clause (我是XX移动，工号{工号}), in the line's script and width. */
function afterClauseFixes(doc: ScriptDocument, view: NormalizedView, self: number, preferred: boolean): Fix[] {
  const readTo = view.origin[clauseEnd(view, self) - 1] + 1;
  const next = doc.text.slice(readTo, readTo + 1);
  if (CLAUSE_ENDS.test(next) && !SPACE_RE.test(next)) return [afterClauseFixAt(doc, readTo, preferred)];
  // A space may end the clause (XX公司 请问…) or stand in a name (医院XX 科): both places are offered.
  if (SPACE_RE.test(next)) {
    const across = markAfter(doc, readTo, true);
    // Two choices alike in what they insert are told apart by the words they follow.
    return [afterClauseFixAt(doc, readTo, false, true), ...(across === undefined ? [] : [afterClauseFixAt(doc, across, false, true)])];
  }
  // The view stops reading at what it drops (我是[公司名称]的…, 支行(营业网点)××): the clause goes on
  // in the text to its mark, and the ID goes there; put where the view stopped, it would split the name.
  const at = markAfter(doc, readTo, false);
  return [at === undefined ? afterClauseFixAt(doc, readTo, false) : afterClauseFixAt(doc, at, preferred && !endsInQuestion(doc, at))];
}

/**
 * 我是[银行名称]的员能和您确认一下您的身份吗?: the clause the text runs on to is a question, so the
 * introduction ends somewhere inside it, where only the writer can tell (…的员工{工号},能和您…);
 * `，工号{工号}` before its ? would tack the ID onto the question. Offered there, not applied.
 */
function endsInQuestion(doc: ScriptDocument, at: number): boolean {
  return /^[?？]/.test(doc.text.slice(at, at + 1)) || /[吗呢嘛][\s]*$/.test(doc.text.slice(Math.max(0, at - 3), at));
}

function afterClauseFixAt(doc: ScriptDocument, at: number, preferred: boolean, sayWhere = false): Fix {
  const id = styledAt(doc, at, ',工号');
  const text: StyledText = { traditional: id.traditional, text: () => `${id.text()}{工号}` };
  const where = doc.text.slice(Math.max(lineAt(doc, at).start, at - 4), at);
  const title = (t: string): Message =>
    sayWhere ? { zh: `在“${where}”后插入工号\uFF1A“${t}”`, en: `Insert the employee ID after "${where}": "${t}"` } : { zh: `插入工号\uFF1A“${t}”`, en: `Insert the employee ID: "${t}"` };
  return textFix(at, at, title, text, preferred);
}

/**
 * Where the clause holding `from` ends in the text: before its next clause mark, or at the end of
 * its line, past bracketed words (北部湾银行××支行(营业网点)××(职务、姓名)); undefined when a
 * bracket is left open, or a space comes first and `acrossSpaces` is not set (whether the space
 * ends the clause, the text does not say).
 */
function markAfter(doc: ScriptDocument, from: number, acrossSpaces: boolean): number | undefined {
  const end = lineAt(doc, from).end;
  let open = '';
  let k = from;
  for (; k < end; k++) {
    const c = doc.text[k];
    if (open !== '') {
      if (c === open) open = '';
    } else if (BRACKETS[c] !== undefined) open = BRACKETS[c];
    else if (CLAUSE_MARKS.includes(c)) break;
    else if (!acrossSpaces && SPACE_RE.test(c)) return /^\s*$/.test(doc.text.slice(k, end)) ? k : undefined;
  }
  if (open !== '') return undefined;
  while (k > from && SPACE_RE.test(doc.text[k - 1])) k--;
  return k;
}

/** A space within the line: the end of the line ends the clause. */
const SPACE_RE = /[^\S\r\n]/;

const BRACKETS: Record<string, string> = { '(': ')', '\uFF08': '\uFF09', '[': ']', '\uFF3B': '\uFF3D', '【': '】', '“': '”', '「': '」', '《': '》' };
const CLAUSE_MARKS = ',，。.!！?？;；';

/** The word 工号, or a number said as one (306号): an ID the turn names in a form the rule may not read. */
const MENTIONS_ID = /工号|[0-9一二三四五六七八九十]号/;
/** What may follow the end of a clause: a mark, a space, a stage direction, the end of the text. */
const CLAUSE_ENDS = /^(?:$|[\s,，。.!！?？;；:：、…~～【])/;
