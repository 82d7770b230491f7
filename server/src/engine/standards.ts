import type { Citation } from './types';

/**
 * The standards the rules cite, by the key a citation carries. Users look a standard up by its
 * title, so that is what every report, hover and doc page shows; the key never reaches them.
 */
export interface Standard {
  title: string;
  /** What it is and who published it, in a line. */
  about: string;
}

const SEEDS: Record<string, Standard> = {
  '000_e626cd326d976e13.txt': {
    title: '2008年呼入服务质量规范(V1.0)',
    about: 'A telecom operator\'s inbound-call service standard: agent duties, 首问语 and 结束用语, holiday greetings and their hours, 服务忌语.',
  },
  '001_9a1dc18ec5519dd1.txt': {
    title: '客户服务外包中心服务人员的素质标准',
    about: 'A call-center outsourcer\'s standard for agents (北京美宸互联, 2020): telephone etiquette, conduct, closing the call.',
  },
  '002_5ab7d194a3b83629.txt': {
    title: '送培训到网格 课件4 客户服务',
    about: 'A customer-service training deck: service language, negative wording, 服务禁用语气, what to say when a request cannot be met.',
  },
  '003_22534ffe70de67c3.txt': {
    title: '服务热线呼叫操作标准流程',
    about: 'A service hotline\'s standard call procedure: greeting, listening and confirming, handling, transferring, closing.',
  },
  '004_2855f23ed23c31c5.txt': {
    title: '客服管理规章制度',
    about: 'A company\'s customer-service regulations (泸州嘉利华, 2017): 三要三不, conduct on the phone.',
  },
  // The rules about the document itself (placeholders, front matter, a config's patterns) follow
  // callscript's own format, not a service standard.
  'spec/callscript.md': {
    title: 'callscript 话术文档格式',
    about: 'This project\'s document format and configuration: docs/format.md and docs/config.md.',
  },
};

const known = new Map<string, Standard>(Object.entries(SEEDS));

/** Adds the standards a data pack cites (the industry lexicon's sources). */
export function registerStandards(standards: Record<string, Standard>): void {
  for (const [key, standard] of Object.entries(standards)) known.set(key, standard);
}

export function standardOf(key: string): Standard | undefined {
  return known.get(key);
}

/** Every standard known, by key. */
export function allStandards(): ReadonlyMap<string, Standard> {
  return known;
}

/** A citation as a reader looks it up: 《title》 section. An unknown key is shown as it is. */
export function citationText(c: Citation): string {
  const title = known.get(c.seed)?.title;
  return title ? `《${title}》 ${c.section}` : `${c.seed} ${c.section}`;
}
