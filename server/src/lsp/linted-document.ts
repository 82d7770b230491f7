import { agentSpans, lineStartsOf, parseDocument, type LintOptions, type LintResult, type Locale, type ScriptDocument } from '../engine';
import type { IncrementalResult, ScriptText } from '../engine/incremental-lint';
import { buildView, type NormalizedView } from '../engine/normalize';
import type { Range } from '../engine/positions';
import type { LineDocumentKind } from '../formats';

/** One version of a document with its findings and everything needed to present them. */
export interface LintedDocument {
  uri: string;
  version: number;
  text: string;
  lineStarts: number[];
  result: LintResult;
  /** The findings' ranges, where the linter worked them out (then `lineStarts` is found only if asked for). */
  ranges?: Range[];
  /** With `ranges`: each finding's rule, severity and message, without putting the findings together. */
  summaries?: IncrementalResult['summaries'];
  /** Findings past `callscript.maxProblems` that the linter counted but did not keep. */
  omitted?: number;
  /** Parts of the document past `callscript.maxProblems` not linted yet: more findings than `omitted` may follow. */
  uncounted?: number;
  /** The options the findings came from, for fix-all passes that lint again. */
  options: LintOptions;
  locale: Locale;
  /** A Markdown or plain-text document (opted in by `callscript.documentLanguages`): read as such, not as `.callscript`. */
  lineDocument?: LineDocumentKind;
}

/**
 * An incremental lint's findings, with what only a hover, completion or code action needs (the
 * whole text, the document model, its view, the line starts) worked out on the first such request.
 */
export function presented(uri: string, version: number, script: ScriptText, linted: IncrementalResult, how: { options: LintOptions; locale: Locale }): LintedDocument {
  let doc: ScriptDocument | undefined;
  let view: NormalizedView | undefined;
  let lineStarts: number[] | undefined;
  let whole: string | undefined;
  const text = () => (whole ??= script.toString());
  return {
    uri,
    version,
    get text() {
      return text();
    },
    get lineStarts() {
      return (lineStarts ??= lineStartsOf(text()));
    },
    result: {
      get findings() {
        return linted.findings;
      },
      crashes: linted.crashes,
      get doc() {
        return (doc ??= parseDocument(text()));
      },
      get view() {
        return (view ??= buildView(text(), agentSpans(this.doc)));
      },
    },
    ranges: linted.ranges,
    summaries: linted.summaries,
    omitted: linted.omitted,
    uncounted: linted.uncounted,
    options: how.options,
    locale: how.locale,
  };
}
