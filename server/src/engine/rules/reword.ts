import { inScriptOf, isTraditional, simplifiedTable } from '../chinese-script';
import { lineAt, type ScriptDocument, type ScriptLine } from '../document';
import { spokenAfter, spokenBefore } from '../fix-directions';
import { unrepeated, type Unrepeated } from '../repeated-words';
import type { Fix, Message } from '../types';

/**
 * Fixes that reword a flagged phrase, written in the script of the text around it. The phrase
 * itself is no guide: `但是`, `可是`, `信不信由你` are the same in both scripts, so the fix for
 * them must look at its line, and at the whole document when the line is the same in both too.
 */

let simplifiedOnly: Uint8Array | undefined;

/** Characters that are the simplified form of some traditional one (这, 们, 说 …). */
function simplifiedMarks(): Uint8Array {
  if (simplifiedOnly) return simplifiedOnly;
  const t = simplifiedTable();
  const marks = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (t[c] !== c) marks[t[c]] = 1;
  for (let c = 0; c < 65536; c++) if (t[c] !== c) marks[c] = 0;
  simplifiedOnly = marks;
  return marks;
}

/**
 * What a fix on a line is written in, worked out once per line: every finding on a megabyte-long
 * line would otherwise scan the whole line again for its script and its punctuation.
 */
interface LineStyle {
  /** One character that shows the line's script (traditional if any is), or '' when none does. */
  script: string;
  /** How this line types the marks of a fix (see widthCode), '' when it types none of them. */
  widths: string;
}

const lineStyles = new WeakMap<ScriptDocument, Map<number, LineStyle>>();

function styleOf(doc: ScriptDocument, line: ScriptLine): LineStyle {
  let styles = lineStyles.get(doc);
  if (!styles) lineStyles.set(doc, (styles = new Map()));
  let style = styles.get(line.index);
  if (!style) {
    // The label's colon says nothing about how the writer types: `坐席:` is often ASCII in full-width text.
    const spoken = spokenLine(doc, line);
    // A placeholder is the call system's name for a value, not the writer's words: {工號} mistyped
    // in a simplified line says nothing about the line's script.
    style = { script: scriptShownBy(spoken.replace(/\{[^{}\n]*\}/g, '')), widths: widthCode(spoken) };
    styles.set(line.index, style);
  }
  return style;
}

/**
 * The first traditional character of a text, else its first character that exists only in
 * simplified writing, else ''. `inScriptOf` reads the same script from it as from the whole text.
 */
function scriptShownBy(text: string): string {
  const t = simplifiedTable();
  const marks = simplifiedMarks();
  let simplified = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (t[c] !== c) return text[i];
    if (simplified === '' && marks[c] === 1) simplified = text[i];
  }
  return simplified;
}

const documentSamples = new WeakMap<ScriptDocument, string>();

/** The script of the first line that shows one; found once per document, not once per fix. */
export function documentSample(doc: ScriptDocument): string {
  if (doc.whole) return doc.whole.scriptSample;
  let sample = documentSamples.get(doc);
  if (sample === undefined) {
    sample = '';
    for (const line of doc.lines) {
      sample = styleOf(doc, line).script;
      if (sample !== '') break;
    }
    documentSamples.set(doc, sample);
  }
  return sample;
}

const documentWidthSamples = new WeakMap<ScriptDocument, string>();

/**
 * How the first spoken line that types any mark types them (a widthCode): a line a fix has
 * stripped of its `?` (急什么? → 请您不要着急。) still belongs to a script typed with ASCII marks,
 * and the 再见! then added to it must be typed so too.
 */
export function documentWidthSample(doc: ScriptDocument): string {
  if (doc.whole) return doc.whole.widthSample;
  let sample = documentWidthSamples.get(doc);
  if (sample === undefined) {
    sample = '';
    for (const line of doc.lines) {
      if (line.role === undefined) continue;
      sample = styleOf(doc, line).widths;
      if (sample !== '') break;
    }
    documentWidthSamples.set(doc, sample);
  }
  return sample;
}

/** The width each mark of a fix on `line` is written in: as the line types them, or the script when the line types none. */
function widthsOf(doc: ScriptDocument, line: ScriptLine): MarkWidths {
  const code = styleOf(doc, line).widths;
  return widthsFromCode(code !== '' ? code : documentWidthSample(doc));
}

/** A line less its speaker label: `坐席` reads as simplified in every script. */
function spokenLine(doc: ScriptDocument, line: ScriptLine): string {
  return doc.text.slice(line.label ? line.label.end : line.start, line.end);
}

/** Text whose script a fix at `offset` is written in: its line, or the document when the line shows none. */
export function scriptSample(doc: ScriptDocument, offset: number): string {
  const script = styleOf(doc, lineAt(doc, offset)).script;
  return script !== '' ? script : documentSample(doc);
}

/** The marks a fix may carry, by their ASCII form, and their full-width forms. */
const MARKS = ',!?:;';
const FULL_WIDTH: Record<string, string> = { ',': '\uFF0C', '!': '\uFF01', '?': '\uFF1F', ':': '\uFF1A', ';': '\uFF1B' };

