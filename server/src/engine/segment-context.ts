import type { CallscriptConfig } from './config';
import { suppressionsFrom, type Suppressions } from './directives';
import { firstTurn, type Directive } from './document';
import { agentSpans } from './lint';
import { buildView } from './normalize';
import type { Rule } from './rule';
import { documentMarkSample, documentSample } from './rules/reword';
import { lineEnd, lineStart, type Segment } from './segments';

/**
 * Which lines of the script a segment is linted with. Besides its own lines, a rule may need to
 * see a few turns from elsewhere, and these are put around the segment in script order:
 *  - the front matter (its dates, its line ending; without one, the script's first line);
 *  - the heading the segment's first line is under, and the script's first opening section with
 *    its first agent turn (what is an opening);
 *  - for each `turnsSeenElsewhere` entry of a rule: the script's first such turn before the
 *    segment and the nearest one after it, with the heading over that one;
 *  - for each `turnsSeenBefore` entry of a rule: the nearest such turn before the segment.
 * Findings in those borrowed lines belong to their own segments and are dropped.
 */

/** Lines [from, to] of one segment. */
export interface Piece {
  seg: Segment;
  index: number;
  from: number;
  to: number;
}

/** What a segment offers the others, worked out once for its text. */
interface SegmentFacts {
  /** Each rule's `turnsSeenElsewhere` entries, one after another in rule order. */
  seen: Array<number | undefined>;
  /** For each `seen` turn, the line of the heading it is under in this segment (undefined: none here). */
  seenHeading: Array<number | undefined>;
  /** Each rule's `turnsSeenBefore` entries: the segment's last such turns. */
  seenLast: Array<number | undefined>;
  lastHeading: number | undefined;
  firstOpeningHeading: number | undefined;
  /** The first agent turn under the first opening heading; whether that section goes on to the segment's end. */
  openingTurn: number | undefined;
  openingRunsOn: boolean;
  /** The first agent turn before any heading. */
  agentTurnBeforeHeading: number | undefined;
  sample: string;
  markSample: string;
}

const factsCache = new WeakMap<Segment, { rules: readonly Rule[]; config: CallscriptConfig; facts: SegmentFacts }>();

export function factsOf(seg: Segment, rules: readonly Rule[], config: CallscriptConfig): SegmentFacts {
  const cached = factsCache.get(seg);
  if (cached && cached.rules === rules && cached.config === config) return cached.facts;
  const doc = seg.doc;
  const hooked = rules.filter((r) => r.turnsSeenElsewhere);
  const hookedBefore = rules.filter((r) => r.turnsSeenBefore);
  const view = hooked.length + hookedBefore.length > 0 ? buildView(doc.text, agentSpans(doc)) : undefined;
  const seen = hooked.flatMap((r) => (r.turnsSeenElsewhere as NonNullable<Rule['turnsSeenElsewhere']>)(doc, view as NonNullable<typeof view>, config));
  const seenLast = hookedBefore.flatMap((r) => (r.turnsSeenBefore as NonNullable<Rule['turnsSeenBefore']>)(doc, view as NonNullable<typeof view>, config));
  const opening = doc.sections.findIndex((s) => s.kind === 'opening');
  const firstAgentTurn = (section: number) => firstTurn(doc, (t) => t.role === 'agent' && t.section === section);
  const facts: SegmentFacts = {
    seen,
    seenHeading: seen.map((turn) => {
      const section = turn === undefined ? -1 : doc.turns[turn].section;
      return section >= 0 ? doc.sections[section].line : undefined;
    }),
    seenLast,
    lastHeading: doc.sections.length > 0 ? doc.sections[doc.sections.length - 1].line : undefined,
    firstOpeningHeading: opening >= 0 ? doc.sections[opening].line : undefined,
    openingTurn: opening >= 0 ? firstAgentTurn(opening) : undefined,
    openingRunsOn: opening === doc.sections.length - 1,
    agentTurnBeforeHeading: firstAgentTurn(-1),
    sample: documentSample(doc),
    markSample: documentMarkSample(doc),
  };
  factsCache.set(seg, { rules, config, facts });
  return facts;
}

/** The script seen through its segments' facts: what every segment's context is made of. */
export class ScriptFacts {
  readonly facts: SegmentFacts[];
  /** Per `seen` entry, the first segment that has one. */
  private readonly firstWith: number[];
  /** Per `seen` entry and segment, the nearest later segment that has one (-1: none). */
  private readonly nextWith: Int32Array[];
  /** Per `seenLast` entry and segment, the nearest earlier segment that has one (-1: none). */
  private readonly previousWith: Int32Array[];
  /** Per segment, the last heading before it: [segment, line], or undefined. */
  private readonly headingBefore: Array<[number, number] | undefined>;
  private readonly opening: { heading: [number, number]; turn?: [number, number] } | undefined;
  readonly scriptSample: string;
  readonly markSample: string;
  readonly suppressions: Suppressions;

