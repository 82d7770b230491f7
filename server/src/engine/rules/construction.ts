import type { ScriptDocument, Span } from '../document';
import { GAP_NONE, GAP_SOFT, SPAN_SEPARATOR, type NormalizedView, normalizePhrase } from '../normalize';
import type { Citation } from '../types';
import { mayMatch } from '../may-match';
import { seenFrom, seenUntil } from '../says-something';
import { clauseStart, inPlaceholder, isQuestion, sentenceEnd, sentenceStart } from './phrase-context';

/**
 * Constructions: what a QA reviewer hears that no phrase list can hold (您没看短信吗, 你去找营业厅吧,
 * 您可真会挑时候…). Each is a pattern over the normalized view of agent text (simplified,
 * half-width, 您 as 你, punctuation dropped), kept inside one sentence, with guards for the polite
 * forms that share its words.
 */
export interface Construction {
  /** Which construction, as the docs name it. */
  name: string;
  /** A global regex over the view; a match never crosses a sentence end. */
  pattern: RegExp;
  /** The match stays inside one clause: 我没有听清楚,请您重复一遍,好吗 is two. */
  oneClause?: boolean;
  /** The match must end its sentence (a question's 吗) or its clause. */
  ends?: 'sentence' | 'clause';
  /** The match must open its clause: with `ends: 'clause'`, it is the whole clause (不行, 早着呢). */
  opens?: 'clause';
  /** Its sentence is written as a question (its ?, or 吗/呢): 谁规定的? challenges, 谁规定的都一样 does not. */
  asks?: true;
  /** Words before the match in its sentence that make it polite (请问您不清楚吗 asks; it does not challenge). */
  politeBefore?: RegExp;
  /** Words before the match in its own clause that make it something else (我去问一下主管吧: the agent acts). */
  clauseBefore?: RegExp;
  /** Words right after the match that make it something else (我们不管您在哪里: "no matter"). */
  notBefore?: RegExp;
  /** Words of the match's sentence that make it something else (都是因为您的支持). */
  notIn?: RegExp;
  cite: Citation;
}

export interface ConstructionMatch extends Span {
  construction: Construction;
  /** View units of the match, end exclusive. */
  from: number;
  to: number;
}

/** Tables are module constants: a view and a table give the same matches for every rule that asks. */
const found = new WeakMap<NormalizedView, Map<readonly Construction[], ConstructionMatch[]>>();

/** The matches of a table's constructions in the agent text, in document order, not overlapping. */
export function findConstructions(doc: ScriptDocument, view: NormalizedView, table: readonly Construction[]): ConstructionMatch[] {
  let byTable = found.get(view);
  if (!byTable) found.set(view, (byTable = new Map()));
  let matches = byTable.get(table);
  if (!matches) byTable.set(table, (matches = search(doc, view, table)));
  return matches;
}

/**
 * Matches a team did not take out: a construction that overlaps a phrase the config's `remove`
 * lists is not reported, as the listed phrase would not be.
 */
export function notRemoved<M extends ConstructionMatch>(view: NormalizedView, matches: readonly M[], remove: readonly string[]): M[] {
  if (remove.length === 0 || matches.length === 0) return [...matches];
  const removed: Array<[number, number]> = [];
  for (const phrase of remove) {
    const t = normalizePhrase(phrase).text;
    if (t === '') continue;
    for (let at = view.text.indexOf(t); at >= 0; at = view.text.indexOf(t, at + 1)) removed.push([at, at + t.length]);
  }
  return matches.filter((m) => !removed.some(([from, to]) => from < m.to && m.from < to));
}

/** Stars that stand for digits: a masked number's head (***002X, ****5678). */
const MASKED_NUMBER = /^[*\uFF0A]+[0-9\uFF10-\uFF19]/;

/**
 * Whether a match that must open or end its clause is glued to a value there: a placeholder
 * ({工号}但 is 1234但) or a masked number (办不了***002X) is said as the words it stands for, which
 * the view's break at its brace or stars does not show. Characters nobody sees between do not part them.
 */
