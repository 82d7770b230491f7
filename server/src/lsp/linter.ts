import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, lineStartsOf, rangeOf, type Finding, type LintOptions, type Locale, type RuleCrash } from '../engine';
import { DOCUMENT_LANGUAGES, lintLineDocument, type LineDocumentKind } from '../formats';
import { IncrementalLinter, type IncrementalResult, type ScriptText } from '../engine/incremental-lint';
import type { ConfigStore } from './config-store';
import { DocumentThread, OWN_THREAD_CHARS, type ThreadLint } from './document-thread';
import { SupersededError } from './newest-waits';
import { COUNT_AHEAD, COUNT_STEP } from './counting';
import type { EditTracker } from './edit-tracker';
import { presented, type LintedDocument } from './linted-document';
import { textOf } from './piece-document';
import { answer, type AnswerTo, type Question } from './questions';
import { SlicedLint } from './sliced-lint';
import { localeOf, nowOf, type SettingsCache } from './settings';
import { sameNow, type Now } from '../engine/time';

export type { LintedDocument } from './linted-document';

/** The document changed while its settings or config were being read: the answer would be old. */
export class StaleDocumentError extends Error {
  constructor(readonly uri: string) {
    super(`${uri} changed while it was being linted`);
  }
}


/** How a document is linted: its options, the locale of its messages, how many findings are wanted. */
interface LintHow {
  options: LintOptions;
  locale: Locale;
  maxProblems: number;
}

export interface LintEnvironment {
  /** `initializeParams.locale`. */
  clientLocale: string | undefined;
  /** The server's `--now`. */
  now: Now | undefined;
  /** Whether the workspace is trusted (user regex patterns run only then). */
  trusted: boolean;
  /** The client's output channel, for what a developer must see: a rule that threw. */
  logError(text: string): void;
  /** The server's own entry file, which a long document's thread runs; none: every lint on this thread. */
  threadEntry?: string;
  /** Where the editor's changes fell, so that a lint need not compare the texts to find them. */
  edits?: EditTracker;
}

/**
 * Lints each document version once: diagnostics, code actions, hover and completion of the same
 * version share one result. Settings and configs are read asynchronously, so the version is
 * checked again before linting and a document that moved on is refused, never linted as it was.
 */
