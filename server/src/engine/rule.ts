import type { ScriptDocument } from './document';
import type { NormalizedView } from './normalize';
import type { CallscriptConfig, RuleSettings } from './config';
import type { TimeRange } from './time';
import type { Citation, Fix, Message, Severity } from './types';

/** One entry of a rule's phrase list. */
export interface PhraseEntry {
  phrase: string;
  /** Rewordings offered as fixes, best first; none where no rewording can be right. */
  replacements?: string[];
  cite?: Citation | SourceCitation;
}

/** A lexicon phrase's source (a key of lexicon/sources.json) and the section it is printed in. */
export interface SourceCitation {
  source: string;
  section: string;
}

export interface PhraseList {
  entries: PhraseEntry[];
  /** Longer words that contain a phrase but do not mean it (不但是 is not 但是). */
  guards?: string[];
}

/** A phrase found in agent text, with offsets into the original document. */
export interface PhraseHit {
  entry: PhraseEntry;
  start: number;
  end: number;
}

export interface RuleExamples {
  /** Agent lines (or whole documents, when they contain a newline) the rule must flag. */
  flag: string[];
  /** Lines or documents it must not flag. */
  pass: string[];
  /** The config the examples are linted with (trusted): a config-driven rule flags nothing without one. */
  config?: CallscriptConfig;
}

export interface RuleContext {
  doc: ScriptDocument;
  /** The normalized view of all agent spoken text. */
  view: NormalizedView;
  /** This rule's phrase hits, guards already applied. */
  hits: readonly PhraseHit[];
  /** Another rule's hits from the same pass (none when that rule is off or not run). */
  hitsOf(ruleId: string): readonly PhraseHit[];
  settings: RuleSettings;
  config: CallscriptConfig;
  /** When the script is spoken: its `valid` range, or the caller's "now". */
  when: TimeRange;
  whenIsValid: boolean;
  /** Whether user regex patterns may run: only in a trusted workspace. */
  trusted: boolean;
  report(start: number, end: number, message: Message, fixes?: Fix[], as?: ReportAs): void;
}

/** For findings that are not named or graded by the rule itself, such as a config pattern's. */
export interface ReportAs {
  /** The id the finding carries instead of the rule's (a pattern's or requirement's `id`). */
  rule?: string;
  severity?: Severity;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule asks for. */
  title: Message;
  sources: Citation[];
  examples: RuleExamples;
  phrases?: PhraseList;
  check(ctx: RuleContext): void;
  /**
   * For a long script linted a segment at a time (incremental-lint.ts): turns of one segment that
   * this rule, checking another segment, must see too, by what they are (the first agent turn, a
   * turn that thanks the customer …): each entry a turn index of `doc`, or undefined when the
   * segment has none. A segment sees the script's first such turn before it and the nearest after it.
   */
  turnsSeenElsewhere?(doc: ScriptDocument, view: NormalizedView, config: CallscriptConfig): Array<number | undefined>;
  /**
   * For a rule that reads back from the turn it flags (the customer's complaint before the agent's
   * answer): turns of one segment by what they are, each entry the segment's *last* such turn.
   * A segment sees the nearest one before it (without the heading over it).
   */
  turnsSeenBefore?(doc: ScriptDocument, view: NormalizedView, config: CallscriptConfig): Array<number | undefined>;
}