function gluedToValue(doc: ScriptDocument, c: Construction, start: number, end: number): boolean {
  const before = seenUntil(doc.text, start);
  if (c.opens === 'clause' && before > 0 && doc.text[before - 1] === '}' && inPlaceholder(doc, before - 1, before)) return true;
  if (c.ends !== 'clause') return false;
  const after = seenFrom(doc.text, end);
  if (doc.text[after] === '{' && inPlaceholder(doc, after, after + 1)) return true;
  return MASKED_NUMBER.test(doc.text.slice(after, after + 24));
}

function search(doc: ScriptDocument, view: NormalizedView, table: readonly Construction[]): ConstructionMatch[] {
  const all: ConstructionMatch[] = [];
  for (const construction of table) {
    const re = construction.pattern;
    if (!mayMatch(re, view.text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
      const from = m.index;
      let to = from + m[0].length;
      if (to === from) {
        re.lastIndex++;
        continue;
      }
      const cut = breakWithin(view, construction, from, to);
      // The view has no marks, so a pattern's open tail (不能退 and up to three characters more)
      // may run on past a sentence end (这个不能退。再见 → 不能退再见): matched again up to the
      // break, it is the match the sentence holds, and the search goes on from the break.
      if (cut >= 0) {
        re.lastIndex = cut;
        to = matchUpTo(construction, view.text, from, cut);
        if (to < 0) continue;
      }
      if (!fits(doc, view, construction, from, to)) continue;
      const start = view.origin[from];
      const end = view.origin[to - 1] + 1;
      if (inPlaceholder(doc, start, end) || gluedToValue(doc, construction, start, end)) continue;
      all.push({ construction, start, end, from, to });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ConstructionMatch[] = [];
  for (const m of all) if (kept.length === 0 || kept[kept.length - 1].end <= m.start) kept.push(m);
  return kept;
}

/** The first break inside [from, to) that a match of `c` may not cross, or -1. */
function breakWithin(view: NormalizedView, c: Construction, from: number, to: number): number {
  const breaks = c.oneClause ? GAP_NONE : GAP_SOFT;
  for (let i = from + 1; i < to; i++) if (view.gap[i] > breaks || view.text[i] === SPAN_SEPARATOR) return i;
  return -1;
}

const sticky = new WeakMap<RegExp, RegExp>();

/** What a pattern's look-behind may read before a match (不是 after 是): a few characters, not the megabyte before. */
const LOOK_BEHIND = 16;

/** Where a match of `c`'s pattern at `from` ends in the text cut at `cut`, or -1 where none starts there. */
function matchUpTo(c: Construction, text: string, from: number, cut: number): number {
  let re = sticky.get(c.pattern);
  if (!re) sticky.set(c.pattern, (re = new RegExp(c.pattern.source, c.pattern.flags.replace('g', '') + 'y')));
  const base = Math.max(0, from - LOOK_BEHIND);
  re.lastIndex = from - base;
  const m = re.exec(text.slice(base, cut));
  return m && m[0].length > 0 ? from + m[0].length : -1;
}

function fits(doc: ScriptDocument, view: NormalizedView, c: Construction, from: number, to: number): boolean {
  if (c.ends === 'sentence' && sentenceEnd(view, to) !== to) return false;
  if (c.ends === 'clause' && !endsClause(view, to)) return false;
  if (c.opens === 'clause' && clauseStart(view, from) !== from) return false;
  const start = sentenceStart(view, from);
  if (c.politeBefore?.test(view.text.slice(start, from))) return false;
  if (c.clauseBefore?.test(view.text.slice(clauseStart(view, from), from))) return false;
  const end = sentenceEnd(view, to);
  if (c.asks && !isQuestion(doc, view, start, end)) return false;
  if (c.notBefore?.test(view.text.slice(to, end))) return false;
  return !c.notIn?.test(view.text.slice(start, end));
}

function endsClause(view: NormalizedView, i: number): boolean {
  return i >= view.text.length || view.gap[i] !== GAP_NONE || view.text[i] === SPAN_SEPARATOR;
}
