import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localeOf, sanitize } from '../../server/src/lsp/settings';
import { messageIn } from '../../server/src/messages';
import { removeDir, ROOT, runCli, tempDir } from './cli-harness';

describe('messages in traditional Chinese (zh-TW, zh-HK)', () => {
  it('are the zh-CN text through OpenCC with the region\'s phrase table', () => {
    const m = { zh: '话术中不得写入真实的客户信息，请检查配置文件', en: 'x' };
    assert.equal(messageIn(m, 'zh-TW'), '話術中不得寫入真實的客戶資訊，請檢查配置檔案');
    assert.equal(messageIn(m, 'zh-HK'), '話術中不得寫入真實的客户信息，請檢查配置文件');
    assert.equal(messageIn(m, 'zh-CN'), m.zh);
  });

  it('the CLI speaks them with --locale zh-TW: findings, rule titles, the summary and its help', () => {
    const dir = tempDir();
    try {
      writeFileSync(path.join(dir, 'a.callscript'), '坐席:您好,我是客服代表{工号}。這是我們公司的規定。再见\n');
      const run = runCli(['check', '.', '--locale', 'zh-TW'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /服務忌語“這是我們公司的規定”：不得直呼、責問、訓斥或反問客戶/);
      assert.match(run.stdout, /個問題/);
      assert.match(runCli(['rules', '--locale', 'zh-tw'], dir).stdout, /不得使用服務忌語/);
      assert.match(runCli(['--help', '--locale', 'zh-HK'], dir).stdout, /話術規範檢查/);
      assert.equal(runCli(['check', '.', '--locale', 'zh-SG'], dir).code, 2);
    } finally {
      removeDir(dir);
    }
  });

  it('the editor follows the setting, or VS Code\'s display language under auto', () => {
    assert.equal(localeOf(sanitize({ locale: 'zh-TW' }), 'en'), 'zh-TW');
    assert.equal(localeOf(sanitize({ locale: 'auto' }), 'zh-tw'), 'zh-TW');
    assert.equal(localeOf(sanitize({ locale: 'auto' }), 'zh-hk'), 'zh-HK');
    assert.equal(localeOf(sanitize({ locale: 'auto' }), 'zh-cn'), 'zh-CN');
    assert.equal(localeOf(sanitize({ locale: 'zh-XX' }), 'zh-cn'), 'zh-CN');
  });

  it('package.nls.zh-tw.json is what scripts/nls-traditional.mjs makes of the zh-cn one', async () => {
    const { traditionalNls } = (await import(path.join(ROOT, 'scripts', 'nls-traditional.mjs'))) as { traditionalNls: (x: Record<string, string>) => Record<string, string> };
    const zhCn = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    const zhTw = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.zh-tw.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(zhTw, traditionalNls(zhCn), 'stale: run node scripts/nls-traditional.mjs');
    assert.deepEqual(Object.keys(zhTw), Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as object));
  });
});
