import type { ScriptDocument, ScriptLine, Span, Turn } from './document';

/**
 * Whether a turn says something: the one answer to "does the agent speak here?" that every rule
 * asking it shares, so that a line the whole lint reads as silent is silent in a segmented lint
 * too. Spoken text says nothing when it is empty or only spaces, characters nobody sees
 * (zero-width spaces, joiners, variation selectors and other default-ignorable code points) and
 * punctuation; stage directions are never part of it.
 */

/** A character that is not a space, an invisible character or punctuation: words, digits, placeholders' names. */
const SAID = /[^\s\p{Default_Ignorable_Code_Point}\p{P}]/u;
/** What trimming takes off a span's ends: spaces and invisible characters (punctuation is written, and stays). */
const UNSEEN = /[\s\p{Default_Ignorable_Code_Point}]/u;

export function saysSomething(text: string): boolean {
  return SAID.test(text);
}

export function lineSaysSomething(doc: ScriptDocument, line: ScriptLine): boolean {
  return line.spoken.some((s) => saysSomething(doc.text.slice(s.start, s.end)));
}

export function turnSaysSomething(doc: ScriptDocument, turn: Turn): boolean {
  for (let i = turn.firstLine; i <= turn.lastLine; i++) if (lineSaysSomething(doc, doc.lines[i])) return true;
  return false;
}

/**
 * The first line of a turn that says something (its first line when none does): where the turn
 * stands for the writer. A line before a heading that shows nothing (a bidi control alone) opens
 * the turn that the words under the heading go on, yet the writer sees those words under the
 * heading, and so does every rule once hidden-characters has emptied that line.
 */
export function firstSpeakingLine(doc: ScriptDocument, turn: Turn): number {
  for (let i = turn.firstLine; i <= turn.lastLine; i++) if (lineSaysSomething(doc, doc.lines[i])) return i;
  return turn.firstLine;
}

/** Characters nobody sees and matching passes over (spaces are seen: they part words). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

/**
 * Where the text goes on after `at`, past characters nobody sees: what stands next to a word is
 * what the reader sees there, so that a rule reads 不行\u200b{工号} as it reads 不行{工号}.
 */
export function seenFrom(text: string, at: number): number {
  return skipForward(text, at, text.length, INVISIBLE);
}

/** Where the text before `at` ends, past characters nobody sees (the end of what stands just before). */
export function seenUntil(text: string, at: number): number {
  return skipBack(text, at, 0, INVISIBLE);
}

/** A span without the spaces and invisible characters at its ends (empty when that is all it holds). */
export function withoutUnseenEnds(text: string, span: Span): Span {
  const start = skipForward(text, span.start, span.end, UNSEEN);
  return { start, end: skipBack(text, span.end, start, UNSEEN) };
}

/** Past the characters of `skip` from `at` up to `limit`, a code point at a time: an invisible character may lie outside the BMP (U+E0001 and on). */
function skipForward(text: string, at: number, limit: number, skip: RegExp): number {
  while (at < limit) {
    const c = String.fromCodePoint(text.codePointAt(at) as number);
    if (!skip.test(c)) break;
    at += c.length;
  }
  return at;
}

/** Back past the characters of `skip` before `at`, down to `limit`, a code point at a time. */
function skipBack(text: string, at: number, limit: number, skip: RegExp): number {
  while (at > limit) {
    const low = text.charCodeAt(at - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && at - 2 >= limit ? 2 : 1;
    if (!skip.test(text.slice(at - width, at))) break;
    at -= width;
  }
  return at;
}
