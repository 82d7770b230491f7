import type { Message } from '../engine';

/**
 * The standard phrases of seed 000 §四 that completion offers, with the seed's `XX移动10086` and
 * `XXX(工号)` written as placeholders. `{greeting}` is where the greeting that is right for the
 * script's dates goes (新春快乐! during 春节, 周末好! at a weekend, else 您好!).
 */
export interface StandardPhrase {
  name: Message;
  text: string;
  kind: 'opening' | 'closing';
}

export const GREETING_SLOT = '{greeting}';

const INTRO = '我是{公司}{热线}客服代表{工号}';

export const STANDARD_PHRASES: readonly StandardPhrase[] = [
  { kind: 'opening', name: { zh: '首问语(外呼)', en: 'Opening (outbound)' }, text: `${GREETING_SLOT}${INTRO},今天联系您是……` },
  { kind: 'opening', name: { zh: '首问语(呼入)', en: 'Opening (inbound)' }, text: `${GREETING_SLOT}${INTRO},请问有什么可以帮您?` },
  { kind: 'opening', name: { zh: '回拨首问语', en: 'Callback opening' }, text: `${GREETING_SLOT}${INTRO},请问您之前是否咨询过……` },
  { kind: 'opening', name: { zh: '无声音首问语', en: 'Opening when the line is silent' }, text: `您好!${INTRO},您能听见我的声音吗?` },
  { kind: 'closing', name: { zh: '结束用语', en: 'Closing' }, text: '谢谢您的合作。请为我的服务评分,再见!' },
  { kind: 'closing', name: { zh: '回拨结束语', en: 'Callback closing' }, text: '很感谢您接受访问,如果您还有不清楚的地方,请随时和我们联系,再见!' },
  { kind: 'closing', name: { zh: '无声音结束语', en: 'Closing when the line is silent' }, text: '对不起,我听不见您的声音,稍后再与您联系,再见!' },
  { kind: 'closing', name: { zh: '声音小结束语', en: 'Closing when the voice is too quiet' }, text: '对不起,电话声音太小,稍后再与您联系,再见!' },
  { kind: 'closing', name: { zh: '杂音大结束语', en: 'Closing when the line is noisy' }, text: '对不起!电话杂音太大,稍后再与您联系,好吗?再见!' },
];

/** What each placeholder of spec §1 stands for (the list itself is the engine's KNOWN_PLACEHOLDERS). */
export const PLACEHOLDER_MEANINGS: Readonly<Record<string, Message>> = {
  工号: { zh: '坐席工号', en: "the agent's employee ID" },
  姓名: { zh: '坐席姓名', en: "the agent's name" },
  公司: { zh: '公司名称(前置信息 company)', en: 'the company (front matter `company`)' },
  热线: { zh: '服务热线(前置信息 hotline)', en: 'the hotline (front matter `hotline`)' },
  客户称呼: { zh: '对客户的称呼,如“王先生”', en: 'how the customer is addressed, e.g. 王先生' },
  问候语: { zh: '通话时由系统填入的问候语', en: 'the greeting the call system fills in' },
  日期: { zh: '日期', en: 'a date' },
};
