import { inScriptOf, isTraditional, simplifiedTable } from '../chinese-script';
import { lineAt, type ScriptDocument, type ScriptLine } from '../document';
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
  /** Whether the line's punctuation is typed full width (a Chinese input method). */
  fullWidth: boolean;
}

const lineStyles = new WeakMap<ScriptDocument, Map<number, LineStyle>>();

function styleOf(doc: ScriptDocument, line: ScriptLine): LineStyle {
  let styles = lineStyles.get(doc);
  if (!styles) lineStyles.set(doc, (styles = new Map()));
  let style = styles.get(line.index);
  if (!style) {
    // The label's colon says nothing about how the writer types: `坐席:` is often ASCII in full-width text.
    const spoken = spokenLine(doc, line);
    style = { script: scriptShownBy(spoken), fullWidth: typedFullWidth(spoken) };
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

/** A line less its speaker label: `坐席` reads as simplified in every script. */
function spokenLine(doc: ScriptDocument, line: ScriptLine): string {
  return doc.text.slice(line.label ? line.label.end : line.start, line.end);
}

/** Text whose script a fix at `offset` is written in: its line, or the document when the line shows none. */
export function scriptSample(doc: ScriptDocument, offset: number): string {
  const script = styleOf(doc, lineAt(doc, offset)).script;
  return script !== '' ? script : documentSample(doc);
}

const FULL_WIDTH: Record<string, string> = { ',': '\uFF0C', '!': '\uFF01', '?': '\uFF1F', ':': '\uFF1A', ';': '\uFF1B' };

/** Full width unless the line types more ASCII marks (, ! ? : ;) than full-width ones (,!?:;。、). */
function typedFullWidth(line: string): boolean {
  let full = 0;
  let ascii = 0;
  for (let i = 0; i < line.length; i++) {
    switch (line.charCodeAt(i)) {
      case 0xff0c: case 0xff01: case 0xff1f: case 0xff1a: case 0xff1b: case 0x3002: case 0x3001:
        full++;
        break;
      case 0x2c: case 0x21: case 0x3f: case 0x3a: case 0x3b:
        ascii++;
        break;
    }
  }
  return full >= ascii;
}

/** A fix's punctuation in the width its line is typed in. */
function inPunctuationOf(text: string, fullWidth: boolean): string {
  if (fullWidth) return text.replace(/[,!?:;]/g, (ch) => FULL_WIDTH[ch]);
  return text.replace(/[\uFF0C\uFF01\uFF1F\uFF1A\uFF1B]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function editFix(doc: ScriptDocument, start: number, end: number, newText: string, preferred: boolean): Fix {
  return textFix(start, end, replacing(doc, start, end), { traditional: false, text: () => newText }, preferred);
}

/** A rewording from rule data or config, in the script and punctuation of the text around it. */
export function replaceFix(doc: ScriptDocument, start: number, end: number, replacement: string, preferred: boolean): Fix {
  return textFix(start, end, replacing(doc, start, end), styledAt(doc, start, replacement), preferred);
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
  return inScriptAt(scriptSample(doc, offset), text, styleOf(doc, lineAt(doc, offset)).fullWidth);
}

/** `text` in the script of `sample` (its punctuation as typed full width or not, when given). */
export function inScriptAt(sample: string, text: string, fullWidth?: boolean): StyledText {
  const punctuated = (t: string) => (fullWidth === undefined ? t : inPunctuationOf(t, fullWidth));
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
