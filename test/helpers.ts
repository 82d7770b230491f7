import { lint, type LintOptions, type Finding } from '../server/src/engine';

/** A rule example is an agent line unless it is a whole document (it has a newline). */
export function asDocument(example: string): string {
  return example.includes('\n') ? example : `坐席:${example}\n`;
}

export function findingsOf(text: string, rule?: string, options: LintOptions = {}): Finding[] {
  const all = lint(text, { now: new Date('2027-03-03T10:00:00+08:00'), ...options }).findings;
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** The flagged text of each finding, for readable assertions. */
export function flagged(text: string, rule?: string, options: LintOptions = {}): string[] {
  return findingsOf(text, rule, options).map((f) => text.slice(f.start, f.end));
}
