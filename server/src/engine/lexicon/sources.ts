import sources from './sources.json';

/**
 * Where the lexicon's phrases come from. Only tests and docs read this: the rules carry the source
 * keys alone, so the bundles leave the titles and addresses out.
 */
export interface LexiconSource {
  title: string;
  publisher: string;
  sector: string;
  url: string;
}

export const LEXICON_SOURCES: Readonly<Record<string, LexiconSource>> = sources;
