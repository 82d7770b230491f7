import { ruleSettings, type CallscriptConfig, type RuleSettings } from './config';
import { parseDocument, lineAt, type ScriptDocument, type Span } from './document';
import { buildView, type NormalizedView } from './normalize';
import { findPhrases, phraseIndex } from './phrase-index';
import type { PhraseHit, ReportAs, Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { minuteOfNow, type Now, type TimeRange } from './time';
import { isSuppressed, suppressions } from './directives';
import type { Finding, Fix, Message, Severity } from './types';

export interface LintOptions {
  config?: CallscriptConfig;
  /** The "today" for a script without `valid`; defaults to the clock. */
  now?: Now;
  /** Whether user regex patterns may run (a trusted workspace). */
  trusted?: boolean;
  rules?: readonly Rule[];
}

export interface LintResult {
  doc: ScriptDocument;
  view: NormalizedView;
  findings: Finding[];
  /** Rules that threw (each also left a finding saying so), with what they threw, for a developer's log. */
  crashes: RuleCrash[];
}

export interface RuleCrash {
  rule: string;
  error: unknown;
}

const EMPTY_CONFIG: CallscriptConfig = {};

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintParsed(parseDocument(text), options);
}

/**
 * Lints a parsed document: a whole script, or one segment of a longer one (`doc.whole` set).
 * Without `crashFindings`, a rule that throws is only listed in `crashes`: the caller that puts
 * segments together says so once for the whole script.
 */
export function lintParsed(doc: ScriptDocument, options: LintOptions, crashFindings = true): LintResult {
  const config = options.config ?? EMPTY_CONFIG;
  const rules = options.rules ?? RULES;
  const view = buildView(doc.text, agentSpans(doc));
  const pass = new LintPass(doc, view, config, findPhrases(phraseIndex(rules, config), view), options);
  const crashes: RuleCrash[] = [];
  for (const rule of rules) {
    const settings = ruleSettings(config, rule.id, rule.defaultSeverity);
    if (settings.severity === 'off') continue;
    try {
      rule.check(new CheckContext(pass, rule.id, settings, settings.severity));
    } catch (error) {
      if (crashFindings) pass.findings.push(ruleCrash(rule.id, error));
      crashes.push({ rule: rule.id, error });
    }
  }
  const off = suppressions(doc);
  const kept = pass.findings.filter((f) => !isSuppressed(off, f.rule, lineAt(doc, f.start).index));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { doc, view, findings: kept, crashes };
}

/** What every rule of one lint shares. */
class LintPass {
  readonly findings: Finding[] = [];
  private spoken: TimeRange | undefined;

  constructor(
    readonly doc: ScriptDocument,
    readonly view: NormalizedView,
    readonly config: CallscriptConfig,
    readonly hits: Map<string, PhraseHit[]>,
    private readonly options: LintOptions,
  ) {}

  /** Converting "now" to the script's zone loads the zone data (~40 ms at first): only when a rule asks. */
  whenSpoken(): TimeRange {
    return (this.spoken ??= whenSpoken(this.doc, this.options.now));
  }

  get trusted(): boolean {
    return this.options.trusted === true;
  }
}

const NO_HITS: readonly PhraseHit[] = [];

/**
 * One rule's view of a lint. A class rather than an object literal: a lint makes one per rule
 * per file, and literal getters and closures would each be allocated anew every time.
 */
class CheckContext implements RuleContext {
  readonly doc: ScriptDocument;
  readonly view: NormalizedView;
  readonly config: CallscriptConfig;
  readonly hits: readonly PhraseHit[];
  readonly trusted: boolean;

  constructor(
    private readonly pass: LintPass,
    private readonly ruleId: string,
    readonly settings: RuleSettings,
    private readonly severity: Severity,
  ) {
    this.doc = pass.doc;
    this.view = pass.view;
    this.config = pass.config;
    this.hits = pass.hits.get(ruleId) ?? NO_HITS;
    this.trusted = pass.trusted;
  }

  hitsOf(ruleId: string): readonly PhraseHit[] {
    return this.pass.hits.get(ruleId) ?? NO_HITS;
  }

  get when(): TimeRange {
    return this.pass.whenSpoken();
  }

  /** Read from the front matter, not from whenSpoken(): asking whether a script is dated must not load the zone data. */
  get whenIsValid(): boolean {
    return this.doc.frontMatter.valid !== undefined;
  }

  report(start: number, end: number, message: Message, fixes: Fix[] = [], as: ReportAs = {}): void {
    const { rule = this.ruleId, severity = this.severity } = as;
    this.pass.findings.push({ rule, severity, message, start, end, fixes });
  }
}

/** Spoken agent text: the only text checked for wording. */
export function agentSpans(doc: ScriptDocument): Span[] {
  const spans: Span[] = [];
  for (const line of doc.lines) if (line.role === 'agent') for (const span of line.spoken) spans.push(span);
  return spans;
}

function whenSpoken(doc: ScriptDocument, now: Now | undefined): TimeRange {
  if (doc.frontMatter.valid) return doc.frontMatter.valid;
  const m = minuteOfNow(now, doc.frontMatter.timezone);
  return { start: m, end: m + 1 };
}

/** A rule that throws must not take the others down: the writer sees one finding that says so. */
export function ruleCrash(rule: string, err: unknown): Finding {
  const why = err instanceof Error ? err.message : String(err);
  return {
    rule,
    severity: 'error',
    message: { zh: `规则 ${rule} 内部出错,已跳过:${why}`, en: `Rule ${rule} failed and was skipped: ${why}` },
    start: 0,
    end: 0,
    fixes: [],
  };
}
