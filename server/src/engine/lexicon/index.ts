import type { PhraseEntry } from '../rule';
import interrogativeTone from './interrogative-tone.json';
import negativeWording from './negative-wording.json';
import overPromise from './over-promise.json';
import tabooPhrase from './taboo-phrase.json';
import vagueWording from './vague-wording.json';

/**
 * The industry lexicon of 服务忌语: phrases that published service standards of banks, hotlines,
 * hospitals, telecom halls, shops and government windows forbid, and the promises the laws on
 * advertising and on selling insurance and investments forbid, as data (one JSON file per rule,
 * `sources.json` for where they come from). The seeds' own phrases stay in the rules' files and win
 * where a source disagrees; docs/lexicon.md says how entries were chosen.
 */

/** What kind of bad wording a phrase is; it decides the rule (KIND_RULE) and the message. */
export type LexiconKind = '直呼' | '责问/训斥' | '反问' | '不耐烦' | '命令' | '讽刺' | '推诿' | '拒绝' | '否定' | '模糊' | '绝对化' | '保证结果' | '保本保收益';

export type LexiconRule = 'taboo-phrase' | 'interrogative-tone' | 'negative-wording' | 'vague-wording' | 'over-promise';

export const KIND_RULE: Readonly<Record<LexiconKind, LexiconRule>> = {
  直呼: 'taboo-phrase',
  '责问/训斥': 'taboo-phrase',
  // A rhetorical question is a tone the seeds forbid (001 第3條), reported with interrogative-tone's weight.
  反问: 'interrogative-tone',
  不耐烦: 'taboo-phrase',
  命令: 'taboo-phrase',
  讽刺: 'taboo-phrase',
  推诿: 'negative-wording',
  拒绝: 'negative-wording',
  否定: 'negative-wording',
  模糊: 'vague-wording',
  // Promises the laws on advertising and on selling insurance and investments forbid (广告法 第九、十六、二十五条 …).
  绝对化: 'over-promise',
  保证结果: 'over-promise',
  保本保收益: 'over-promise',
};

export interface LexiconEntry {
  phrase: string;
  kind: LexiconKind;
  /** Only where it reads right in every sentence the phrase can stand in. */
  replacement?: string;
  /** Longer words that contain the phrase innocently. */
  guards?: string[];
  /** The wording the source prints, where this entry is another wording of it (看见/看到, 跟/和 …). */
  variantOf?: string;
  /** A key of sources.json (lexicon/sources.ts), and where in that source the phrase is printed. */
  cite: { source: string; section: string };
}

export const LEXICON: Readonly<Record<LexiconRule, readonly LexiconEntry[]>> = {
  'taboo-phrase': tabooPhrase as LexiconEntry[],
  'interrogative-tone': interrogativeTone as LexiconEntry[],
  'negative-wording': negativeWording as LexiconEntry[],
  'vague-wording': vagueWording as LexiconEntry[],
  'over-promise': overPromise as LexiconEntry[],
};

/** One rule's lexicon in the form of its phrase list, with the kind of each phrase. */
export interface LexiconPhrases {
  entries: PhraseEntry[];
  guards: string[];
  kinds: ReadonlyMap<string, LexiconKind>;
}

export function lexiconPhrases(rule: LexiconRule): LexiconPhrases {
  const kinds = new Map<string, LexiconKind>();
  const entries: PhraseEntry[] = [];
  const guards: string[] = [];
  for (const e of LEXICON[rule]) {
    for (const phrase of spellings(e.phrase)) {
      kinds.set(phrase, e.kind);
      entries.push({ phrase, ...(e.replacement ? { replacements: [e.replacement] } : {}), cite: e.cite });
    }
    if (e.guards) guards.push(...e.guards);
  }
  return { entries, guards, kinds };
}

/**
 * Traditional text writes the particle 着 as 著, which the normalized view keeps as it is: 著 is a
 * simplified character too (著名). A phrase with 着 is looked for in both spellings.
 */
export function spellings(phrase: string): string[] {
  return phrase.includes('着') ? [phrase, phrase.replace(/着/g, '著')] : [phrase];
}
