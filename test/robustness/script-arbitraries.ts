import fc from 'fast-check';
import { RULES } from '../../server/src/engine';

/**
 * Random call scripts and random edits to them, built from what makes scripts hard: CJK in both
 * scripts, surrogate pairs (emoji, CJK Extension B), every line ending, a BOM, tabs, stage
 * directions, comments and directives, front matter, and the phrases the rules look for — whole,
 * and in halves that a later edit can join (但|是, 信不信|由你).
 */

/** Every rule's own example agent lines, flagged and passing: text the rules have an opinion on. */
const RULE_LINES = RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]).filter((e) => !e.includes('\n'));

const PHRASE_HALVES = ['但', '是', '但是', '不但是', '信不信', '由你', '信不信由你', '你', '您', '妳', '你们', '喂', '讲话', '你别', '激动', '请稍', '等', '请稍等', '感谢您的等候', '再见', '再', '见', '您稍等', '我帮您查询一下', '可以吗?', '让您久等了', '转接', '投诉部', '不行', '办不了', '我可以为您', '投诉', '太慢了', '非常抱歉', '跟您确认一下'];
const GREETINGS = ['新年快乐!', '新春快乐!', '周末好!', '您好!', '中秋快乐', '我是', '客服代表', '{工号}', '工号 1234', 'XXX(工号)', '{问候语}', '{订单号}', '{工号'];
const DATA = ['13812345678', '11010519491231002X', '6222020200112233445', '10086', '95588'];
const CJK = '的一是不了人我在有这个们中来上大为和国地到以说时要就出会可也对能好请问电话务客服谢帮查办理号码费业';
const TRADITIONAL = ['這', '們', '說', '時', '為', '國', '會', '對', '請', '問', '電話', '服務', '幫您查詢', '難道', '別激動'];
const ASTRAL = ['😀', '👍🏽', '🇨🇳', '👨‍👩‍👧', '𠀀', '𪚥', '\u{1F4DE}'];
const MARKS = [',', '。', '!', '?', ':', ';', '、', ',', '!', '?', '?!', '?!', '……', '「', '」', '"', '~'];
const ODD = ['\t', ' ', '  ', 'a', 'A', 'abc', '\u00a0', '\u3000', 'e\u0301', '\ufeff', '{', '}', '//', '#', '---', '【', '】', '【停顿】', '【语气亲切】', '【保持】', '【取消保持】', '【转接】', '【转接至投诉部】'];
/** Characters nobody sees: transparent to matching, and bidirectional controls that hidden-characters reports. */
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufe0f', '\u034f', '\u202e', '\u202a\u202c', '\u2066', '\u2069', '\u200f', '\u{E0041}'];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASE_HALVES, ...GREETINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...RULE_LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...CJK.split('')) },
  { weight: 1, arbitrary: fc.constantFrom(...TRADITIONAL, ...DATA) },
  { weight: 2, arbitrary: fc.constantFrom(...ASTRAL, ...MARKS, ...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
);

const AGENT_LABELS = ['坐席:', '坐席:', '座席:', '客服:', 'agent:', 'A:', '  坐席 :', '\t坐席:'];
const CUSTOMER_LABELS = ['客户:', '客户:', '用户:', 'customer:', 'C:'];
const COMMENTS = ['// 备注', '// callscript-disable-next-line', '// callscript-disable-next-line taboo-phrase', '// callscript-disable polite-pronoun', '// callscript-enable', '// callscript-disable-file negative-wording', '//坐席:喂,讲话!'];
const HEADINGS = ['# 开场', '## 开场白', '# 结束', '### 结束语', '# 办理', '#开场'];

const lineText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...AGENT_LABELS), fc.array(fragment, { maxLength: 6 })).map(([l, f]) => l + f.join('')) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...CUSTOMER_LABELS), fc.array(fragment, { maxLength: 4 })).map(([l, f]) => l + f.join('')) },
  { weight: 2, arbitrary: fc.array(fragment, { maxLength: 4 }).map((f) => f.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...COMMENTS, ...HEADINGS, '') },
);

