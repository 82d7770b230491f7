import { toSimplified } from '../chinese-script';
import { lineAt, type ScriptDocument, type Span } from '../document';
import { DEFAULT_IGNORABLE_RANGES } from '../normalize';

/**
 * Slash alternatives in a script line: 早上好/您好, 先生/女士, 请稍候/您稍等. The writer offers
 * choices and the agent says one of them (docs/format.md, "Alternatives"), so a rule that reads the
 * line as said judges the choice the agent can make, not each word at once.
 */

export interface Alternatives {
  /** Each choice's text as written, with its offsets in the document. */
  choices: Array<Span & { text: string }>;
}

/**
 * Two or more short runs of Chinese (up to 8 characters each) joined by / or ／. Digits and Latin
 * letters are left out, so that dates (3/9), fractions and addresses (and/or, http://…) are not choices.
 */
const UNSEEN_RUN = `[${DEFAULT_IGNORABLE_RANGES.map(([from, to]) => `\\u${hex(from)}-\\u${hex(to)}`).join('')}]*`;
// Characters nobody sees inside a run (的\u2069早上好) leave it one run, as it reads.
const HAN_RUN = `(?:[\\u3400-\\u9fff]${UNSEEN_RUN}){1,8}`;
const GROUP_RE = new RegExp(`${HAN_RUN}(?:[/\\uFF0F]${UNSEEN_RUN}${HAN_RUN})+`, 'g');

function hex(c: number): string {
  return c.toString(16).padStart(4, '0');
}

/** A character nobody sees (BMP code units are enough: the marks in question are all there). */
const UNSEEN = /\p{Default_Ignorable_Code_Point}/u;

const found = new WeakMap<ScriptDocument, Map<number, Alternatives[]>>();

/** The alternatives that a document offset lies in, if any. */
export function alternativesAt(doc: ScriptDocument, offset: number): Alternatives | undefined {
  const line = lineAt(doc, offset);
  let byLine = found.get(doc);
  if (!byLine) found.set(doc, (byLine = new Map()));
  let groups = byLine.get(line.index);
  if (!groups) byLine.set(line.index, (groups = groupsIn(doc.text, line.start, line.end)));
  return groups.find((g) => g.choices[0].start <= offset && offset < g.choices[g.choices.length - 1].end);
}

/** Whether some choice of the alternatives at `offset`, other than the one there, passes `fits` (given its simplified text). */
export function anotherChoiceFits(doc: ScriptDocument, offset: number, fits: (simplified: string) => boolean): boolean {
  const group = alternativesAt(doc, offset);
  if (!group) return false;
  return group.choices.some((c) => !(c.start <= offset && offset < c.end) && fits(toSimplified(c.text)));
}

function groupsIn(text: string, start: number, end: number): Alternatives[] {
  const line = text.slice(start, end);
  const groups: Alternatives[] = [];
  GROUP_RE.lastIndex = 0;
  for (let m = GROUP_RE.exec(line); m; m = GROUP_RE.exec(line)) {
    // A run glued to digits or Latin letters (第3/4期, A/B类) is not a choice of words; characters
    // nobody sees between do not unglue it (5678\u2069早上好/您好 is read as without the mark).
    let b = m.index - 1;
    while (b >= 0 && UNSEEN.test(line[b])) b--;
    let a = m.index + m[0].length;
    while (a < line.length && UNSEEN.test(line[a])) a++;
    if (/[0-9A-Za-z]/.test(line[b] ?? '') || /[0-9A-Za-z]/.test(line[a] ?? '')) continue;
    const choices: Alternatives['choices'] = [];
    let at = start + m.index;
    for (const part of m[0].split(/[/\uFF0F]/)) {
      choices.push({ start: at, end: at + part.length, text: part });
      at += part.length + 1;
    }
    groups.push({ choices });
  }
  return groups;
}
