import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'unknown-placeholder';

function fixOnce(text: string, options = {}): string {
  return applyFixes(text, preferredEdits(findingsOf(text, RULE, options))).text;
}

describe('unknown-placeholder', () => {
  it('passes every placeholder of spec §1 and the legacy XXX(工号)', () => {
    const text = '坐席:{问候语}!我是{公司}{热线}客服代表{工号},{姓名}为您服务。{客户称呼},{日期}前办理。XXX(工号)\n';
    assert.deepEqual(flagged(text, RULE), []);
  });

  it('flags an unknown one with "did you mean" and a fix to it', () => {
    const text = '坐席:我是客服代表{工好}。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(text.slice(f.start, f.end), '{工好}');
    assert.equal(f.severity, 'warning');
    assert.match(f.message.en, /did you mean "\{工号\}"/);
    assert.equal(fixOnce(text), '坐席:我是客服代表{工号}。\n');
  });

  it('reads a name in either script, either width and with spaces as the same placeholder', () => {
    const text = '坐席:我是客服代表{工號},{客戶稱呼}您好,{ 工号 },{問候語}!\n客户:{姓名}\n';
    assert.deepEqual(flagged(text, RULE), []);
  });

  it('reads the config\'s own names in either script too', () => {
    assert.deepEqual(flagged('坐席:订单{訂單號}、{订单号}。\n', RULE, { config: { placeholders: ['订单号'] } }), []);
    assert.deepEqual(flagged('坐席:订单{訂單號}、{订单号}。\n', RULE, { config: { placeholders: ['{訂單號}'] } }), []);
  });

  it('still suggests the known name for a traditional typo', () => {
    assert.equal(fixOnce('坐席:我是客服代表{工虎}。\n'), '坐席:我是客服代表{工号}。\n');
  });

  it('suggests nothing for a name that only looks close: {订单号} is not {工号}', () => {
    const text = '坐席:订单{订单号}已发货,请拨打{电话}。\n';
    const found = findingsOf(text, RULE);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['{订单号}', '{电话}']);
    assert.ok(found.every((f) => f.fixes.length === 0));
    assert.match(found[0].message.en, /declare it under "placeholders"/);
  });

  it('accepts the config\'s placeholders, written with or without braces', () => {
    const config = { placeholders: ['订单号', '{套餐名}'] };
    assert.deepEqual(flagged('坐席:订单{订单号}的套餐{套餐名}。\n', RULE, { config }), []);
    assert.deepEqual(flagged('坐席:订单{订单编号}。\n', RULE, { config }), ['{订单编号}']);
    assert.equal(fixOnce('坐席:订单{订单编号}。\n', { config }), '坐席:订单{订单号}。\n');
  });

  it('flags placeholders in customer lines too, but not in stage directions or comments', () => {
    const text = '坐席:您好!\n客户:我叫{客户名字}。\n坐席:好的【{备注}】\n// {注释}\n';
    assert.deepEqual(flagged(text, RULE), ['{客户名字}']);
  });

  it('removes the findings and changes nothing on a second pass', () => {
    const once = fixOnce('坐席:{日起}前我是{工好}。\n');
    assert.equal(once, '坐席:{日期}前我是{工号}。\n');
    assert.deepEqual(findingsOf(once, RULE), []);
    assert.equal(fixOnce(once), once);
  });

  it('flags an empty placeholder, with no fix: only the writer knows what fills it', () => {
    const text = '坐席:您好,订单号{}的申请已经提交,{ }个工作日内退款。\n';
    assert.deepEqual(flagged(text, RULE), ['{}', '{ }']);
    const [f] = findingsOf(text, RULE);
    assert.match(f.message.zh, /空占位符/);
    assert.deepEqual(f.fixes, []);
  });
});