export class DocumentLinter {
  private readonly cache = new Map<string, LintedDocument>();
  /** Versions being linted: every request for one waits on the same answer. */
  private readonly inFlight = new Map<string, { version: number; linted: Promise<LintedDocument | undefined> }>();
  private readonly threads = new Map<string, DocumentThread>();
  /** Per open document, the linter that keeps its segments from one version to the next. */
  private readonly incremental = new Map<string, SlicedLint>();
  /** Per open document, the options it was last linted with: the same object while they say the same. */
  private readonly lastOptions = new Map<string, LintOptions>();
  private generation = 0;
  /** Crashes already logged: a rule that throws on a document throws again on every keystroke. */
  private readonly loggedCrashes = new Set<string>();
  /** The version whose findings past the cap are being counted, per document. */
  private readonly counting = new Map<string, number>();
  /** Called when a version's findings past the cap are all counted: its diagnostics can say how many. */
  onCounted: ((uri: string) => void) | undefined;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsCache,
    private readonly configs: ConfigStore,
    private readonly env: LintEnvironment,
  ) {}

  /** The current version's findings, or undefined when linting is switched off for it. */
  async lint(doc: TextDocument): Promise<LintedDocument | undefined> {
    // The TextDocument object is updated in place by later edits: take the version and text now.
    const { uri, version } = doc;
    const cached = this.cache.get(uri);
    if (cached?.version === version) return cached;
    const flying = this.inFlight.get(uri);
    if (flying?.version === version) return flying.linted;
    const kind = DOCUMENT_LANGUAGES[doc.languageId];
    const linted = kind === undefined ? this.lintVersion(uri, version, textOf(doc)) : this.lintLineDocument(uri, version, doc.getText(), kind);
    this.inFlight.set(uri, { version, linted });
    try {
      return await linted;
    } finally {
      if (this.inFlight.get(uri)?.linted === linted) this.inFlight.delete(uri);
    }
  }

  private async lintVersion(uri: string, version: number, text: ScriptText): Promise<LintedDocument | undefined> {
    const generation = this.generation;
    const how = await this.optionsFor(uri);
    if (this.documents.get(uri)?.version !== version) throw new StaleDocumentError(uri);
    if (!how) return undefined;
    const options = this.sameOptions(uri, how.options);
    // The changes since the last lint go to whichever linter lints this version; the other starts afresh next time.
    const thread = this.ownThread(uri, text);
    if (thread) this.incremental.delete(uri);
    else this.dropThread(uri);
    const linted = thread
      ? await this.lintOnThread(thread, uri, version, text, { ...how, options })
      : await this.lintHere(uri, version, text, { ...how, options });
    if (generation === this.generation) this.cache.set(uri, linted);
    if (linted.uncounted) void this.countLater(uri, version, text, { ...how, options }, generation);
    return linted;
  }

  /**
   * Lints, a step at a time, the part past the cap that a version's lint left uncounted, while the
   * version stays the newest and the settings the same; then has its diagnostics sent again. A
   * newer version stops it (and is counted in its turn); what was counted stays counted.
   */
  private async countLater(uri: string, version: number, text: ScriptText, how: LintHow, generation: number): Promise<void> {
    if (this.counting.get(uri) === version) return;
    this.counting.set(uri, version);
    const current = () => this.documents.get(uri)?.version === version && generation === this.generation;
    try {
      for (;;) {
        // Whatever else waits (a request, a newer change) goes first.
        await new Promise((resolve) => setImmediate(resolve));
        if (!current()) return;
        const thread = this.threads.get(uri);
        const sliced = this.incremental.get(uri);
        let counted: LintedDocument;
        if (thread) counted = this.fromThread(uri, version, text, await thread.count(text, how.options, how.maxProblems, COUNT_STEP), how);
        else if (sliced) counted = presented(uri, version, text, await sliced.count(text, COUNT_STEP), how);
        else return;
        if (!current()) return;
        for (const crash of counted.result.crashes) this.logCrash(crash, uri);
        this.cache.set(uri, counted);
        if (!counted.uncounted) return this.onCounted?.(uri);
      }
    } catch (err) {
      if (!(err instanceof SupersededError)) this.env.logError(`callscript: counting the problems of ${uri} failed: ${err instanceof Error ? err.stack : String(err)}`);
    } finally {
      if (this.counting.get(uri) === version) this.counting.delete(uri);
    }
  }

  /**
   * A Markdown or plain-text document, linted whole each version: read line for line into
   * `.callscript` text (see formats/markdown.ts), its findings moved back onto its own lines.
   */
  private async lintLineDocument(uri: string, version: number, text: string, kind: LineDocumentKind): Promise<LintedDocument | undefined> {
    const generation = this.generation;
    const how = await this.optionsFor(uri);
    if (this.documents.get(uri)?.version !== version) throw new StaleDocumentError(uri);
    if (!how) return undefined;
    const result = lintLineDocument(text, kind, how.options);
    for (const crash of result.crashes) this.logCrash(crash, uri);
    const starts = lineStartsOf(text);
    const linted: IncrementalResult = {
      findings: result.findings,
      summaries: result.findings,
      ranges: result.findings.map((f) => rangeOf(starts, f.start, f.end)),
      crashes: result.crashes,
      omitted: 0,
      uncounted: 0,
    };
    const presentedDoc = { ...presented(uri, version, text, linted, how), lineDocument: kind };
    if (generation === this.generation) this.cache.set(uri, presentedDoc);
    return presentedDoc;
  }

  private ownThread(uri: string, text: ScriptText): DocumentThread | undefined {
    if (text.length < OWN_THREAD_CHARS || this.env.threadEntry === undefined) return undefined;
    let thread = this.threads.get(uri);
    if (!thread) this.threads.set(uri, (thread = new DocumentThread(this.env.threadEntry)));
    return thread;
  }

  private async lintOnThread(thread: DocumentThread, uri: string, version: number, text: ScriptText, how: LintHow): Promise<LintedDocument> {
    let answer: ThreadLint;
    try {
      answer = await thread.lint(text, how.options, how.maxProblems, this.env.edits?.take(uri, text.length));
    } catch (err) {
      if (err instanceof SupersededError) throw new StaleDocumentError(uri);
      // A thread that failed is not asked again: the next version gets a new one.
      this.dropThread(uri);
      throw err;
    }
    // An answer for a version the editor has left would put the findings in the wrong places.
    if (this.documents.get(uri)?.version !== version) throw new StaleDocumentError(uri);
    const linted = this.fromThread(uri, version, text, answer, how);
    for (const crash of linted.result.crashes) this.logCrash(crash, uri);
    return linted;
  }

  private fromThread(uri: string, version: number, text: ScriptText, answer: ThreadLint, how: LintHow): LintedDocument {
    const result = {
      get findings(): Finding[] {
        // Hovers and code actions of this document are answered on its thread (ask).
        throw new Error(`callscript: the findings of ${uri} are on its thread`);
      },
      summaries: answer.summaries,
      ranges: answer.ranges,
      crashes: answer.crashes.map(({ rule, message, stack }) => ({ rule, error: Object.assign(new Error(message), { stack }) })),
      omitted: answer.omitted,
      uncounted: answer.uncounted,
    };
    return presented(uri, version, text, result, how);
  }

  /**
   * A hover, completion or code actions of the current version. A document with a thread of its
   * own is answered there: parsing its whole text here would hold up every other document.
   */
  async ask<Q extends Question>(doc: TextDocument, question: Q): Promise<AnswerTo<Q> | null> {
    const { uri, version } = doc;
    const linted = await this.lint(doc);
    // Linting switched off: the Outline still shows the script's structure.
    if (!linted) return question.kind === 'symbols' || question.kind === 'folding' ? this.unlinted(doc, question) : null;
    const thread = this.threads.get(uri);
    const reply = thread ? await thread.ask(uri, linted.locale, question) : answer(linted, question);
    if (this.documents.get(uri)?.version !== version) throw new StaleDocumentError(uri);
    return reply as AnswerTo<Q>;
  }

  /** An open document is linted again only where it changed, on this thread, a slice at a time. */
  private async lintHere(uri: string, version: number, text: ScriptText, how: LintHow): Promise<LintedDocument> {
    let sliced = this.incremental.get(uri);
    if (!sliced || sliced.linter.options !== how.options || sliced.linter.keep !== how.maxProblems) {
      this.incremental.set(uri, (sliced = new SlicedLint(new IncrementalLinter(how.options, undefined, how.maxProblems, COUNT_AHEAD))));
    }
    let linted: IncrementalResult;
    try {
      linted = await sliced.lint(text, this.env.edits?.take(uri, text.length));
    } catch (err) {
      if (err instanceof SupersededError) throw new StaleDocumentError(uri);
      throw err;
    }
    if (this.documents.get(uri)?.version !== version) throw new StaleDocumentError(uri);
    for (const crash of linted.crashes) this.logCrash(crash, uri);
    return presented(uri, version, text, linted, how);
  }

  private dropThread(uri: string): void {
    this.threads.get(uri)?.dispose();
    this.threads.delete(uri);
  }

  /** The options of the last lint when these say the same: the incremental state stays valid. */
  private sameOptions(uri: string, options: LintOptions): LintOptions {
    const last = this.lastOptions.get(uri);
    if (last && last.config === options.config && last.trusted === options.trusted && sameNow(last.now, options.now)) return last;
    this.lastOptions.set(uri, options);
    return options;
  }

  /** Lints text that need not be open (a file on disk); nothing is cached. */
  async lintText(uri: string, text: string): Promise<LintedDocument | undefined> {
    const how = await this.optionsFor(uri);
    return how && this.linting(uri, 0, text, how);
  }

  private linting(uri: string, version: number, text: string, how: { options: LintOptions; locale: Locale }): LintedDocument {
    const linted: LintedDocument = { uri, version, text, lineStarts: lineStartsOf(text), result: lint(text, how.options), ...how };
    for (const crash of linted.result.crashes) this.logCrash(crash, uri);
    return linted;
  }

  private logCrash({ rule, error }: RuleCrash, uri: string): void {
    const why = error instanceof Error ? error.message : String(error);
    const key = `${rule}\n${why}`;
    if (this.loggedCrashes.has(key)) return;
    this.loggedCrashes.add(key);
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    this.env.logError(`callscript: rule ${rule} threw while linting ${uri} (the other rules still ran): ${why}${stack}`);
  }

  private async optionsFor(uri: string): Promise<LintHow | undefined> {
    const settings = await this.settings.get(uri);
    if (!settings.enable) return undefined;
    const config = await this.configs.configFor(uri, settings.rules, this.env.trusted);
    return {
      options: { config, now: nowOf(settings, this.env.now), trusted: this.env.trusted },
      locale: localeOf(settings, this.env.clientLocale),
      maxProblems: settings.maxProblems,
    };
  }

  private async unlinted<Q extends Question>(doc: TextDocument, question: Q): Promise<AnswerTo<Q>> {
    const text = doc.getText();
    const none = { findings: [], summaries: [], ranges: [], crashes: [], omitted: 0, uncounted: 0 };
    const how = { options: {}, locale: await this.localeFor(doc.uri) };
    return answer(presented(doc.uri, doc.version, text, none, how), question) as AnswerTo<Q>;
  }

  /** How many diagnostics a document may send (`callscript.maxProblems`). */
  async maxProblemsFor(uri: string): Promise<number> {
    return (await this.settings.get(uri)).maxProblems;
  }

  /** The locale a document's messages are in, without linting it. */
  async localeFor(uri: string): Promise<Locale> {
    return localeOf(await this.settings.get(uri), this.env.clientLocale);
  }

  /** Settings, configs or trust changed: every result so far may be wrong. */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.incremental.clear();
  }

  trust(): void {
    this.env.trusted = true;
    this.invalidate();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.counting.delete(uri);
    this.dropThread(uri);
    this.incremental.delete(uri);
    this.env.edits?.forget(uri);
    this.lastOptions.delete(uri);
    this.settings.forget(uri);
  }
}
