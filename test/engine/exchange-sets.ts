import { strict as assert } from 'node:assert';
import { findingsOf } from '../helpers';
import { readExchanges, type SplitExchange } from './wild-exchanges';

/**
 * The wild sets of exchanges split by source (answers.json, failures.json): the customer's turn, or
 * the situation as a stage direction where the page quotes no words of theirs, and the reply, each
 * labeled `flag` with the rules a reviewer expects or `clean`. The `dev` part was read while kinds
 * were written; the `check` part is run only for its figure. Each set's test states its rules, its
 * size and the floors it reached.
 */

type Part = 'dev' | 'check';

export interface ExchangeSet {
  /** The fixture's name in test/fixtures/wild-utterances, without .json. */
  file: string;
  /** What the describe block is called. */
  title: string;
  /** The rules that report these kinds. */
  rules: readonly string[];
  /** The least the set holds: flagged and clean replies, sources. */
  least: { flagged: number; clean: number; sources: number };
  /** Share of flagged replies caught in each part, on the rules of the commit that set it. */
  floors: Record<Part, number>;
  /** Share of the replies labeled with one rule that this rule reports, in each part; `everyFlagged` when each bad reply is labeled with it. */
  ruleFloors?: { rule: string; everyFlagged?: true } & Record<Part, number>;
}

/** The exchange as a script on the phone: the situation, the customer's turn, the reply. */
function rulesFlagging(e: SplitExchange, rules: readonly string[]): Set<string> {
  const text = `${e.situation ? `【${e.situation}】\n` : ''}${e.customer ? `客户:${e.customer}\n` : ''}坐席:${e.agent}\n`;
  return new Set(findingsOf(text).map((f) => f.rule).filter((r) => rules.includes(r)));
}

function measure(set: ExchangeSet, exchanges: SplitExchange[], part: Part) {
  const mine = exchanges.filter((e) => e.part === part);
  const found = new Map(mine.map((e) => [e, rulesFlagging(e, set.rules)]));
  const bad = mine.filter((e) => e.verdict === 'flag');
  const caught = bad.filter((e) => e.rules.some((r) => found.get(e)!.has(r)));
  const falseAlarms = mine.filter((e) => e.verdict === 'clean' && found.get(e)!.size > 0);
  const rule = set.ruleFloors?.rule;
  const wanted = rule ? bad.filter((e) => e.rules.includes(rule)) : [];
  const ruleCaught = wanted.filter((e) => found.get(e)!.has(rule!));
  return {
    recall: caught.length / bad.length,
    ruleRecall: wanted.length ? ruleCaught.length / wanted.length : 1,
    line:
      `${part}: bad replies caught ${caught.length}/${bad.length}` +
      (rule ? `, ${rule} ${ruleCaught.length}/${wanted.length}` : '') +
      `, good replies flagged ${falseAlarms.length}/${mine.length - bad.length}`,
    missed: bad.filter((e) => !caught.includes(e)).map((e) => e.id),
    falseAlarms: falseAlarms.map((e) => `${e.id} ${[...found.get(e)!].join(',')}`),
  };
}

export function describeExchangeSet(set: ExchangeSet): void {
  const exchanges = readExchanges<SplitExchange>(set.file);

  describe(set.title, () => {
    it(`holds at least ${set.least.flagged} bad and ${set.least.clean} good replies from at least ${set.least.sources} sources, each cited`, () => {
      assert.ok(exchanges.filter((e) => e.verdict === 'flag').length >= set.least.flagged);
      assert.ok(exchanges.filter((e) => e.verdict === 'clean').length >= set.least.clean);
      assert.ok(new Set(exchanges.map((e) => e.address)).size >= set.least.sources);
      for (const e of exchanges) {
        assert.ok((e.customer || e.situation) && e.agent && e.kind && e.source && /^https?:\/\//.test(e.address), e.id);
        assert.ok(e.part === 'dev' || e.part === 'check', e.id);
        if (e.verdict === 'flag') assert.ok(e.rules.length > 0 && e.rules.every((r) => set.rules.includes(r)), e.id);
        if (e.verdict === 'flag' && set.ruleFloors?.everyFlagged) assert.ok(e.rules.includes(set.ruleFloors.rule), e.id);
      }
    });

    it('splits dev and check by source: no source in both parts', () => {
      const partOf = new Map<string, string>();
      for (const e of exchanges) {
        assert.equal(partOf.get(e.address) ?? e.part, e.part, e.address);
        partOf.set(e.address, e.part);
      }
    });

    for (const part of ['dev', 'check'] as const) {
      it(`${part}: flags the bad replies at or above the floor, and leaves the good replies clean`, () => {
        const m = measure(set, exchanges, part);
        // The check part's misses are not printed: its items are not read while kinds are written.
        console.log(part === 'dev' ? `      ${m.line}; missed: ${m.missed.join(' ')}; false alarms: ${m.falseAlarms.join(' ')}` : `      ${m.line}`);
        assert.ok(m.recall >= set.floors[part], `${part} recall ${m.recall}`);
        if (set.ruleFloors) assert.ok(m.ruleRecall >= set.ruleFloors[part], `${set.ruleFloors.rule} ${m.ruleRecall}`);
        if (part === 'dev') assert.deepEqual(m.falseAlarms, []);
      });
    }
  });
}
