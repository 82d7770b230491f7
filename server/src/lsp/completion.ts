import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import { inScriptOf, simplifiedTable } from '../engine/chinese-script';
import { lineAt } from '../engine/document';
import { rangeOf, type Locale } from '../engine';
import { chineseIn, messageIn } from '../messages';
import { configOf, rightGreetings } from './greeting-info';
import type { LintedDocument } from './linted-document';
import { KNOWN_PLACEHOLDERS } from '../engine/rules/unknown-placeholder';
import { GREETING_SLOT, PLACEHOLDER_MEANINGS, STANDARD_PHRASES } from './standard-phrases';

export const COMPLETION_TRIGGERS = ['{'];

/** Where a phrase may start: after a label, a sentence or clause mark, a space or a stage direction. */
const PHRASE_START = /[::,,。.!!??;;、\s】]/;

/** Placeholders right after `{`; elsewhere in agent text the greeting for the script's dates and the standard phrases. */
export function completionsAt(linted: LintedDocument, offset: number): CompletionItem[] | null {
  const doc = linted.result.doc;
  const line = lineAt(doc, offset);
  if (line.kind === 'front-matter' || line.kind === 'comment' || line.kind === 'heading' || line.role === 'customer') return null;
  const before = linted.text.slice(line.start, offset);
  const brace = /\{([^{}]*)$/.exec(before);
  if (brace) return placeholderItems(linted, offset - brace[1].length, offset);
  let start = offset;
  while (start > line.start && !PHRASE_START.test(linted.text[start - 1])) start--;
  const label = before.trim() === '' ? agentLabel(linted, line.index) : '';
  return phraseItems(linted, start, offset, label);
}

function placeholderItems(linted: LintedDocument, from: number, offset: number): CompletionItem[] {
  // Auto-closing may already have typed the `}`: replace it rather than add a second one.
  const to = linted.text[offset] === '}' ? offset + 1 : offset;
  const range = rangeOf(linted.lineStarts, from, to);
  const fm = linted.result.doc.frontMatter;
  const filled: Record<string, string | undefined> = { 公司: fm.company, 热线: fm.hotline, 问候语: rightGreetings(linted).greetings.join(' / ') };
  const items: CompletionItem[] = KNOWN_PLACEHOLDERS.map((name, i) => {
    const meaning = PLACEHOLDER_MEANINGS[name] ? messageIn(PLACEHOLDER_MEANINGS[name], linted.locale) : name;
    return {
      label: name,
      kind: CompletionItemKind.Variable,
      detail: filled[name] ? `${meaning}: ${filled[name]}` : meaning,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: `${name}}` },
    };
  });
  const own = new Set(KNOWN_PLACEHOLDERS);
  for (const name of configOf(linted).placeholders ?? []) {
    if (typeof name !== 'string' || own.has(name)) continue;
    own.add(name);
    items.push({
      label: name,
      kind: CompletionItemKind.Variable,
      detail: messageIn({ zh: 'callscript.json 中的占位符', en: 'placeholder from callscript.json' }, linted.locale),
      sortText: `1${name}`,
      textEdit: { range, newText: `${name}}` },
    });
  }
  return items;
}

function phraseItems(linted: LintedDocument, from: number, offset: number, label: string): CompletionItem[] {
  const { locale } = linted;
  const range = rangeOf(linted.lineStarts, from, offset);
  const sample = traditionalSample(linted.text);
  const written = (s: string) => label + (sample ? inOwnScript(s, sample) : s);
  const right = rightGreetings(linted);
  const items: CompletionItem[] = right.greetings.map((g, i) => {
    const text = `${g}!`;
    return {
      label: text,
      kind: CompletionItemKind.Value,
      detail: greetingDetail(right.holiday, locale),
      preselect: i === 0,
      sortText: `0${i}`,
      filterText: `${text} ${messageIn({ zh: '问候语', en: 'greeting' }, locale)}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: written(text) },
    };
  });
  STANDARD_PHRASES.forEach((p, i) => {
    const text = p.text.replace(GREETING_SLOT, `${right.greetings[0]}!`);
    const name = messageIn(p.name, locale);
    items.push({
      label: text,
      kind: CompletionItemKind.Text,
      detail: `${name} · 000 §四`,
      sortText: `${p.kind === 'opening' ? 1 : 2}${String(i).padStart(2, '0')}`,
      filterText: `${text} ${name}`,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: written(text) },
    });
  });
  return items;
}

function greetingDetail(holiday: string | undefined, locale: Locale): string {
  if (locale === 'en') return holiday ? `the ${holiday} greeting, right for the script's dates` : "the greeting right for the script's dates";
  return chineseIn(holiday ? `${holiday}问候语,适用于本话术的日期` : '适用于本话术日期的问候语', locale);
}

/** The first traditional character of a script written in traditional characters. */
function traditionalSample(text: string): string | undefined {
  const table = simplifiedTable();
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== text.charCodeAt(i)) return text[i];
  return undefined;
}

/** A phrase in the script of `sample`, placeholders left as they are named. */
function inOwnScript(s: string, sample: string): string {
  return s
    .split(/(\{[^{}]*\})/)
    .map((part) => (part.startsWith('{') ? part : inScriptOf(part, sample)))
    .join('');
}

/** The agent label the script itself uses, for a phrase typed on an empty line. */
function agentLabel(linted: LintedDocument, lineIndex: number): string {
  const { doc } = linted.result;
  for (let i = lineIndex - 1; i >= 0; i--) {
    const l = doc.lines[i];
    if (l.label && l.role === 'agent') return linted.text.slice(l.label.start, l.label.end);
  }
  return '坐席:';
}
