import { normalizePhrase, SPAN_SEPARATOR, type NormalizedView } from '../normalize';
import { sentenceEnd } from './phrase-context';

/** A run of this many units shared with the words nearby is a repeated phrase; shorter ones (您的, 我们) are just words. */
const SHARED_RUN = 4;
/** How many units either side of a rewording are read with it: a sentence or two. */
const NEARBY = 48;

/**
 * Whether a rewording of view units [from, to) would say again what stands near it on its line,
 * or what the line's other rewordings nearby (`alsoWritten`) put there: 我再为您说明一下，根据相关
 * 规定，我为您说明一下 reads as a stutter, and so does it across a full stop.
 */
/** Rewordings come from rule data and the config: a few dozen, each normalized once. */
const normalized = new Map<string, string>();

function normalizedText(text: string): string {
  let n = normalized.get(text);
  if (n === undefined) normalized.set(text, (n = normalizePhrase(text).text));
  return n;
}

export function saysAgainNearby(view: NormalizedView, from: number, to: number, rewording: string, alsoWritten: readonly string[]): boolean {
  const own = normalizedText(rewording);
  const before = view.text.slice(Math.max(0, from - NEARBY), from);
  const after = view.text.slice(to, to + NEARBY);
  const around = [before.slice(before.lastIndexOf(SPAN_SEPARATOR) + 1), after.split(SPAN_SEPARATOR, 1)[0]];
  const rest = [...around, ...alsoWritten.map(normalizedText)].join(SPAN_SEPARATOR);
  for (let i = 0; i + SHARED_RUN <= own.length; i++) {
    if (rest.includes(own.slice(i, i + SHARED_RUN))) return true;
  }
  return false;
}

/** Whether the view units between two offsets are on one line, near enough to be read together. */
export function nearOnLine(view: NormalizedView, from: number, to: number): boolean {
  return to - from <= NEARBY && !view.text.slice(from, to).includes(SPAN_SEPARATOR);
}

/** Whether a sentence ends right after the units before `to`: nothing follows there that a rewording could contradict. */
export function endsSentence(view: NormalizedView, to: number): boolean {
  return sentenceEnd(view, to) === to;
}