  constructor(
    readonly segments: readonly Segment[],
    rules: readonly Rule[],
    config: CallscriptConfig,
  ) {
    this.facts = segments.map((s) => factsOf(s, rules, config));
    const slots = this.facts[0].seen.length;
    this.firstWith = [];
    this.nextWith = [];
    for (let e = 0; e < slots; e++) {
      const next = new Int32Array(segments.length);
      let nearest = -1;
      for (let k = segments.length - 1; k >= 0; k--) {
        next[k] = nearest;
        if (this.facts[k].seen[e] !== undefined) nearest = k;
      }
      this.firstWith.push(nearest);
      this.nextWith.push(next);
    }
    this.previousWith = [];
    for (let e = 0; e < this.facts[0].seenLast.length; e++) {
      const previous = new Int32Array(segments.length);
      let nearest = -1;
      for (let k = 0; k < segments.length; k++) {
        previous[k] = nearest;
        if (this.facts[k].seenLast[e] !== undefined) nearest = k;
      }
      this.previousWith.push(previous);
    }
    this.headingBefore = [];
    let heading: [number, number] | undefined;
    for (let k = 0; k < segments.length; k++) {
      this.headingBefore.push(heading);
      const last = this.facts[k].lastHeading;
      if (last !== undefined) heading = [k, last];
    }
    this.opening = this.openingOfScript();
    this.scriptSample = this.facts.find((f) => f.sample !== '')?.sample ?? '';
    this.markSample = this.facts.find((f) => f.markSample !== '')?.markSample ?? '';
    this.suppressions = this.scriptSuppressions();
  }

  /**
   * Everything `piecesFor(k)` reads, as segments and line or turn numbers, written into `sig`
   * from index `n` on; returns the index after the last. When it is what it was, so are the
   * pieces (a segment's text never changes), and no more is done. Written in place: every
   * keystroke asks this of every segment, and growing a fresh array each time was most of what
   * a keystroke allocated.
   */
  signature(k: number, sig: unknown[], n: number): number {
    sig[n++] = this.scriptSample;
    sig[n++] = this.markSample;
    if (k > 0) {
      sig[n++] = this.segments[0];
      n = this.putAt(sig, n, this.headingBefore[k]);
      const opening = this.opening && this.opening.heading[0] < k ? this.opening : undefined;
      n = this.putAt(sig, n, opening?.heading);
      n = this.putAt(sig, n, opening?.turn && opening.turn[0] < k ? opening.turn : undefined);
    }
    for (let e = 0; e < this.firstWith.length; e++) {
      const m = this.firstWith[e];
      const before = m >= 0 && m < k;
      sig[n++] = before ? this.segments[m] : null;
      sig[n++] = before ? this.facts[m].seen[e] : null;
      const next = this.nextWith[e][k];
      if (next < 0) {
        for (let i = 0; i < 4; i++) sig[n++] = null;
        continue;
      }
      sig[n++] = this.segments[next];
      sig[n++] = this.facts[next].seen[e];
      // headingOver, without making a pair of it for every segment on every keystroke.
      const headingLine = this.facts[next].seenHeading[e];
      if (headingLine !== undefined) {
        sig[n++] = this.segments[next];
        sig[n++] = headingLine;
      } else {
        const heading = this.headingBefore[next];
        n = this.putAt(sig, n, heading && heading[0] > k ? heading : undefined);
      }
    }
    for (let e = 0; e < this.previousWith.length; e++) {
      const m = this.previousWith[e][k];
      sig[n++] = m >= 0 ? this.segments[m] : null;
      sig[n++] = m >= 0 ? this.facts[m].seenLast[e] : null;
    }
    return n;
  }

  /** A [segment, line] place as the segment itself and the line, so that a signature compares by identity. */
  private putAt(sig: unknown[], n: number, at: readonly [number, number] | undefined): number {
    sig[n] = at ? this.segments[at[0]] : null;
    sig[n + 1] = at ? at[1] : null;
    return n + 2;
  }

