import { startsWithLabel } from '../engine/document';
import { asFormatLabel, type SpeakerLabels } from './speaker-labels';
import type { Place, PlacedText } from './place';

/**
 * A piece of a document in reading order. `role` is set where the document says whose words a
 * text is without a label (a table's 话术 column, a 客户问题 column).
 */
export type Block = { kind: 'heading'; text: string; place: Place } | { kind: 'text'; text: string; place: Place; role?: 'agent' | 'customer' };

/** What to do with text before a section's first speaker label. */
export type Unlabeled = 'skip' | 'agent';

/** The label a role's unlabelled text is given: a 话术 column's cell reads as the agent's turn. */
export const ROLE_LABEL = { agent: '坐席:', customer: '客户:' } as const;

/**
 * The `.callscript` text of a document's blocks: headings become sections, labelled text turns,
 * unlabelled text continues the turn before it. Text after a heading and before the first label
 * of its section (a title, a note on when to use the script) is left out unless `unlabeled` is
 * `agent`, as in a plain script that has no labels at all. A document's own role names (话务员：)
 * are written as the format's labels.
 */
export function placedTextOf(blocks: readonly Block[], unlabeled: Unlabeled, labels: SpeakerLabels): PlacedText {
  const lines: string[] = [];
  const places: Place[] = [];
  let spoken = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const name = block.text.replace(/\s+/g, ' ').trim();
      if (name === '') continue;
      lines.push(`# ${name}`);
      places.push(block.place);
      spoken = false;
      continue;
    }
    const blockLines = block.text.split(/\r\n|\r|\n/).map((l) => l.trimEnd()).map((l) => asFormatLabel(l, labels)?.line ?? l);
    if (block.role !== undefined) {
      if (blockLines.every((l) => l.trim() === '')) continue;
      if (!startsWithLabel(blockLines[0])) blockLines[0] = ROLE_LABEL[block.role] + blockLines[0].trimStart();
      spoken = true;
    }
    for (const line of blockLines) {
      if (line.trim() === '') continue;
      if (startsWithLabel(line)) spoken = true;
      if (!spoken && unlabeled === 'skip') continue;
      lines.push(line);
      places.push(block.place);
    }
  }
  return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, places };
}
