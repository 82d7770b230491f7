import type { CallscriptConfig } from './config';
import { ruleSettings, type RuleSettings } from './config';
import { PhraseMatcher } from './matcher';
import { GAP_HARD, GAP_NONE, normalizePhrase, type NormalizedPhrase, type NormalizedView } from './normalize';
import type { PhraseEntry, PhraseHit, Rule } from './rule';

/**
 * Every phrase of every phrase rule in one automaton, built once per configuration.
 * Guards (longer words that contain a phrase) are patterns too: a hit inside a guard hit is dropped.
 */
interface Pattern {
  rule: string;
  entry: PhraseEntry | null;
  norm: NormalizedPhrase;
}

export interface PhraseIndex {
  matcher: PhraseMatcher;
  patterns: Pattern[];
}

const byConfig = new WeakMap<CallscriptConfig, WeakMap<readonly Rule[], PhraseIndex>>();
/** By what the phrase rules' settings say: the CLI and the server merge a new config object per file. */
const bySettings = new WeakMap<readonly Rule[], Map<string, PhraseIndex>>();
/** Automata kept per rule list beyond the live configs: enough for every config of a workspace. */
const KEPT_BY_SETTINGS = 16;
/**
 * The settings the last automaton of a rule list was looked up with. Merged configs copy the
 * same phrase strings into new arrays, so comparing them item by item is far cheaper than
 * serializing a thousand added phrases for every file.
 */
const lastLookup = new WeakMap<readonly Rule[], { settings: Array<RuleSettings | null>; index: PhraseIndex }>();

export function phraseIndex(rules: readonly Rule[], config: CallscriptConfig): PhraseIndex {
  let byRules = byConfig.get(config);
  if (!byRules) byConfig.set(config, (byRules = new WeakMap()));
  let index = byRules.get(rules);
  if (!index) {
    const settings = rules.map((rule) => (rule.phrases ? ruleSettings(config, rule.id, rule.defaultSeverity) : null));
    const last = lastLookup.get(rules);
    index = last && sameSettings(last.settings, settings) ? last.index : bySettingsKey(rules, config, settings);
    lastLookup.set(rules, { settings, index });
    byRules.set(rules, index);
  }
  return index;
}

function bySettingsKey(rules: readonly Rule[], config: CallscriptConfig, settings: Array<RuleSettings | null>): PhraseIndex {
  let known = bySettings.get(rules);
  if (!known) bySettings.set(rules, (known = new Map()));
  // Everything `buildIndex` reads from a config.
  const key = JSON.stringify(settings);
  let index = known.get(key);
  if (!index) {
    index = buildIndex(rules, config);
    if (known.size >= KEPT_BY_SETTINGS) known.delete(known.keys().next().value as string);
    known.set(key, index);
  }
  return index;
}

/** Equal as JSON would be (what the key serializes), compared without serializing. */
function sameSettings(a: ReadonlyArray<RuleSettings | null>, b: ReadonlyArray<RuleSettings | null>): boolean {
  return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
}

/** Nested one level: a setting is a scalar, a list of strings, or a record of strings. */
function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (depth > 1 || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue(ra[k], rb[k], depth + 1));
}

function buildIndex(rules: readonly Rule[], config: CallscriptConfig): PhraseIndex {
  const patterns: Pattern[] = [];
  for (const rule of rules) {
    if (!rule.phrases) continue;
    const settings = ruleSettings(config, rule.id, rule.defaultSeverity);
    if (settings.severity === 'off') continue;
    const removed = new Set(settings.remove.map((p) => normalizePhrase(p).text));
    const entries: PhraseEntry[] = [...rule.phrases.entries, ...settings.add.map((phrase) => ({ phrase }))];
    const seen = new Set<string>();
    for (const entry of entries) {
      const norm = normalizePhrase(entry.phrase);
      if (norm.text === '' || removed.has(norm.text) || seen.has(norm.text)) continue;
      seen.add(norm.text);
      const own = settings.replacements[entry.phrase];
      patterns.push({ rule: rule.id, entry: own ? { ...entry, replacements: [own] } : entry, norm });
    }
    for (const guard of rule.phrases.guards ?? []) patterns.push({ rule: rule.id, entry: null, norm: normalizePhrase(guard) });
  }
  return { matcher: new PhraseMatcher(patterns.map((p) => p.norm.text)), patterns };
}

/** Hits per rule id, with offsets into the original text. */
export function findPhrases(index: PhraseIndex, view: NormalizedView): Map<string, PhraseHit[]> {
  const { patterns } = index;
  // Flat (pattern, start, end) triples and, per rule, (start, end) pairs of guards: a search
  // over a long script meets every 您 as 你, so nothing is allocated per hit until it is kept.
  const found: number[] = [];
  const guards = new Map<string, number[]>();
  let longestGuard = 0;
  index.matcher.each(view.text, (pattern, start, end) => {
    const p = patterns[pattern];
    if (p.entry === null) {
      if (hasGap(view, start, end)) return;
      let list = guards.get(p.rule);
      if (!list) guards.set(p.rule, (list = []));
      list.push(start, end);
      if (end - start > longestGuard) longestGuard = end - start;
    } else if (fitsBreaks(view, p.norm, start)) {
      found.push(pattern, start, end);
    }
  });
  const byRule = new Map<string, PhraseHit[]>();
  for (let k = 0; k < found.length; k += 3) {
    const p = patterns[found[k]];
    const start = found[k + 1];
    const end = found[k + 2];
    if (insideGuard(guards.get(p.rule), start, end, longestGuard)) continue;
    const list = byRule.get(p.rule) ?? [];
    list.push({ entry: p.entry as PhraseEntry, start: view.origin[start], end: view.origin[end - 1] + 1 });
    byRule.set(p.rule, list);
  }
  for (const list of byRule.values()) dropContained(list);
  return byRule;
}

/**
 * Whether a guard hit holds [start, end) and is longer. Guards come in order of their end, and
 * one that holds the hit ends between `end` and `start + longest`: only those are looked at.
 */
function insideGuard(guards: number[] | undefined, start: number, end: number, longest: number): boolean {
  if (!guards) return false;
  let lo = 0;
  let hi = guards.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (guards[2 * mid + 1] < end) lo = mid + 1;
    else hi = mid;
  }
  for (let g = lo; g < guards.length / 2 && guards[2 * g + 1] <= start + longest; g++) {
    const gs = guards[2 * g];
    const ge = guards[2 * g + 1];
    if (gs <= start && (gs < start || end < ge)) return true;
  }
  return false;
}

function hasGap(view: NormalizedView, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (view.gap[i] !== GAP_NONE) return true;
  return false;
}

/** A phrase may be written with other punctuation, but not run across a sentence end it does not have. */
function fitsBreaks(view: NormalizedView, phrase: NormalizedPhrase, start: number): boolean {
  for (let i = 1; i < phrase.text.length; i++) {
    if (view.gap[start + i] === GAP_HARD && phrase.gap[i] === GAP_NONE) return false;
  }
  return true;
}

/** Of overlapping hits of one rule, keep the longest: 我不是跟你说得很清楚了吗 wins over 我不是. */
function dropContained(list: PhraseHit[]): void {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  let w = 0;
  let reach = -1;
  for (const h of list) {
    if (h.end <= reach) continue;
    list[w++] = h;
    reach = Math.max(reach, h.end);
  }
  list.length = w;
}
