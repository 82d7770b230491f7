import type { Connection, Hover, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf, ruleById, ruleDocUrl, type Finding, type Locale } from '../engine';
import { messageIn } from '../messages';
import { isConfigUri } from './config-store';
import { greetingHover, greetingPlaceholderHover } from './greeting-info';
import { StaleDocumentError, type DocumentLinter, type LintedDocument } from './linter';
import { offsetAt } from './offsets';

export function serveHover(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): void {
  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || isConfigUri(doc.uri)) return null;
    try {
      const far = await linter.onItsThread(doc, { kind: 'hover', position: params.position });
      if (far !== undefined) return far;
      const linted = await linter.lint(doc);
      return linted ? hoverAt(linted, offsetAt(linted, params.position)) : null;
    } catch (err) {
      if (err instanceof StaleDocumentError) return null;
      throw err;
    }
  });
}

/** Why each finding under the cursor is one; when a greeting or `{问候语}` is right. */
export function hoverAt(linted: LintedDocument, offset: number): Hover | null {
  const parts: string[] = [];
  let span: { start: number; end: number } | undefined;
  for (const f of linted.result.findings) {
    if (f.start > offset || f.end < offset) continue;
    parts.push(findingMarkdown(f, linted.locale));
    span ??= f;
  }
  const greeting = greetingHover(linted, offset);
  if (greeting) {
    parts.push(greeting.markdown);
    span ??= greeting;
  }
  const slot = linted.result.doc.placeholders.find((p) => p.name === '问候语' && p.start <= offset && offset <= p.end);
  if (slot) {
    parts.push(greetingPlaceholderHover(linted));
    span ??= slot;
  }
  if (!span) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: rangeOf(linted.lineStarts, span.start, span.end) };
}

function findingMarkdown(f: Finding, locale: Locale): string {
  const en = locale === 'en';
  const rule = ruleById(f.rule);
  const lines = [`**${rule ? messageIn(rule.title, locale) : f.rule}** · \`${f.rule}\``, '', messageIn(f.message, locale)];
  if (rule && rule.sources.length > 0) {
    lines.push('', en ? 'Sources:' : '依据:');
    for (const s of rule.sources) lines.push(`- ${s.seed} ${s.section}`);
  }
  const href = ruleDocUrl(f.rule);
  if (href) lines.push('', `[${en ? 'About this rule' : '规则说明'}](${href})`);
  return lines.join('\n');
}
