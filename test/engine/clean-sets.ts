import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, type Finding } from '../../server/src/engine';

/**
 * A set of real agent lines a QA reviewer passes (test/fixtures/wild-utterances/clean*.json), so
 * every finding on one is a false positive. They measure precision by kind; they are not strings to
 * whitelist. The check part's false positives are printed as counts by rule only, so that rules made
 * precise from the dev part's list are measured on lines nobody read the misfires of.
 */
const ROOT = path.resolve(__dirname, '../..', '..');
interface Item {
  id: string;
  part: 'dev' | 'check';
  verdict: 'clean' | 'doubtful';
  opening?: boolean;
  customer?: string;
  agent: string;
  doubt?: string;
  sector: string;
  source: string;
  address: string;
  section: string;
}

/** One clean set: its fixture, its title, how large it must be, and the false positives each part had when its ceiling was set (its .md, Figures), which later changes may only lower. */
export interface CleanSet {
  fixture: string;
  title: string;
  least: { lines: number; sources: number };
  ceiling: { dev: number; check: number };
}

/** A fixed day that is no holiday, so holiday-greeting rules do not fire by the clock. */
const NOW = new Date('2027-03-09T10:00:00+08:00');

/**
 * Rules that judge a line by the turns after it (closing-goodbye, wait-thanks) or before a goodbye
 * (closing-sequence, silent-line): a lone line has none. eval/model-sentences.json is linted the same.
 */
const CONTEXT_RULES = 'closing-goodbye wait-thanks closing-sequence silent-line';
/** 《2008年呼入服务质量规范(V1.0)》's 日常首问语, said before every line that is not itself an opening. */
const STANDARD_OPENING = '您好!我是XX移动10086客服代表XXX(工号),今天联系您是………';

/** The item as a script: the opening (unless the line is one), the customer's turn, the agent's line. */
function scriptOf(item: Item): { text: string; start: number; end: number } {
  const before = [`// callscript-disable-file ${CONTEXT_RULES} -- a lone line has no turns around it`];
  if (!item.opening) before.push(`坐席:${STANDARD_OPENING}`);
  if (item.customer) before.push(`客户:${item.customer}`);
  const head = `${before.join('\n')}\n`;
  const line = `坐席:${item.agent}`;
  return { text: `${head}${line}\n`, start: head.length, end: head.length + line.length };
}

/** The findings that fall on the item's agent line. */
function findingsOn(item: Item): Finding[] {
  const { text, start, end } = scriptOf(item);
  return lint(text, { now: NOW }).findings.filter((f) => f.start < end && f.end > start);
}

function byRule(flagged: { findings: Finding[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { findings } of flagged) for (const rule of new Set(findings.map((f) => f.rule))) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

export function describeCleanSet({ fixture, title, least, ceiling }: CleanSet): void {
  describe(title, function () {
    this.timeout(60000);
    const ITEMS: Item[] = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/wild-utterances', fixture), 'utf8')).items;
    const clean = ITEMS.filter((i) => i.verdict === 'clean');
    let results = new Map<string, Finding[]>();
    before(() => {
      results = new Map(ITEMS.map((i) => [i.id, findingsOn(i)]));
    });

    it(`holds at least ${least.lines} clean lines from at least ${least.sources} sources, each cited, parts split by source`, () => {
      assert.ok(clean.length >= least.lines, `${clean.length} clean`);
      assert.ok(new Set(clean.map((i) => i.address)).size >= least.sources);
      assert.equal(new Set(ITEMS.map((i) => i.id)).size, ITEMS.length, 'ids are unique');
      const partOf = new Map<string, string>();
      for (const i of ITEMS) {
        assert.ok(i.agent && i.sector && i.source && i.section && /^https?:\/\//.test(i.address), i.id);
        assert.ok(i.verdict === 'clean' || i.doubt, `${i.id}: a doubtful label says why`);
        assert.equal(partOf.get(i.address) ?? i.part, i.part, `${i.id}: one source, one part`);
        partOf.set(i.address, i.part);
      }
      assert.ok(clean.some((i) => i.part === 'check') && clean.some((i) => i.part === 'dev'));
    });

    for (const part of ['dev', 'check'] as const) {
      it(`flags at most ${ceiling[part]} of the ${part} part's clean lines`, () => {
        const lines = clean.filter((i) => i.part === part);
        const flagged = lines.map((i) => ({ item: i, findings: results.get(i.id) ?? [] })).filter((r) => r.findings.length > 0);
        const precision = `${lines.length - flagged.length}/${lines.length} clean lines left clean`;
        console.log(`      ${part}: ${precision}; false positives by rule ${JSON.stringify(byRule(flagged))}`);
        if (part === 'dev') {
          for (const { item, findings } of flagged) {
            const { text } = scriptOf(item);
            const spans = findings.map((f) => `${f.rule} «${text.slice(f.start, f.end)}»`).join(', ');
            console.log(`        ${item.id} ${item.agent} → ${spans}`);
          }
        }
        assert.ok(flagged.length <= ceiling[part], `${flagged.length} ${part} lines flagged (ceiling ${ceiling[part]})`);
      });
    }

    it('reports what the doubtful lines get (not scored)', () => {
      const doubtful = ITEMS.filter((i) => i.verdict === 'doubtful').map((i) => ({ item: i, findings: results.get(i.id) ?? [] }));
      console.log(`      doubtful: ${doubtful.filter((d) => d.findings.length > 0).length}/${doubtful.length} flagged, by rule ${JSON.stringify(byRule(doubtful))}`);
      assert.ok(doubtful.length > 0);
    });
  });
}
