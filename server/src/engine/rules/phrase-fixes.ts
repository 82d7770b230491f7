import { inScriptOf } from '../chinese-script';
import type { PhraseHit } from '../rule';
import type { Fix } from '../types';

/** One fix per rewording of a phrase hit, the first preferred, each in the script of the text it replaces. */
export function phraseFixes(hit: PhraseHit, original: string): Fix[] {
  return (hit.entry.replacements ?? []).map((r, i) => {
    const newText = inScriptOf(r, original);
    return {
      title: { zh: `改为“${newText}”`, en: `Replace "${original}" with "${newText}"` },
      edits: [{ start: hit.start, end: hit.end, newText }],
      ...(i === 0 ? { preferred: true } : {}),
    };
  });
}
