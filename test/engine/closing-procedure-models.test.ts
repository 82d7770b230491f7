import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inScriptOf } from '../../server/src/engine/chinese-script';
import { findingsOf } from '../helpers';

/**
 * The call-procedure rules against the wording the standards themselves give as right: no model
 * sentence of theirs, in simplified or traditional characters, and no whole call put together from
 * them, may be flagged, nor the bundled clean example.
 */

const PROCEDURE_RULES = ['closing-sequence', 'customer-hangs-up-first', 'silent-line', 'time-of-day-greeting', 'opening-order'];

/** Model sentences of the five standards that speak of openings, closings, hang-ups and bad lines. */
const MODEL_SENTENCES = [
  // 《2008年呼入服务质量规范(V1.0)》 四(一)–(四)
  '您好!我是XX移动10086客服代表XXX(工号),今天联系您是………',
  '周末好!我是XX移动10086客服代表XXX(工号), 今天联系您是………',
  '国庆(新年、春节、圣诞等节日)快乐,我是XX移动10086客服代表XXX(工号),今天联系您是………',
  '谢谢您的合作。请为我的服务评分,再见!',
  '请稍等,我正在帮您……',
  '感谢您的等候……',
  '对不起,您咨询的问题不在我们的业务范围内,请您通过XX途径进行咨询。',
  '如果我有没介绍清楚的地方,请您告诉我,我为您重新解答,好吗?',
  '您好,我是XX移动10086客服代表XXX(工号),请问您之前是否咨询(反映)过………',
  '很感谢您接受访问,如果您还有不清楚的地方,请随时和我们联系,再见!',
  '您好!我是XX移动10086客服代表XXX(工号),您能听见我的声音吗?',
  '对不起,我听不见您的声音,稍后再与您联系,再见!',
  '对不起!我听不清您的声音,麻烦您大声一点,好吗?',
  '对不起,电话声音太小,稍后再与您联系,再见!',
  '对不起!电话杂音太大,稍后再与您联系,好吗?再见!',
  // 《客户服务外包中心服务人员的素质标准》 呼叫業務電話禮儀標準 第2條、第3條
  '早上/中午/晚上好,××公司,我是××號,請問有什麽可以幫您?',
  '先生(小姐),請問您貴姓?',
  '××小姐/先生,您好,關於……',
  '××小姐/先生,您好,您是說……',
  '××先生/小姐,不好意思讓您久等了,就您所提到的……',
  // 《送培训到网格 课件4 客户服务》 3.4 上门五件事
  '您好!我是中国电信客服工程师黄浩(全名),请问您是刘(姓氏)先生吗?',
  '您好,我是中国电信客服工程师黄浩,按照我们的预约时间,现在到您这里测试,请问我可以进去吗?',
  // 《服务热线呼叫操作标准流程》 二.1、三.1、四.1–2
  '您好,[公司/部门名称],很高兴为您服务,工号XXX,请问有什么可以帮到您?',
  '您的意思是……对吗?',
  '关于您刚才提出的问题,还有其他需要我说明的吗?',
  '请问还有其他可以帮到您的吗?',
  '感谢您的来电,很高兴为您服务。',
  '祝您生活愉快,再见。',
];

/** Whole calls made of those sentences, in the order the standards give them. */
const MODEL_CALLS = [
  // 003 from greeting to goodbye, the customer hanging up first.
  '---\ndirection: inbound\n---\n# 开场\n坐席:您好,[公司/部门名称],很高兴为您服务,工号XXX,请问有什么可以帮到您?\n客户:我想查话费。\n坐席:您本月话费58元。\n# 结束\n坐席:请问还有其他可以帮到您的吗?\n客户:没有了,谢谢。\n坐席:感谢您的来电,很高兴为您服务。祝您生活愉快,再见。\n客户:再见。【客户挂机】\n坐席:【挂机】\n',
  // 000 四(四)1: no voice, ask, then close and hang up after two seconds.
  '坐席:您好!我是XX移动10086客服代表XXX(工号),您能听见我的声音吗?\n【客户无声】\n坐席:对不起,我听不见您的声音,稍后再与您联系,再见!【停顿2秒后挂机】\n',
  // 000 四(四)2: too quiet, ask, ask again, then close.
  '坐席:您好!我是XX移动10086客服代表XXX(工号),今天联系您是……\n客户:……\n坐席:对不起!我听不清您的声音,麻烦您大声一点,好吗?\n客户:……\n坐席:对不起!我听不清您的声音,麻烦您大声一点,好吗?\n客户:……\n坐席:对不起,电话声音太小,稍后再与您联系,再见!【停顿2秒,挂机】\n',
  // 000's callback, opened and closed as it says.
  '---\ndirection: callback\n---\n坐席:您好,我是XX移动10086客服代表XXX(工号),请问您之前是否咨询过宽带业务?\n客户:是的。\n坐席:很感谢您接受访问,如果您还有不清楚的地方,请随时和我们联系,再见!\n',
  // 001 outbound: the agent says who they are, then asks the customer's name.
  '---\ndirection: outbound\n---\n客户:喂?\n坐席:您好!我是{公司}客服代表{工号},今天联系您是想介绍宽带续约。先生,请问您贵姓?\n客户:姓刘。\n坐席:谢谢您的合作。请为我的服务评分,再见!\n',
];

const traditional = (text: string) => inScriptOf(text, '這');

function procedureFindings(text: string): string[] {
  return findingsOf(text)
    .filter((f) => PROCEDURE_RULES.includes(f.rule))
    .map((f) => `${f.rule}: ${text.slice(f.start, f.end)} — ${f.message.zh}`);
}

describe('call-procedure rules and the standards\' own wording', () => {
  it('flag no model sentence, in simplified or traditional characters', () => {
    for (const sentence of MODEL_SENTENCES) {
      for (const text of [sentence, traditional(sentence)]) assert.deepEqual(procedureFindings(`坐席:${text}\n`), [], text);
    }
  });

  it('flag no whole call put together from them', () => {
    for (const call of MODEL_CALLS) {
      for (const text of [call, traditional(call)]) assert.deepEqual(procedureFindings(text), [], text);
    }
  });

  it('flag nothing in the closing snippet, after an inbound opening (and no other rule does)', () => {
    const snippets = JSON.parse(readFileSync(path.join(__dirname, '../../../snippets/callscript.json'), 'utf8'));
    const closing = (snippets['结束流程'].body as string[])
      .join('\n')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\d+/g, '');
    const text = `---\ndirection: inbound\n---\n坐席：您好！我是{公司}客服代表{工号}，请问有什么可以帮您？\n客户：查话费。\n坐席：您本月的话费是58元。\n${closing}\n`;
    assert.deepEqual(findingsOf(text).map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), []);
    assert.deepEqual(findingsOf(text.replace('坐席：请问还有其他可以帮您的吗？\n', '')).map((f) => f.rule), ['closing-sequence']);
  });

  it('flag nothing in the bundled clean example', () => {
    const text = readFileSync(path.join(__dirname, '../../../examples/clean-inbound.callscript'), 'utf8');
    assert.deepEqual(procedureFindings(text), []);
  });
});
