import type { Rule } from '../rule';
import { tabooPhrase } from './taboo-phrase';
import { interrogativeTone } from './interrogative-tone';
import { negativeWording } from './negative-wording';
import { politePronoun } from './polite-pronoun';
import { vagueWording } from './vague-wording';
import { holidayGreeting } from './holiday-greeting';
import { weekendGreeting } from './weekend-greeting';
import { customPatterns } from './custom-patterns';
import { requiredPhrases } from './required-phrases';
import { greetingEmployeeId } from './greeting-employee-id';
import { closingGoodbye } from './closing-goodbye';
import { waitThanks } from './wait-thanks';
import { hardcodedPii } from './hardcoded-pii';
import { unknownPlaceholder } from './unknown-placeholder';
import { frontMatter } from './front-matter';
import { holdProcedure } from './hold-procedure';
import { refusalAlternative } from './refusal-alternative';
import { transferProcedure } from './transfer-procedure';
import { apologyFirst } from './apology-first';
import { feedbackThanks } from './feedback-thanks';
import { readBack } from './read-back';
import { closingSequence } from './closing-sequence';
import { customerHangsUpFirst } from './customer-hangs-up-first';
import { silentLine } from './silent-line';
import { timeOfDayGreeting } from './time-of-day-greeting';
import { openingOrder } from './opening-order';
import { hiddenCharacters } from './hidden-characters';
import { overPromise } from './over-promise';

/** Every rule of the default pack, in the order of spec §2, then the call procedures. */
export const RULES: readonly Rule[] = [tabooPhrase, interrogativeTone, greetingEmployeeId, holidayGreeting, weekendGreeting, negativeWording, politePronoun, closingGoodbye, waitThanks, vagueWording, hardcodedPii, unknownPlaceholder, frontMatter, customPatterns, requiredPhrases, holdProcedure, refusalAlternative, transferProcedure, apologyFirst, feedbackThanks, readBack, closingSequence, customerHangsUpFirst, silentLine, timeOfDayGreeting, openingOrder, hiddenCharacters, overPromise];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

const DOCS_BASE = 'https://github.com/callscript/callscript/blob/main/docs/rules/';

/** A rule's doc page; none for the ids of a config's own patterns and requirements. */
export function ruleDocUrl(id: string): string | undefined {
  return ruleById(id) ? `${DOCS_BASE}${id}.md` : undefined;
}
