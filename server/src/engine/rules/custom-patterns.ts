import type { PatternConfig } from '../config';
import type { ScriptDocument, ScriptLine } from '../document';
import type { Rule } from '../rule';
import { compileUserRegex } from '../user-regex';

/**
 * The config's `patterns`: a team's own wording checks, as RE2 regexes. Each finding carries the
 * pattern's id, severity and message. They run only in a trusted workspace, since a config file
 * in a cloned repository is somebody else's code.
 *
 * A regex is matched on the ORIGINAL spoken text, one spoken span at a time (a line less its
 * label, stage directions and comments), so that its range is exactly what it matched and `^`/`$`
 * mean the start and end of what the speaker says on that line. Traditional text is not folded:
 * a pattern that should also catch it names both forms (`保[证證]`).
 */

const SEED_002 = '002_5ab7d194a3b83629.txt';

export const customPatterns: Rule = {
  id: 'custom-patterns',
  defaultSeverity: 'warning',
  title: { zh: '配置中的自定义正则检查(patterns)', en: 'Custom regex checks from the config (patterns)' },
  sources: [
    { seed: SEED_002, section: '3.2 客户端服务行为规范(绝对不能当场承诺)' },
    { seed: 'spec/callscript.md', section: '§5 Configuration: patterns' },
  ],
  examples: {
    config: { patterns: [{ id: 'no-promise', regex: '保[证證].{0,4}(解决|解決|退款)', severity: 'warning', message: '不要当场承诺' }] },
    flag: ['我保证马上给您退款。', '我保證今天就解決。'],
    pass: ['我们会尽快为您核实退款进度。', '---\ntitle: 保证退款\n---\n坐席:您好!\n// 保证退款\n客户:你保证退款吗?\n'],
  },
  check(ctx) {
    if (!ctx.trusted) return;
    for (const pattern of ctx.config.patterns ?? []) {
      const severity = pattern.severity ?? ctx.settings.severity;
      if (severity === 'off') continue;
      const re = compileUserRegex(pattern.regex);
      const message = { zh: pattern.message, en: pattern.message };
      for (const line of linesOf(ctx.doc, pattern)) {
        for (const span of line.spoken) {
          const m = re.matcher(ctx.doc.text.slice(span.start, span.end));
          while (m.find()) {
            if (m.end() > m.start()) ctx.report(span.start + m.start(), span.start + m.end(), message, [], { rule: pattern.id, severity });
          }
        }
      }
    }
  },
};

function linesOf(doc: ScriptDocument, pattern: PatternConfig): ScriptLine[] {
  const role = pattern.role ?? 'agent';
  return doc.lines.filter((l) => l.role !== undefined && (role === 'any' || l.role === role));
}
