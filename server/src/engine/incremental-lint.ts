import { lineStartsOf, parseDocument } from './document';
import { lineCountOf, lineEndAt, lineTextAt } from './script-lines';
import { rangeOf, type Range } from './positions';
import { lint, lintParsed, ruleCrash, type LintOptions, type RuleCrash } from './lint';
import { RULES } from './rules';
import { factsOf, pieceText, ScriptFacts, suppressionsIn, type Piece } from './segment-context';
import { lintedText, ownFindings, placedFindings, placesOf, type SegmentLint } from './segment-placement';
import { cutRegion, newSegment, opensSegmentAfter, opensSegmentAt, segmentOf, SEGMENT_LINES, type Segment } from './segments';
import type { Finding } from './types';

/** What the caller knows of an edit: this many characters at the start and at the end did not change. */
export interface Unchanged {
  prefix: number;
  suffix: number;
}

/** The unchanged ends held within both texts and kept from overlapping (an edit's hints may say more). */
export function unchangedWithin(unchanged: Unchanged, oldLength: number, newLength: number): Unchanged {
  const prefix = Math.min(unchanged.prefix, oldLength, newLength);
  return { prefix, suffix: Math.min(unchanged.suffix, oldLength - prefix, newLength - prefix) };
}

/**
 * The script's text: a string, or a view of an edited document that hands out stretches of it
 * without putting the whole text together (see lsp/piece-document.ts). With change hints, a
 * keystroke reads only the stretch around the edit.
 */
export interface ScriptText {
  readonly length: number;
  /** Offsets between 0 and `length`. */
  slice(start: number, end: number): string;
  indexOf(search: string, position: number): number;
  /** The whole text. */
  toString(): string;
}

export interface IncrementalResult {
  /** The findings, as `lint` gives them; put together when first read. */
  readonly findings: Finding[];
  /** For each finding, its rule, severity and message (its offsets are not the script's): all that a diagnostic needs with its range. */
  summaries: Array<Pick<Finding, 'rule' | 'severity' | 'message'>>;
  /** Each finding's range in LSP positions, worked out in its segment: no need to find the script's line starts. */
  ranges: Range[];
  crashes: RuleCrash[];
  /** Findings past the linter's `keep`: counted, not kept (`findings`, `summaries` and `ranges` hold the first `keep`). */
  omitted: number;
  /** Segments past `keep` not linted yet (see `countSteps`): their findings are not in `omitted`. */
  uncounted: number;
}

/** One object for "no config": segment facts are remembered per config object. */
const NO_CONFIG = {};

/**
 * Lints one script as it is edited, parsing and linting again only the segments an edit reached
 * (and the few whose borrowed lines it changed). Every version's findings are exactly those of
 * `lint` on the whole text: the property tests hold the two together. See docs/architecture.md.
 */
export class IncrementalLinter {
  private segments: Segment[] = [];
  private text: ScriptText | undefined;
  private readonly lints = new WeakMap<Segment, SegmentLint>();
  /** Segments whose findings all lie past `keep`: only how many their own lines have, for the `last` it was counted with. */
  private readonly counted = new WeakMap<SegmentLint, { last: boolean; count: number }>();
  private last: IncrementalResult | undefined;
  /** The options `last` was assembled with ("now" fixed), which counting the rest of it goes on with. */
  private lastOptions: LintOptions | undefined;

  /**
   * `segmentLines`: how many lines a segment has at least; by default it grows with the script,
   * since each keystroke costs a little per segment and a little per line of the segment it lints.
   * `keep`: how many findings, in script order, are wanted (the server sends `callscript.maxProblems`);
   * a segment whose findings all come later keeps only their count, so memory follows what is
   * sent, not how dense the script is. Should an edit bring its findings forward, it is linted again.
   * `countAhead`: how many characters of segments past `keep` an update lints just to count their
   * findings; the rest are left `uncounted` for `countSteps`, so that the first `keep` findings of a
   * long dense script come without linting all of it.
   */
  constructor(
    readonly options: LintOptions,
    private segmentLines?: number,
    readonly keep = Number.POSITIVE_INFINITY,
    readonly countAhead = Number.POSITIVE_INFINITY,
  ) {}

  /** How many findings the segments hold now (the rest are counted): what `keep` bounds. */
  heldFindings(): number {
    let held = 0;
    for (const seg of this.segments) held += this.lints.get(seg)?.findings.length ?? 0;
    return held;
  }

