import type { Rule } from '../rule';
import { tabooPhrase } from './taboo-phrase';

/** Every rule of the default pack, in the order of spec §2. */
export const RULES: readonly Rule[] = [tabooPhrase];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
