import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inScriptOf } from '../../server/src/engine/chinese-script';
import { findingsOf } from '../helpers';

/**
 * The procedure rules against the standards' own model wording: a rule that flags what a
 * standard tells agents to say is wrong, however the script is written.
 */

const PROCEDURES = ['wait-thanks', 'hold-procedure', 'transfer-procedure', 'refusal-alternative', 'apology-first', 'read-back'];

/** Model agent sentences, by standard and section; `……` is where the standard leaves the rest to the call. */
const MODEL_LINES = [
  // 《2008年呼入服务质量规范(V1.0)》 四(二)(三)(四)
  '对不起,系统忙……',
  '对不起,您咨询的问题不在我们的业务范围内,请您通过XX途径进行咨询。',
  '谢谢您的建议,我们一定加以改善。',
  '谢谢,这是我们应该做的。',
  '如果我有没介绍清楚的地方,请您告诉我,我为您重新解答,好吗?',
  '对不起,我听不见您的声音,稍后再与您联系,再见!',
  '对不起!我听不清您的声音,麻烦您大声一点,好吗?',
  '对不起!电话杂音太大,稍后再与您联系,好吗?再见!',
  '很感谢您接受访问,如果您还有不清楚的地方,请随时和我们联系,再见!',
  // 《客户服务外包中心服务人员的素质标准》 通话中的礼仪
  '早上好,XX公司,我是XX号,请问有什么可以帮您?',
  '先生,请问您贵姓?',
  '先生,您好,您是说……',
  '先生,不好意思让您久等了,就您所提到的……',
  // 《送培训到网格 课件4 客户服务》 3.2, 3.4
  '对不起,这方面的问题将由我们的客户经理向您解答。',
  '对不起,由于条件所限,目前这方面的工作我们无法开展,请您原谅。',
  '非常抱歉,由于台风原因,现在无法为您上门服务,等天气好转我立刻上门或明天上午9点我上门为您服务可以吗?',
  '网络故障已经修复了,请您确认一下可以正常使用吗?',
  '您好,能否留下您的姓名和联系方式,以便我们及时向您反馈情况并提供服务。',
  '您好,故障已处理完毕,请您试用,看看有没有问题。',
  // 《服务热线呼叫操作标准流程》 二.1, 三.1, 三.4, 四.1–2
  '您好,XX公司,很高兴为您服务,工号XXX,请问有什么可以帮到您?',
  '您的意思是……对吗?',
  '为了确保我理解无误,您刚才提到的是……是吗?',
  '我非常理解您现在的心情。',
  '关于您刚才提出的问题,还有其他需要我说明的吗?',
  '请问还有其他可以帮到您的吗?',
  '感谢您的来电,很高兴为您服务。',
  '祝您生活愉快,再见。',
];

/** Model exchanges: the procedures span turns. */
const MODEL_SCRIPTS = [
  // 《2008年呼入服务质量规范(V1.0)》 四(二)1
  '坐席:请稍等,我正在帮您查询。\n坐席:感谢您的等候,您的套餐是88元。\n',
  // 《客户服务外包中心服务人员的素质标准》 通话中的礼仪 4, 6, 8, 9
  '坐席:我帮您查询一下,大约需要一分钟,可以吗?\n客户:可以。\n【保持】\n【取消保持】\n坐席:不好意思让您久等了,您的套餐是88元。\n',
  '坐席:由于这个问题需要技术部门处理,我帮您转接到技术部,可以吗?\n客户:好的。\n【转接】\n坐席:先生,不好意思让您久等了,就您所提到的宽带问题,我来为您处理。\n',
  '坐席:请问您的电话号码是?\n客户:13912345678。\n坐席:跟您确认一下,您的号码是13912345678,对吗?\n',
  // 《服务热线呼叫操作标准流程》 三.4
  '客户:你们怎么还没修好?我要投诉!\n坐席:我非常理解您现在的心情,我马上为您催办。\n',
];

function procedureFindings(text: string): string[] {
  return findingsOf(text).filter((f) => PROCEDURES.includes(f.rule)).map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);
}

describe('the procedure rules and the standards\' model wording', () => {
  for (const line of MODEL_LINES) {
    it(`pass ${line.slice(0, 24)}, simplified and traditional`, () => {
      for (const text of [`坐席:${line}\n`, `坐席:${inScriptOf(line, '這')}\n`]) assert.deepEqual(procedureFindings(text), [], text);
    });
  }
  for (const script of MODEL_SCRIPTS) {
    it(`pass the exchange ${JSON.stringify(script.slice(3, 24))}, simplified and traditional`, () => {
      for (const text of [script, inScriptOf(script, '這')]) assert.deepEqual(procedureFindings(text), [], text);
    });
  }

  it('pass the snippets as they expand, their defaults filled in', () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../snippets/callscript.json'), 'utf8')) as Record<string, { body: string | string[] }>;
    for (const [name, { body }] of Object.entries(snippets)) {
      const text = `${(Array.isArray(body) ? body.join('\n') : body)
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{(?:\d+|[A-Z_]+):([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '')}\n`;
      assert.deepEqual(procedureFindings(text), [], `${name}: ${text}`);
    }
    assert.ok(Object.keys(snippets).includes('保持') && Object.keys(snippets).includes('转接'));
  });

  it('pass the bundled clean example', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../examples/clean-inbound.callscript'), 'utf8');
    assert.deepEqual(procedureFindings(text), []);
  });
});