  /** The findings of `text`; `unchanged` (from the editor's change events) spares comparing the texts. */
  update(text: ScriptText, unchanged?: Unchanged): IncrementalResult {
    const steps = this.steps(text, unchanged);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same, in steps: it yields after each stretch of the first cut of a script and after each
   * segment it lints, so that a caller can let other work run in between. Run each to its end,
   * one at a time.
   */
  *steps(text: ScriptText, unchanged?: Unchanged): Generator<void, IncrementalResult, void> {
    if (text === this.text && this.last) return this.last;
    const options = { ...this.options, now: this.options.now ?? new Date() };
    // `require` checks whole sections and the whole script against each other: no segment can say.
    if ((options.config?.require ?? []).length > 0) {
      this.text = undefined;
      this.last = undefined;
      const whole = text.toString();
      const { findings: all, crashes } = lint(whole, options);
      const findings = all.length > this.keep ? all.slice(0, this.keep) : all;
      const starts = lineStartsOf(whole);
      return { findings, summaries: findings, ranges: findings.map((f) => rangeOf(starts, f.start, f.end)), crashes, omitted: all.length - findings.length, uncounted: 0 };
    }
    const firstCut = this.segments.length === 0 || this.text === undefined;
    if (firstCut) {
      const whole = text.toString();
      this.segmentLines ??= Math.max(SEGMENT_LINES, Math.round(Math.sqrt(lineCountOf(whole) / 2)));
      this.segments = yield* cutScript(whole, this.segmentLines);
      this.placeSegments();
    } else {
      this.resegment(text, unchanged);
    }
    this.text = text;
    this.last = undefined;
    this.lastOptions = options;
    this.last = yield* this.assemble(options, this.countAhead);
    // Most scripts open in an editor are never edited: their segments' parses, about half of what a
    // linted script holds, are let go; an edit parses again the few segments it needs, and keeps them.
    if (firstCut) for (const seg of this.segments) seg.release();
    return this.last;
  }

  /**
   * Lints up to `chars` characters more of the segments the last update left `uncounted` (at least
   * one segment), and gives that version's findings again with them counted. Each step ends
   * between two segments, and what is linted stays linted: a caller may stop at any step (a newer
   * version came) and lose nothing.
   */
  *countSteps(chars: number): Generator<void, IncrementalResult, void> {
    if (!this.last || !this.lastOptions) throw new Error('callscript: nothing to count before the first update');
    if (this.last.uncounted === 0) return this.last;
    this.last = yield* this.assemble(this.lastOptions, chars);
    // Segments linted only to be counted were parsed for it: let go of those parses, as after a first cut.
    for (const seg of this.segments) seg.release();
    return this.last;
  }

  /** Keeps the segments the edit left alone (those after it shifted), and cuts the edited stretch anew. */
  private resegment(text: ScriptText, unchanged: Unchanged | undefined): void {
    const old = this.segments;
    const oldLength = (this.text as ScriptText).length;
    const delta = text.length - oldLength;
    let i = 0;
    let j = old.length - 1;
    if (unchanged) {
      const { prefix, suffix } = unchangedWithin(unchanged, oldLength, text.length);
      const suffixStart = oldLength - suffix;
      // Kept: segments wholly inside the unchanged ends, not touching the edit (its line breaks may join them).
      while (i < old.length && old[i].start + old[i].text.length < prefix) i++;
      while (j >= i && old[j].start > suffixStart) j--;
    } else {
      // Without hints the texts are compared: the whole of the new one is needed.
      const whole = text.toString();
      while (i < old.length && unchangedAt(whole, old[i], old[i].start, i === old.length - 1)) i++;
      const prefixEnd = i < old.length ? old[i].start : oldLength;
      while (j >= i && old[j].start + delta >= prefixEnd && unchangedAt(whole, old[j], old[j].start + delta, j === old.length - 1)) j--;
    }
    // A changed first line may no longer open a segment, nor may a region's end still be one.
    for (;;) {
      const from = i < old.length ? old[i].start : oldLength;
      const to = j + 1 < old.length ? old[j + 1].start + delta : text.length;
      const cut = this.tryCut(text, from, to, i, j + 1 < old.length);
      if (cut === 'extend-back') i--;
      else if (cut === 'extend-forward') j++;
      else {
        this.segments = [...old.slice(0, i), ...cut, ...old.slice(j + 1)];
        break;
      }
    }
    this.placeSegments();
  }

  /** Where each segment now starts in the script. */
  private placeSegments(): void {
    // An emptied script is one empty segment.
    if (this.segments.length === 0) this.segments = [newSegment('')];
    let start = 0;
    let line = 0;
    for (const seg of this.segments) {
      seg.start = start;
      seg.firstLine = line;
      start += seg.text.length;
      line += seg.lineCount - 1;
    }
  }

  private tryCut(text: ScriptText, from: number, to: number, i: number, beforeKept: boolean): Segment[] | 'extend-back' | 'extend-forward' {
    if (from === to) return [];
    const region = parseDocument(text.slice(from, to));
    if (i > 0 && !opensSegmentAt(region, 0)) return 'extend-back';
    // The line after the region must still open a segment.
    if (beforeKept && !opensSegmentAfter(region, lineTextAt(text, to))) return 'extend-forward';
    const texts = cutRegion(region, this.segmentLines as number);
    // An edit within one segment (most keystrokes): the region's parse is the new segment's.
    return texts.length === 1 ? [segmentOf(region)] : texts.map(newSegment);
  }

  /** `countBudget`: characters of segments past `keep` that may be linted only to count their findings. */
  private *assemble(options: LintOptions, countBudget: number): Generator<void, IncrementalResult, void> {
    const rules = options.rules ?? RULES;
    const config = options.config ?? NO_CONFIG;
    // What each segment offers the others is worked out once per segment: a step at a time on a first lint.
    for (let k = 0; k < this.segments.length; k++) {
      factsOf(this.segments[k], rules, config);
      if (k % 16 === 15) yield;
    }
    const script = new ScriptFacts(this.segments, rules, config);
    const first = this.segments[0].doc;
    // Without `valid`, "now" decides what greeting is right: findings of another minute are old.
    const minute = first.frontMatter.valid ? 0 : Math.floor((options.now as Date).getTime() / 60_000);
    const summaries: Finding[] = [];
    const ranges: Range[] = [];
    const plan: Array<{ done: SegmentLint; seg: Segment; last: boolean; at: readonly number[] }> = [];
    const crashes = new Map<string, RuleCrash>();
    let omitted = 0;
    let uncounted = 0;
    const suppressionKey = serialize(script.suppressions.ranges);
    const signature: unknown[] = [minute, suppressionKey];
    for (let k = 0; k < this.segments.length; k++) {
      const seg = this.segments[k];
      const last = k === this.segments.length - 1;
      signature[2] = last;
      const length = script.signature(k, signature, 3);
      let done = this.lints.get(seg);
      const wanted = summaries.length < this.keep;
      // Counted for another `last`, or wanted now: its findings are needed again.
      const recount = done !== undefined && this.counted.has(done) && (wanted || this.counted.get(done)?.last !== last);
      if (!done || recount || !samePrefix(done.signature, signature, length)) {
        // Past what is wanted and past what may be counted now: not even its pieces are looked for.
        if (!wanted && countBudget <= 0) {
          uncounted++;
          continue;
        }
        // Borrowed lines may have moved or been cut anew and still read the same: compare what is linted.
        const pieces = script.piecesFor(k);
        const sup = suppressionsIn(script.suppressions, pieces);
        const own = pieces.findIndex((p) => p.index === k);
        const key = [script.scriptSample, script.markSample, minute, serialize(sup.ranges), own, ...pieces.map(pieceText)];
        if (!done || recount || !sameKey(done.key, key)) {
          yield;
          done = this.lintSegment(pieces, own, key, { scriptSample: script.scriptSample, markSample: script.markSample, suppressions: sup }, options);
          if (!wanted) countBudget -= seg.text.length;
          this.lints.set(seg, done);
        } else {
          // The same lines may now lie elsewhere in a borrowed segment cut anew: the placed offsets go with the old pieces.
          done.pieces = pieces;
          done.at = undefined;
          done.placed = undefined;
        }
        done.signature = signature.slice(0, length);
      }
      for (const c of done.crashes) if (!crashes.has(c.rule)) crashes.set(c.rule, c);
      const counted = this.counted.get(done);
      if (counted) {
        omitted += counted.count;
        continue;
      }
      const own = ownFindings(done, seg, last);
      const room = this.keep - summaries.length;
      if (room <= 0) {
        // Wholly past what is wanted: the count stays, the findings go.
        this.counted.set(done, { last, count: own.kept.length });
        omitted += own.kept.length;
        done.findings = [];
        done.lines = undefined;
        done.placed = undefined;
        continue;
      }
      const taken = Math.min(room, own.kept.length);
      for (let i = 0; i < taken; i++) {
        summaries.push(own.kept[i]);
        ranges.push(own.ranges[i]);
      }
      omitted += own.kept.length - taken;
      plan.push({ done, seg, last, at: placesOf(done, seg) });
    }
    const kept = summaries.length;
    let findings: Finding[] | undefined;
    const placed = () => (findings ??= plan.flatMap((p) => placedFindings(p.done, p.seg, p.last, p.at)).slice(0, kept));
    if (crashes.size > 0) return withCrashes(placed(), ranges, [...crashes.values()], omitted, uncounted);
    return {
      get findings() {
        return placed();
      },
      summaries,
      ranges,
      crashes: [],
      omitted,
      uncounted,
    };
  }

  private lintSegment(pieces: Piece[], own: number, key: unknown[], whole: { scriptSample: string; markSample: string; suppressions: ReturnType<typeof suppressionsIn> }, options: LintOptions): SegmentLint {
    const { text, starts } = lintedText(pieces);
    const doc = parseDocument(text);
    doc.whole = whole;
    const result = lintParsed(doc, options, false);
    // Every field set up front: one object shape for every segment's lint.
    return { signature: [], key, pieces, starts, own, findings: result.findings, crashes: result.crashes, lines: undefined, at: undefined, placed: undefined };
  }
}

/** Stretches of text parsed at a time when a script is first cut: a few milliseconds of work each. */
const CUT_CHARS = 64 * 1024;

/**
 * Cuts a whole script into segments a stretch at a time. Each stretch starts where a segment
 * starts, so it parses as the script does; its last segment may go on past it, so the next
 * stretch starts there (a stretch with no place to cut grows until it has one, or ends the script).
 */
function* cutScript(text: string, size: number): Generator<void, Segment[], void> {
  const segments: Segment[] = [];
  let from = 0;
  let length = CUT_CHARS;
  while (from < text.length || segments.length === 0) {
    const to = from + length >= text.length ? text.length : lineEndAt(text, from + length);
    const texts = cutRegion(parseDocument(text.slice(from, to)), size);
    if (to < text.length) {
      if (texts.length === 1) {
        length *= 2;
        continue;
      }
      texts.pop();
    }
    for (const t of texts) {
      segments.push(newSegment(t));
      from += t.length;
    }
    length = CUT_CHARS;
    yield;
  }
  return segments;
}

/** A rule that threw in some segment is said once for the whole script, at its start, in the order `lint` sorts findings in. */
function withCrashes(findings: Finding[], ranges: Range[], crashes: RuleCrash[], omitted: number, uncounted: number): IncrementalResult {
  const zero = { line: 0, character: 0 };
  const all = crashes.map((c) => ({ f: ruleCrash(c.rule, c.error), r: { start: zero, end: zero } }));
  findings.forEach((f, i) => all.push({ f, r: ranges[i] }));
  all.sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end || (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0));
  const sorted = all.map((x) => x.f);
  return { findings: sorted, summaries: sorted, ranges: all.map((x) => x.r), crashes, omitted, uncounted };
}

/** Whether a segment's text is still there at `at`, ending where it did (a last line may have grown). */
function unchangedAt(text: string, seg: Segment, at: number, last: boolean): boolean {
  // A segment starts a line: after a line break, or at the very start (not after a new byte order mark).
  const before = text.charCodeAt(at - 1);
  if (at > 0 && before !== 10 && before !== 13) return false;
  if (!text.startsWith(seg.text, at)) return false;
  const end = at + seg.text.length;
  if (last) return end === text.length;
  // A CR that a new LF now follows ends its line differently.
  return !(seg.text.endsWith('\r') && text.charCodeAt(end) === 10);
}

function serialize(ranges: Map<string, Array<[number, number]>>): string {
  if (ranges.size === 0) return '';
  return [...ranges].map(([rule, list]) => `${rule}:${list.map(([a, b]) => `${a}-${b}`).join(',')}`).join(';');
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return samePrefix(a, b, b.length);
}

/** Whether `a` is the first `length` items of `b`. */
function samePrefix(a: readonly unknown[], b: readonly unknown[], length: number): boolean {
  if (a.length !== length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
