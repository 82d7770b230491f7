import type { CallscriptConfig } from '../config';
import { lineAt, placeholderKey } from '../document';
import type { Rule } from '../rule';
import { closest } from '../suggest';

/**
 * A `{…}` the call system will not fill in would be read out to the customer as is. Placeholders
 * are template variables wherever they are spoken, so customer lines count too. Names are compared
 * as the view reads text (`{工號}` in a traditional script is `{工号}`, `{ 工号 }` too), the config's
 * own names included. A fix never edits a customer line, though: there the writer gets the
 * suggestion, not an edit.
 */

const SPEC = { seed: 'spec/callscript.md', section: '§1 Placeholders' };

export const KNOWN_PLACEHOLDERS = ['工号', '姓名', '公司', '热线', '客户称呼', '问候语', '日期'];

export const unknownPlaceholder: Rule = {
  id: 'unknown-placeholder',
  defaultSeverity: 'warning',
  title: { zh: '占位符必须是已知的', en: 'Placeholders must be known ones' },
  sources: [SPEC],
  examples: {
    flag: ['您好,我是客服代表{工好},请问有什么可以帮您?', '{客户称呼}您好,您的订单{订单号}已发货。', '我是客服代表{工虎}。', '坐席:您好!\n客户:我的名字是{客户姓名}。\n'],
    pass: ['{问候语}!我是{公司}{热线}客服代表{工号},今天联系您是……', '我是客服代表XXX(工号)。', '{日期}前办理可享优惠,{姓名}先生。', '我是客服代表{工號}。', '{客戶稱呼}您好,{問候語}!'],
  },
  check(ctx) {
    const known = knownPlaceholders(ctx.config);
    const keys = new Set(known.map(placeholderKey));
    for (const p of ctx.doc.placeholders) {
      if (p.legacy || keys.has(p.key)) continue;
      const written = ctx.doc.text.slice(p.start, p.end);
      // {} (a template's slot left nameless, 订单号{}): no name says what fills it, and only the writer knows which.
      if (p.key === '') {
        ctx.report(p.start, p.end, {
          zh: `空占位符“${written}”\uFF1A没有名称，通话系统不知道填入什么\uFF08写上名称，如“{订单号}”，并在 callscript.json 的 placeholders 中声明\uFF09`,
          en: `Empty placeholder "${written}": with no name the call system cannot fill it in (name it, e.g. "{订单号}", and declare it under "placeholders" in callscript.json)`,
        });
        continue;
      }
      const guess = suggestion(p.name, known);
      ctx.report(
        p.start,
        p.end,
        guess
          ? { zh: `未知的占位符“${written}”\uFF0C是否想写“{${guess}}”\uFF1F`, en: `Unknown placeholder "${written}"; did you mean "{${guess}}"?` }
          : {
              zh: `未知的占位符“${written}”\uFF1A通话系统不会替换它\uFF08可在 callscript.json 的 placeholders 中声明\uFF09`,
              en: `Unknown placeholder "${written}": the call system will not fill it in (declare it under "placeholders" in callscript.json)`,
            },
        guess && lineAt(ctx.doc, p.start).role === 'agent'
          ? [{ title: { zh: `改为“{${guess}}”`, en: `Change to "{${guess}}"` }, edits: [{ start: p.start, end: p.end, newText: `{${guess}}` }], preferred: true }]
          : [],
      );
    }
  },
};

/** Spec §1's placeholders and the config's own, which may be written with or without braces. */
function knownPlaceholders(config: CallscriptConfig): string[] {
  const own = (config.placeholders ?? []).map((p) => p.trim().replace(/^\{(.*)\}$/, '$1').trim());
  return [...KNOWN_PLACEHOLDERS, ...own.filter((p) => p !== '')];
}

/**
 * The closest known name, if at least half of the longer name's characters are shared: `{工好}` is
 * `{工号}` mistyped, but `{订单号}` is not `{工号}` and `{电话}` is not `{热线}`, though each is
 * only two edits away.
 */
function suggestion(name: string, known: string[]): string | undefined {
  const trimmed = name.trim();
  const guess = closest(trimmed, known);
  if (guess === undefined) return undefined;
  const shared = [...new Set(guess)].filter((c) => trimmed.includes(c)).length;
  return shared * 2 >= Math.max(guess.length, trimmed.length) ? guess : undefined;
}