const FRONT_MATTER = [
  ['---', 'title: 宽带续约外呼', 'valid: 2027-02-05 15:00 ~ 2027-02-13 24:00', '---'],
  ['---', 'valid: 2027-02-06', 'direction: outbound', '---'],
  ['---', 'titel: 外呼', 'vaild: 2027-02-06', '---'],
  ['---', 'valid: 2027-02-30', 'timezone: Mars/Olympus', '---'],
  ['---', 'title: [宽带', '---'],
  ['---', 'title: 没有结束'],
  ['---', '---'],
];

export type LineEnding = '\n' | '\r\n' | '\r' | 'mixed';

export interface ScriptShape {
  bom: boolean;
  ending: LineEnding;
  text: string;
}

/** A whole script, always well-formed UTF-16 (only an edit that splits a surrogate pair makes it otherwise). */
export function script(options: { maxLines?: number } = {}): fc.Arbitrary<ScriptShape> {
  return fc
    .record({
      bom: fc.boolean(),
      ending: fc.constantFrom<LineEnding>('\n', '\r\n', '\r', 'mixed'),
      frontMatter: fc.option(fc.constantFrom(...FRONT_MATTER), { nil: undefined }),
      lines: fc.array(lineText, { maxLength: options.maxLines ?? 12 }),
      mixedEndings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 20, maxLength: 20 }),
      finalBreak: fc.boolean(),
    })
    .map(({ bom, ending, frontMatter, lines, mixedEndings, finalBreak }) => {
      const all = [...(frontMatter ?? []), ...lines];
      const eol = (i: number) => (ending === 'mixed' ? mixedEndings[i % mixedEndings.length] : ending);
      const text = all.map((l, i) => (i < all.length - 1 || finalBreak ? l + eol(i) : l)).join('');
      return { bom, ending, text: bom ? `\ufeff${text}` : text };
    });
}

/** One edit as drawn: where and how much as fractions of the text, resolved against the text it applies to. */
export interface EditOp {
  kind: 'insert' | 'delete' | 'replace' | 'type' | 'newline';
  at: number;
  length: number;
  text: string;
  /** Whether offsets are moved off the middle of a surrogate pair or a CRLF, as an editor's cursor is. */
  snap: boolean;
}

export const editOp: fc.Arbitrary<EditOp> = fc.record({
  kind: fc.constantFrom<EditOp['kind']>('insert', 'delete', 'replace', 'type', 'newline'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 12 }),
  text: fc.oneof(fragment, lineText, fc.constantFrom(...CUSTOMER_LABELS, ...AGENT_LABELS)),
  snap: fc.boolean(),
});

/** An edit as offsets into the text it applies to. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edits an op makes, each to apply to the text the previous one left: `type` enters its text
 * one UTF-16 unit at a time, so a phrase arrives in pieces.
 */
export function offsetEdits(text: string, op: EditOp, eol: string): OffsetEdit[] {
  const at = place(text, Math.floor(op.at * (text.length + 1)), op.snap);
  const end = place(text, Math.min(text.length, at + op.length), op.snap);
  switch (op.kind) {
    case 'insert':
      return [{ start: at, end: at, newText: op.text }];
    case 'delete':
      return [{ start: at, end: Math.max(at, end), newText: '' }];
    case 'replace':
      return [{ start: at, end: Math.max(at, end), newText: op.text }];
    case 'newline':
      return [{ start: at, end: at, newText: eol }];
    case 'type': {
      const units = op.snap ? [...op.text] : op.text.split('');
      let offset = at;
      return units.map((u) => {
        const edit = { start: offset, end: offset, newText: u };
        offset += u.length;
        return edit;
      });
    }
  }
}

function place(text: string, offset: number, snap: boolean): number {
  if (!snap || offset <= 0 || offset >= text.length) return offset;
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  const insidePair = prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  const insideCrlf = prev === 13 && next === 10;
  return insidePair || insideCrlf ? offset - 1 : offset;
}

export function applyOffsetEdit(text: string, e: OffsetEdit): string {
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}
