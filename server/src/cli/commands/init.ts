import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES, type Locale, type Message } from '../../engine';
import { messageIn } from '../../messages';
import { UsageError } from '../../host/usage-error';

const SCHEMA_URL = 'https://raw.githubusercontent.com/callscript/callscript/main/schemas/callscript.schema.json';

/**
 * `callscript init`: a starter callscript.json in the current folder, every rule listed at its
 * default severity so that a team sees what it can turn down, and the other keys shown commented
 * out. It asks nothing (CI and scripts run it too) and never overwrites a config.
 */
export function initCommand(cwd: string, locale: Locale): { file: string; said: string } {
  const file = path.join(cwd, 'callscript.json');
  try {
    writeFileSync(file, starterConfig(locale), { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new UsageError({ zh: `${file} 已存在,没有改动它`, en: `${file} already exists; left as it is` });
    }
    throw new UsageError({ zh: `无法写入 ${file}:${code ?? String(err)}`, en: `cannot write ${file}: ${code ?? String(err)}` });
  }
  const said: Message = { zh: `已写入 ${file}`, en: `wrote ${file}` };
  return { file, said: messageIn(said, locale) };
}

export function starterConfig(locale: Locale): string {
  const t = (m: Message) => messageIn(m, locale);
  const width = Math.max(...RULES.map((r) => r.id.length));
  const rules = RULES.map((r, i) => {
    const comma = i < RULES.length - 1 ? ',' : '';
    return `    ${`"${r.id}": "${r.defaultSeverity}"${comma}`.padEnd(width + 14)}// ${t(r.title)}`;
  });
  return [
    `// ${t({ zh: 'callscript 的配置:编辑器与 CLI 读同一个文件。详见 docs/config.md', en: 'callscript configuration: the editor and the CLI read this same file. See docs/config.md' })}`,
    `// ${t({ zh: '允许注释与末尾逗号。', en: 'Comments and trailing commas are allowed.' })}`,
    '{',
    `  "$schema": "${SCHEMA_URL}",`,
    `  // ${t({ zh: '每条规则的严重级别:error | warning | info | hint | off(以下为默认值)', en: 'Each rule\'s severity: error | warning | info | hint | off (the defaults below)' })}`,
    '  "rules": {',
    ...rules,
    '  }',
    `  // ${t({ zh: '更多(去掉注释即可使用):', en: 'More (uncomment to use):' })}`,
    '  // "holidays": [{ "name": "端午", "lunar": "05-05", "from": "07:00", "to": "24:00", "greeting": "端午节快乐!" }],',
    '  // "placeholders": ["订单号"],',
    '  // "files": ["**/*.callscript"],',
    '  // "overrides": [{ "files": ["inbound/**"], "rules": { "weekend-greeting": "off" } }]',
    '}',
    '',
  ].join('\n');
}
