import type { CallscriptConfig } from './config';
import { holidayGreetings, holidaysKey, DEFAULT_GREETING, WEEKEND_ALSO, WEEKEND_GREETING } from './holidays';
import { PhraseMatcher } from './matcher';
import { GAP_HARD, normalizePhrase, type NormalizedView } from './normalize';

/**
 * Holiday greetings and 周末好 (周末愉快) in agent text, found on the normalized view (so 新春快樂 and
 * 新春 快乐 count). The greetings come from the holiday table and the config, which a rule's
 * static phrase list cannot hold, so they get a matcher of their own, built once per config.
 */
export interface GreetingHit {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The holidays whose greeting this is; empty for 周末好 and 周末愉快. */
  holidays: string[];
}

interface GreetingIndex {
  matcher: PhraseMatcher;
  holidays: string[][];
}

const indexes = new Map<string, GreetingIndex>();
/** Both greeting rules read the same view: one search serves them. */
const found = new WeakMap<NormalizedView, { config: CallscriptConfig; hits: GreetingHit[] }>();

/** A table greeting as it is said inside a sentence: 新春快乐! → 新春快乐. */
export function greetingWords(greeting: string): string {
  return greeting.replace(/^[\s!!。.~~,,]+|[\s!!。.~~,,]+$/g, '');
}

function indexOf(config: CallscriptConfig): GreetingIndex {
  const key = holidaysKey(config);
  let index = indexes.get(key);
  if (index) return index;
  const byText = new Map<string, string[]>([WEEKEND_GREETING, ...WEEKEND_ALSO].map((g) => [normalizePhrase(g).text, []]));
  const plain = normalizePhrase(DEFAULT_GREETING).text;
  for (const { phrase, holiday } of holidayGreetings(config)) {
    const text = normalizePhrase(phrase).text;
    const names = byText.get(text);
    // A holiday cannot claim the everyday or the weekend greeting.
    if (text === '' || text === plain || (names && names.length === 0)) continue;
    if (!names) byText.set(text, [holiday]);
    else if (!names.includes(holiday)) names.push(holiday);
  }
  index = { matcher: new PhraseMatcher([...byText.keys()]), holidays: [...byText.values()] };
  indexes.set(key, index);
  return index;
}

export function findGreetings(config: CallscriptConfig, view: NormalizedView): GreetingHit[] {
  const cached = found.get(view);
  if (cached && cached.config === config) return cached.hits;
  const index = indexOf(config);
  const raw: Array<{ start: number; end: number; pattern: number }> = [];
  index.matcher.search(view.text, (hit) => {
    for (let i = hit.start + 1; i < hit.end; i++) if (view.gap[i] === GAP_HARD) return;
    raw.push(hit);
  });
  // Of overlapping greetings keep the longest: 中秋节快乐, not a shorter greeting inside it.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: GreetingHit[] = [];
  let reach = -1;
  for (const h of raw) {
    if (h.end <= reach) continue;
    reach = h.end;
    hits.push({ start: view.origin[h.start], end: view.origin[h.end - 1] + 1, holidays: index.holidays[h.pattern] });
  }
  found.set(view, { config, hits });
  return hits;
}
