import type { ScriptDocument } from '../document';
import type { NormalizedView } from '../normalize';
import { nextAgentTurn, spokenView, turnOf } from './conversation';
import { originalRange, sentenceMatches } from './turn-text';

/**
 * A wait the agent lays on the customer by its length, not a hold on the line: 你们等半个小时,
 * 您再等十分钟, 最快也要10几分钟, 至少得等两个小时. The customer is told to wait and given nothing
 * for it; the standards ask an apology or thanks for the customer's patience with every wait
 * (`wait-thanks`). Not a hold: nobody is put on hold, so `hold-procedure` does not read these.
 */

export interface ImposedWait {
  start: number;
  end: number;
  turn: number;
}

/** How long, in minutes or hours (10几分钟, 半个小时, 两个多小时); days are a delivery's or a repair's time. */
const DURATION = '(?:[0-9一二两三四五六七八九十几半]+(?:几|多)?个?多?|半个?)(?:分钟|小时|钟头)';
/** 您 is 你 on the view. */
const IMPOSED_RE = new RegExp(
  `你们?(?:先|再|就|还|只能)?(?:得|要)?等(?:上|个)?${DURATION}|(?:最快|至少|起码|最少)(?:也|都|还)?(?:要|得|需要)(?:再)?(?:等)?(?:上)?${DURATION}`,
  'g',
);
/** An apology or thanks for the wait, in the wait's turn or the agent's next: what the customer is owed. */
const OWED_RE = /抱歉|对不起|不好意思|见谅|久等|感谢|谢谢|辛苦|理解/;

export function imposedWaits(doc: ScriptDocument, view: NormalizedView): ImposedWait[] {
  const found: ImposedWait[] = [];
  for (const m of sentenceMatches(view, IMPOSED_RE)) {
    const range = originalRange(view, m.start, m.end);
    const turn = turnOf(doc, range.start);
    if (doc.turns[turn].role !== 'agent' || owedGiven(doc, view, turn)) continue;
    found.push({ ...range, turn });
  }
  return found;
}

function owedGiven(doc: ScriptDocument, view: NormalizedView, turn: number): boolean {
  if (OWED_RE.test(spokenView(doc, view, turn).text)) return true;
  const next = nextAgentTurn(doc, turn);
  return next !== undefined && OWED_RE.test(spokenView(doc, view, next).text);
}
