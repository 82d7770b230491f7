import type { Hover } from 'vscode-languageserver/node';
import { rangeOf, ruleById, ruleDocUrl, type Finding, type Locale } from '../engine';
import { citationText } from '../engine/standards';
import { messageIn } from '../messages';
import { greetingHover, greetingPlaceholderHover } from './greeting-info';
import type { LintedDocument } from './linted-document';

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
  const slot = linted.result.doc.placeholders.find((p) => p.key === '问候语' && p.start <= offset && offset <= p.end);
  if (slot) {
    parts.push(greetingPlaceholderHover(linted));
    span ??= slot;
  }
  if (!span) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: rangeOf(linted.lineStarts, span.start, span.end) };
}

function findingMarkdown(f: Finding, locale: Locale): string {
  const rule = ruleById(f.rule);
  const lines = [`**${rule ? messageIn(rule.title, locale) : f.rule}** · \`${f.rule}\``, '', messageIn(f.message, locale)];
  if (rule && rule.sources.length > 0) {
    lines.push('', messageIn({ zh: '依据:', en: 'Sources:' }, locale));
    for (const s of rule.sources) lines.push(`- ${citationText(s)}`);
  }
  const href = ruleDocUrl(f.rule);
  if (href) lines.push('', `[${messageIn({ zh: '规则说明', en: 'About this rule' }, locale)}](${href})`);
  return lines.join('\n');
}
