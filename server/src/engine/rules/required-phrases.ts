import type { RequireConfig } from '../config';
import type { ScriptDocument, Span } from '../document';
import { buildView, normalizePhrase } from '../normalize';
import type { Rule } from '../rule';
import type { Message } from '../types';

/**
 * The config's `require`: phrases that must be said (what QA tools call 服务关键词), the other
 * half of a phrase list. Matched on the normalized view, so `請為我的服務評分` says
 * `请为我的服务评分` and punctuation or spacing does not matter.
 *
 * Scope: `script` (the default) is the whole script; `opening` / `closing` are each section of that
 * kind, or, in a script with no such heading, the lines up to the end of the first agent turn /
 * from the last agent turn on; any other name is each section with that heading, and a script
 * without one has nothing to check. A missing phrase is reported at the section's heading, the
 * turn's first line, or the script's first line.
 */

const SEED_000 = '000_e626cd326d976e13.txt';
const SEED_002 = '002_5ab7d194a3b83629.txt';

interface Scope {
  firstLine: number;
  lastLine: number;
  /** Where a missing phrase is reported. */
  at: Span;
  where: Message;
}

export const requiredPhrases: Rule = {
  id: 'required-phrases',
  defaultSeverity: 'warning',
  title: { zh: '配置中的必需用语(require)', en: 'Required phrases from the config (require)' },
  sources: [
    { seed: SEED_002, section: '3.4 上门五件事(关键词:必须使用“谢谢”、“再见”等)' },
    { seed: SEED_000, section: '四(四)结束用语(请为我的服务评分)' },
  ],
  examples: {
    config: {
      require: [{ id: 'closing-rating', section: 'closing', role: 'agent', phrases: ['请为我的服务评分'], severity: 'info', message: '结束语应邀请客户评分' }],
    },
    flag: ['# 开场\n坐席:您好!\n# 结束\n坐席:谢谢您的合作,再见!\n', '坐席:您好!\n客户:请为我的服务评分\n坐席:再见!\n'],
    pass: ['# 结束\n坐席:謝謝您的合作。請為我的服務評分,再見!\n', '坐席:您好!\n坐席:谢谢您的合作,请 为 我 的 服 务 评 分。再见!\n'],
  },
  check(ctx) {
    for (const requirement of ctx.config.require ?? []) {
      const severity = requirement.severity ?? ctx.settings.severity;
      if (severity === 'off') continue;
      const phrases = requirement.phrases.map((p) => normalizePhrase(p).text).filter((p) => p !== '');
      for (const scope of scopesOf(ctx.doc, requirement.section ?? 'script')) {
        const said = buildView(ctx.doc.text, spansOf(ctx.doc, scope, requirement.role ?? 'agent')).text;
        if (phrases.some((p) => said.includes(p))) continue;
        ctx.report(scope.at.start, scope.at.end, messageOf(requirement, scope), [], { rule: requirement.id, severity });
      }
    }
  },
};

function scopesOf(doc: ScriptDocument, section: string): Scope[] {
  if (section === 'script') {
    const first = doc.lines[0];
    return [{ firstLine: 0, lastLine: doc.lines.length - 1, at: { start: first.start, end: first.end }, where: { zh: '全文', en: 'the script' } }];
  }
  const kind = section === 'opening' || section === 'closing' ? section : undefined;
  const scopes: Scope[] = doc.sections
    .filter((s) => (kind ? s.kind === kind : s.name === section))
    .map((s) => ({ firstLine: s.line, lastLine: s.lastLine, at: { start: s.nameStart, end: s.nameEnd }, where: { zh: `“${s.name}”小节`, en: `section "${s.name}"` } }));
  if (scopes.length > 0 || !kind) return scopes;
  const agentTurns = doc.turns.filter((t) => t.role === 'agent');
  const turn = kind === 'opening' ? agentTurns[0] : agentTurns[agentTurns.length - 1];
  if (!turn) return [];
  const line = doc.lines[turn.firstLine];
  const where = kind === 'opening' ? { zh: '开场(第一轮坐席话术)', en: 'the opening (the first agent turn)' } : { zh: '结束(最后一轮坐席话术)', en: 'the closing (the last agent turn)' };
  return [
    kind === 'opening'
      ? { firstLine: 0, lastLine: turn.lastLine, at: { start: line.start, end: line.end }, where }
      : { firstLine: turn.firstLine, lastLine: doc.lines.length - 1, at: { start: line.start, end: line.end }, where },
  ];
}

function spansOf(doc: ScriptDocument, scope: Scope, role: NonNullable<RequireConfig['role']>): Span[] {
  const spans: Span[] = [];
  for (let i = scope.firstLine; i <= scope.lastLine; i++) {
    const line = doc.lines[i];
    if (line.role !== undefined && (role === 'any' || line.role === role)) spans.push(...line.spoken);
  }
  return spans;
}

const ROLE: Record<NonNullable<RequireConfig['role']>, Message> = {
  agent: { zh: '坐席', en: 'the agent' },
  customer: { zh: '客户', en: 'the customer' },
  any: { zh: '任一方', en: 'anyone' },
};

function messageOf(r: RequireConfig, scope: Scope): Message {
  const role = ROLE[r.role ?? 'agent'];
  const zhList = r.phrases.map((p) => `“${p}”`).join('或');
  const enList = r.phrases.map((p) => `"${p}"`).join(' or ');
  const zh = `${scope.where.zh}中${role.zh}没有说${zhList}`;
  const en = `In ${scope.where.en}, ${role.en} does not say ${enList}`;
  return r.message ? { zh: `${r.message}(${zh})`, en: `${r.message} (${en})` } : { zh, en };
}
