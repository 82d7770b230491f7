import { lint } from '../../server/src/engine';
import { findConstructions, type Construction } from '../../server/src/engine/rules/construction';

/** A construction table under test: its name, the rule that reports it, the table, [line, the text it finds] pairs, and lines it must pass. */
export type ConstructionTable = [string, string, readonly Construction[], Array<[string, string]>, string[]];

export const line = (text: string) => `坐席:${text}\n`;

/** The construction texts of a table found in one agent line. */
export function matched(text: string, table: readonly Construction[]): string[] {
  const doc = line(text);
  const { doc: parsed, view } = lint(doc, { rules: [] });
  return findConstructions(parsed, view, table).map((m) => doc.slice(m.start, m.end));
}

/** The same line with ASCII punctuation made full-width, as many scripts write it. */
export const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
