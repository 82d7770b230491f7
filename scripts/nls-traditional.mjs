// Writes package.nls.zh-tw.json from package.nls.zh-cn.json with OpenCC's Taiwan phrase table, so
// that VS Code in 中文(繁體) shows the extension's settings and commands in traditional Chinese.
// A test fails when the file is stale: run `node scripts/nls-traditional.mjs` after editing the zh-cn one.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Converter } = require('opencc-js/cn2t');

export function traditionalNls(zhCn) {
  const convert = Converter({ from: 'cn', to: 'twp' });
  // Backquoted setting values and ids stay as they are.
  const keepCode = (text) => text.split(/(`[^`]*`)/).map((part, i) => (i % 2 === 1 ? part : convert(part))).join('');
  return Object.fromEntries(Object.entries(zhCn).map(([key, text]) => [key, keepCode(text)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url);
  const zhCn = JSON.parse(readFileSync(new URL('package.nls.zh-cn.json', root), 'utf8'));
  writeFileSync(new URL('package.nls.zh-tw.json', root), `${JSON.stringify(traditionalNls(zhCn), null, 2)}\n`);
}
