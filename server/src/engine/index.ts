/** The engine's public face: what the server, the CLI and the tests import. */
export { lint, agentSpans, type LintOptions, type LintResult, type RuleCrash } from './lint';
export { parseDocument, lineStartsOf, type ScriptDocument } from './document';
export { RULES, ruleById, ruleDocUrl } from './rules';
export { applyFixes, preferredEdits } from './fix';
export type { Finding, Fix, Message, Severity, TextEdit, Locale } from './types';
export type { CallscriptConfig } from './config';
export { positionAt, rangeOf, type Position, type Range } from './positions';