/** For each mark of MARKS, whether a fix writes it full width. */
export type MarkWidths = Record<string, boolean>;

/**
 * typedWidths of a text as a short string, one `f` (full) or `a` (ASCII) per mark of MARKS, or ''
 * when the text types none of them: small enough to key a segment's lint on.
 */
function widthCode(text: string): string {
  if (!/[,!?:;\uFF0C\uFF01\uFF1F\uFF1A\uFF1B]/.test(text)) return '';
  const widths = typedWidths(text);
  return [...MARKS].map((mark) => (widths[mark] ? 'f' : 'a')).join('');
}

/** The widths a widthCode stands for; '' (no mark typed anywhere) is full width, as a Chinese input method types. */
function widthsFromCode(code: string): MarkWidths {
  const widths: MarkWidths = {};
  [...MARKS].forEach((mark, i) => (widths[mark] = code === '' || code[i] === 'f'));
  return widths;
}

/**
 * Each mark as the line already types it: a line may use ASCII commas and the full stop 。 of
 * its input method, and a comma a fix brings must then be ASCII too. A mark the line does not
 * use follows the line's marks taken together (。 and 、 say nothing: a line typed with ASCII
 * marks has them too, for want of an ASCII form that reads as Chinese); a line with none is full
 * width, as a Chinese input method types.
 */
export function typedWidths(line: string): MarkWidths {
  const full: Record<string, number> = {};
  const ascii: Record<string, number> = {};
  let fullTotal = 0;
  let asciiTotal = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (MARKS.includes(line[i])) {
      ascii[line[i]] = (ascii[line[i]] ?? 0) + 1;
      asciiTotal++;
    } else if (c >= 0xff01 && c <= 0xff1f && MARKS.includes(String.fromCharCode(c - 0xfee0))) {
      const mark = String.fromCharCode(c - 0xfee0);
      full[mark] = (full[mark] ?? 0) + 1;
      fullTotal++;
    }
  }
  const widths: MarkWidths = {};
  for (const mark of MARKS) {
    const f = full[mark] ?? 0;
    const a = ascii[mark] ?? 0;
    widths[mark] = f + a > 0 ? f >= a : fullTotal >= asciiTotal;
  }
  return widths;
}

/** A fix's punctuation in the widths its line is typed in. */
function inPunctuationOf(text: string, widths: MarkWidths): string {
  return text.replace(/[,!?:;\uFF0C\uFF01\uFF1F\uFF1A\uFF1B]/g, (ch) => {
    const mark = ch.charCodeAt(0) > 0xff ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;
    return widths[mark] ? FULL_WIDTH[mark] : mark;
  });
}

/** `text` with its marks in the widths of the line holding `offset`. */
export function punctuatedAt(doc: ScriptDocument, offset: number, text: string): string {
  return inPunctuationOf(text, widthsOf(doc, lineAt(doc, offset)));
}

export function editFix(doc: ScriptDocument, start: number, end: number, newText: string, preferred: boolean): Fix {
  return besideItsNeighbours(doc, start, end, newText, preferred, (e) => ({ traditional: false, text: () => e }));
}

/** A rewording from rule data or config, in the script and punctuation of the text around it. */
export function replaceFix(doc: ScriptDocument, start: number, end: number, replacement: string, preferred: boolean): Fix {
  const from = start - ownSubjectReplaced(doc, start, replacement);
  return besideItsNeighbours(doc, from, end, replacement, preferred, (r) => styledAt(doc, from, r));
}

/**
 * A rewording that says whom it asks (请您不要着急, 您…); 您好 greets, and asks nobody, and 您 alone
 * is a pronoun made polite, which takes in nothing before it (我就拘留你你看 keeps both).
 */
const ADDRESSES_CUSTOMER = /^[请請]?您(?!好|$)/;
/** The customer named right before a phrase, as its subject (你急什么, 您等着吧); 们 would follow a plural, and then no phrase starts here. */
const SUBJECT_PRONOUN = /[你妳您]$/;

/**
 * How many characters before `start` a rewording stands in for: one that names the customer
 * itself replaces the pronoun the phrase had for subject too (你急什么 → 请您不要着急), which would
 * otherwise stay in front of it (你请您不要着急, 您请您… once the pronoun is made polite).
 */
export function ownSubjectReplaced(doc: ScriptDocument, start: number, replacement: string): number {
  if (!ADDRESSES_CUSTOMER.test(replacement)) return 0;
  const line = lineAt(doc, start);
  const spoken = line.label ? line.label.end : line.start;
  return start > spoken && SUBJECT_PRONOUN.test(doc.text.slice(start - 1, start)) ? 1 : 0;
}

/** How far around a fix its neighbours are read for words it would repeat. */
const NEIGHBOURHOOD = 32;

