import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..', '..');

/**
 * One exchange of a wild-utterance set (test/fixtures/wild-utterances/README.md): the customer's
 * turn (or the situation as a stage direction) and the agent's reply, as a reviewer labeled it.
 */
export interface Exchange {
  id: string;
  verdict: 'flag' | 'clean';
  /** `dev` was read while kinds were written; `check` only measured (sets split by source). */
  part?: 'dev' | 'check';
  situation?: string;
  customer: string;
  agent: string;
  kind: string;
  rules: string[];
  source: string;
  address: string;
}

/** An exchange of a set split by source into its two parts. */
export type SplitExchange = Exchange & { part: 'dev' | 'check' };

/** The exchanges of test/fixtures/wild-utterances/<name>.json. */
export function readExchanges<T extends Exchange = Exchange>(name: string): T[] {
  return JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/wild-utterances', `${name}.json`), 'utf8')).exchanges;
}