  /** The pieces segment `k` is linted with, in script order, its own lines among them. */
  piecesFor(k: number): Piece[] {
    const pieces: Piece[] = [];
    const add = (index: number, from: number, to: number) => pieces.push({ seg: this.segments[index], index, from, to });
    const addTurn = (index: number, turn: number) => {
      const t = this.segments[index].doc.turns[turn];
      add(index, t.firstLine, t.lastLine);
    };
    const own = this.segments[k];
    add(k, 0, lineCount(own, k === this.segments.length - 1) - 1);
    if (k > 0) {
      const first = this.segments[0].doc;
      const fm = first.frontMatter.lastLine;
      if (fm >= 0) add(0, 0, fm);
      else if (first.lines[0].turn !== undefined) addTurn(0, first.lines[0].turn);
      else add(0, 0, 0);
      const heading = this.headingBefore[k];
      if (heading) add(heading[0], heading[1], heading[1]);
      if (this.opening && this.opening.heading[0] < k) {
        add(this.opening.heading[0], this.opening.heading[1], this.opening.heading[1]);
        const turn = this.opening.turn;
        if (turn && turn[0] < k) addTurn(turn[0], turn[1]);
      }
    }
    this.firstWith.forEach((m, e) => {
      if (m >= 0 && m < k) addTurn(m, this.facts[m].seen[e] as number);
      const next = this.nextWith[e][k];
      if (next < 0) return;
      addTurn(next, this.facts[next].seen[e] as number);
      const heading = this.headingOver(next, e, k);
      if (heading) add(heading[0], heading[1], heading[1]);
    });
    for (let e = 0; e < this.previousWith.length; e++) {
      const m = this.previousWith[e][k];
      if (m >= 0) addTurn(m, this.facts[m].seenLast[e] as number);
    }
    return mergePieces(pieces);
  }

  /** The heading over segment `m`'s `seen` turn `e`, when it comes after segment `k`: [segment, line]. */
  private headingOver(m: number, e: number, k: number): readonly [number, number] | undefined {
    const line = this.facts[m].seenHeading[e];
    if (line !== undefined) return [m, line];
    const before = this.headingBefore[m];
    return before && before[0] > k ? before : undefined;
  }

  /** The script's first opening section, and its first agent turn (which may lie in a later segment). */
  private openingOfScript(): ScriptFacts['opening'] {
    const m = this.facts.findIndex((f) => f.firstOpeningHeading !== undefined);
    if (m < 0) return undefined;
    const { firstOpeningHeading, openingTurn, openingRunsOn } = this.facts[m];
    const heading: [number, number] = [m, firstOpeningHeading as number];
    if (openingTurn !== undefined) return { heading, turn: [m, openingTurn] };
    // The section goes on into the next segments only while no heading has ended it.
    if (!openingRunsOn) return { heading };
    for (let k = m + 1; k < this.segments.length; k++) {
      const { agentTurnBeforeHeading, lastHeading } = this.facts[k];
      if (agentTurnBeforeHeading !== undefined) return { heading, turn: [k, agentTurnBeforeHeading] };
      if (lastHeading !== undefined) return { heading };
    }
    return { heading };
  }

  private scriptSuppressions(): Suppressions {
    const directives: Directive[] = [];
    let lines = 0;
    this.segments.forEach((seg, k) => {
      for (const d of seg.directives) directives.push({ ...d, line: seg.firstLine + d.line });
      lines += lineCount(seg, k === this.segments.length - 1);
    });
    return suppressionsFrom(directives, lines);
  }
}

/** A segment's own lines: all but the empty line its parse ends with after its last line break, unless it ends the script. */
export function lineCount(seg: Segment, last: boolean): number {
  return last ? seg.lineCount : seg.lineCount - 1;
}

function mergePieces(pieces: Piece[]): Piece[] {
  pieces.sort((a, b) => a.index - b.index || a.from - b.from);
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.index === p.index && p.from <= last.to + 1) last.to = Math.max(last.to, p.to);
    else merged.push({ ...p });
  }
  return merged;
}

const pieceTexts = new WeakMap<Segment, Map<string, string>>();

/** A piece's text, the same string each time for a segment that has not changed: keys compare at once. */
export function pieceText(p: Piece): string {
  let texts = pieceTexts.get(p.seg);
  if (!texts) pieceTexts.set(p.seg, (texts = new Map()));
  const key = `${p.from}:${p.to}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = p.seg.text.slice(lineStart(p.seg, p.from), lineEnd(p.seg, p.to))));
  return text;
}

/** The script's suppressions in the lines of a segment's linted text, which the pieces make up. */
export function suppressionsIn(script: Suppressions, pieces: readonly Piece[]): Suppressions {
  const ranges = new Map<string, Array<[number, number]>>();
  if (script.ranges.size === 0) return { ranges };
  for (const [rule, list] of script.ranges) {
    const mapped: Array<[number, number]> = [];
    let at = 0;
    for (const p of pieces) {
      const first = p.seg.firstLine + p.from;
      const last = p.seg.firstLine + p.to;
      for (const [from, to] of list) {
        const a = Math.max(from, first);
        const b = Math.min(to, last);
        if (a <= b) mapped.push([at + a - first, at + b - first]);
      }
      at += p.to - p.from + 1;
    }
    if (mapped.length > 0) ranges.set(rule, mapped);
  }
  return { ranges };
}
