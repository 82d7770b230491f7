import type { RuleContext } from '../rule';
import type { Fix, Message } from '../types';
import type { Construction, ConstructionMatch } from './construction';
import { curtImperativeFixes, curtImperatives, CURT_IMPERATIVES } from './curt-imperatives';
import { formsOfAddress, FORMS_OF_ADDRESS } from './forms-of-address';
import { judgements, JUDGEMENTS } from './judgements';

/**
 * The classes of speech directed at the customer's person that taboo-phrase reports beside orders.ts's
 * listed commands: curt imperatives, forms of address by number or label, and evaluations of the
 * customer. One place for taboo-phrase to ask for them and for what to say about each.
 */

export const CUSTOMER_DIRECTED: readonly Construction[] = [...CURT_IMPERATIVES, ...FORMS_OF_ADDRESS, ...JUDGEMENTS];

export function customerDirected(ctx: RuleContext): ConstructionMatch[] {
  return [...curtImperatives(ctx), ...formsOfAddress(ctx), ...judgements(ctx)];
}

const ADDRESSING = new Set<Construction>(FORMS_OF_ADDRESS);
const JUDGING = new Set<Construction>(JUDGEMENTS);

/**
 * What to say about a form of address or an evaluation; undefined for the curt imperatives, which
 * taboo-phrase reports with the lexicon's 命令 message like every other order.
 */
export function directedMessage(m: ConstructionMatch, text: string): Message | undefined {
  if (ADDRESSING.has(m.construction)) {
    return {
      zh: `“${text}”是用床号、号码或外号称呼客户：称呼客户“先生/女士”或“李爷爷/王奶奶”，再用“请您……”`,
      en: `"${text}" calls the customer by a bed, a number or a label: address them (先生/女士, 李爷爷/王奶奶) and ask with 请您……`,
    };
  }
  if (JUDGING.has(m.construction)) {
    return {
      zh: `“${text}”是在评价、训斥客户：不评价客户的为人和举止，耐心说明怎样办理`,
      en: `"${text}" judges or scolds the customer: never pass judgement on the customer; explain patiently what to do`,
    };
  }
  return undefined;
}

const ORDERING = new Set<Construction>(CURT_IMPERATIVES);

/**
 * The rewording offered for a match: a curt imperative asked with 请 (curt-imperatives.ts says which).
 * A form of address has none (only the writer knows the customer's name: 3床 → 李爷爷), nor has an
 * evaluation (the writer says what to do instead of judging; no wording fits every verdict).
 */
export function directedFixes(ctx: RuleContext, m: ConstructionMatch): Fix[] {
  return ORDERING.has(m.construction) ? curtImperativeFixes(ctx, m) : [];
}