/**
 * A fix that writes `text` over [start, end), less the words beside it that it would say again
 * (喂，您好 → 您好): when it would only repeat them, it deletes the phrase and the marks that
 * join it to them. Only the spoken text of the line is read, and only a short stretch of it.
 */
/** Each document's last answer of unrepeatedAt: a rule asks whether a fix deletes, then makes the fix. */
const lastUnrepeated = new WeakMap<ScriptDocument, { start: number; end: number; text: string; result: Unrepeated }>();

/** What writing `text` over [start, end) becomes beside the words around it on its line. */
function unrepeatedAt(doc: ScriptDocument, start: number, end: number, text: string): Unrepeated {
  const last = lastUnrepeated.get(doc);
  if (last && last.start === start && last.end === end && last.text === text) return last.result;
  const result = unrepeatedAround(doc, start, end, text);
  lastUnrepeated.set(doc, { start, end, text, result });
  return result;
}

/** The words around are read through stage directions (喂【停顿】您好 says 您好 twice); a cut stops at a direction. */
function unrepeatedAround(doc: ScriptDocument, start: number, end: number, text: string): Unrepeated {
  const length = NEIGHBOURHOOD + text.length;
  const before = spokenBefore(doc, start, length);
  const after = spokenAfter(doc, end, length);
  const u = unrepeated(before.text, text, after.text);
  return { ...u, cutBefore: Math.min(u.cutBefore, before.reach), cutAfter: Math.min(u.cutAfter, after.reach) };
}

/** Whether `text` over [start, end) would only say again the words beside it, so that its fix deletes the phrase. */
export function onlyRepeatsNeighbours(doc: ScriptDocument, start: number, end: number, text: string): boolean {
  return unrepeatedAt(doc, start, end, text).newText === '';
}

export function besideItsNeighbours(
  doc: ScriptDocument,
  start: number,
  end: number,
  text: string,
  preferred: boolean,
  style: (text: string) => StyledText,
): Fix {
  const u = unrepeatedAt(doc, start, end, text);
  const from = start - u.cutBefore;
  const to = end + u.cutAfter;
  const fix = u.newText === '' ? deleteFix(doc, from, to, preferred) : textFix(from, to, replacing(doc, from, to), style(u.newText), preferred && !u.stutters);
  if (u.words) fix.edits[0].rewording = true;
  return fix;
}

/** The title of a fix that replaces [start, end) with a text. */
export function replacing(doc: ScriptDocument, start: number, end: number): (text: string) => Message {
  const original = doc.text.slice(start, end);
  return (text) => ({ zh: `改为“${text}”`, en: `Replace "${original}" with "${text}"` });
}

/** The text a fix writes, and whether working it out means converting to traditional characters. */
export interface StyledText {
  traditional: boolean;
  text(): string;
}

/** Text a fix puts at `offset`, in the script and punctuation width of the line it goes into. */
export function styledAt(doc: ScriptDocument, offset: number, text: string): StyledText {
  return inScriptAt(scriptSample(doc, offset), text, widthsOf(doc, lineAt(doc, offset)));
}

/** `text` in the script of `sample` (its punctuation in the widths of its line, when given). */
export function inScriptAt(sample: string, text: string, widths?: MarkWidths): StyledText {
  const punctuated = (t: string) => (widths === undefined ? t : inPunctuationOf(t, widths));
  if (!isTraditional(sample)) return { traditional: false, text: () => punctuated(text) };
  let converted: string | undefined;
  return { traditional: true, text: () => (converted ??= punctuated(inScriptOf(text, sample))) };
}

/**
 * A fix that replaces [start, end) with a text. Written in traditional characters, the text is
 * worked out when first read: converting loads OpenCC's simplified → traditional data (about
 * 30 ms), which a check whose report never shows a fix's text (json, stylish, junit, github) and
 * a lint whose fixes nobody asks for need not pay.
 */
export function textFix(start: number, end: number, title: (text: string) => Message, text: StyledText, preferred: boolean): Fix {
  const flag = preferred ? { preferred: true } : {};
  if (!text.traditional) {
    const newText = text.text();
    return { title: title(newText), edits: [{ start, end, newText }], ...flag };
  }
  return {
    title: {
      get zh() {
        return title(text.text()).zh;
      },
      get en() {
        return title(text.text()).en;
      },
    },
    edits: [
      {
        start,
        end,
        get newText() {
          return text.text();
        },
      },
    ],
    ...flag,
  };
}

export function deleteFix(doc: ScriptDocument, start: number, end: number, preferred: boolean): Fix {
  const original = doc.text.slice(start, end);
  return {
    title: { zh: `删除“${original}”`, en: `Delete "${original}"` },
    edits: [{ start, end, newText: '' }],
    ...(preferred ? { preferred: true } : {}),
  };
}

/** One fix per rewording, best first; the first is preferred only when it fits wherever the phrase occurs. */
export function rewordFixes(doc: ScriptDocument, start: number, end: number, replacements: readonly string[], preferFirst: boolean): Fix[] {
  return replacements.map((r, i) => replaceFix(doc, start, end, r, preferFirst && i === 0));
}
