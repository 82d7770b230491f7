import { toSimplified } from './chinese-script';
import { lineAt, type ScriptDocument } from './document';

/**
 * What a stage direction says happens in the call, for the rules that read a script as a
 * conversation (hold, transfer, hang-up …). A direction is `【…】` in a turn or on a line of its
 * own; what it means is read from its words, so 【保持通话】, 【按保持键】 and 【保持】 are alike.
 */
export type StageEvent =
  | 'hold' // the agent puts the customer on hold (保持, 等待, 静候)
  | 'resume' // the agent is back (恢复通话, 取消保持, 回到通话)
  | 'transfer' // the call goes to another desk (转接, 转人工)
  | 'agent-hangup' // the agent ends the call (挂机, 挂断 with no customer named)
  | 'customer-hangup' // the customer ends the call (客户挂机, 用户挂断)
  | 'mute' // the agent's microphone is off (静音)
  | 'silence'; // nothing is heard from the customer (客户无声, 无应答, 客户沉默)

export interface StageDirection {
  /** Offsets of the whole direction, brackets included. */
  start: number;
  end: number;
  /** Its words, without brackets, simplified. */
  text: string;
  line: number;
  /** The turn it stands in (a line of its own continues the turn before it), if any. */
  turn: number | undefined;
  event: StageEvent | undefined;
}

/** Checked in this order: the first list with a word in the direction names its event. */
const EVENT_WORDS: ReadonlyArray<readonly [StageEvent, readonly string[]]> = [
  ['customer-hangup', ['客户挂', '用户挂', '对方挂', '客户先挂', '客户已挂']],
  ['resume', ['恢复通话', '取消保持', '取消静音', '回到通话', '解除保持', '保持结束', '等待结束', '返回通话']],
  // Read by CALL_TRANSFER_RE and PASSED_ON_RE below, not by these words alone.
  ['transfer', ['转接', '转人工', '转至', '转到', '转给', '转交', '转专席', '转二线']],
  ['agent-hangup', ['挂机', '挂断', '挂线', '结束通话', '挂电话', '放下听筒', '放下电话']],
  ['mute', ['静音']],
  ['silence', ['无声', '没有声音', '无应答', '无人应答', '客户沉默', '用户沉默', '没有回应', '无回应', '客户不说话', '听不到客户', '无反应', '无反映', '没有反应', '没反应', '没有反映']],
  ['hold', ['保持', '等待', '静候', '稍候', '稍等', '查询中', '查询时']],
];

export function stageEventOf(words: string): StageEvent | undefined {
  return eventOfSimplified(toSimplified(words));
}

/**
 * 保持 that keeps up a manner or a contact (保持跟进, 保持微笑, 保持耐心, 保持电话畅通) is no hold: a
 * training page's heading in brackets (【六、保持跟进,确保问题解决】) says how to work, not what happens.
 */
const MAINTAIN_RE = /保持(?=跟进|联系|联络|沟通|微笑|耐心|冷静|礼貌|热情|专注|专业|积极|良好|一致|同理|平和|语速|语气|语调|音量|关注|回访|电话畅通|畅通|记录)/g;
/** The customer's complaint about a wait (【用户责怪等待时间过长】, 【客户抱怨等待太久】) is a scene, not a hold. */
const WAIT_COMPLAINED_RE = /(?:客户|用户|顾客|对方|来电人)[\u4e00-\u9fff]{0,4}?(?:责怪|抱怨|埋怨|嫌|不满|投诉|质问)[\u4e00-\u9fff]{0,4}?(?:等待|稍候|稍等)/g;

/**
 * A thing handed on, not the call: 把卡转给亲属, 将退款转到银行卡. 转接 and 转人工 are the call's
 * whatever comes before them; 把电话转给技术部 and 将客户转至专席 are the call too.
 */
const GOODS_MOVED_RE = /(?:把|将)(?!电话|来电|通话|线路|你|客户|用户|他|她)[\u4e00-\u9fff]{1,8}?转(?:至|到|给|交)/g;

/**
 * 转接, 转人工, 转专席, 转二线 name the call whatever surrounds them; 转至, 转到, 转给, 转交 move the call
 * only toward a person or desk (转到技术部, 转给值班经理, 转至投诉专席) or when the call is what moves
 * (将电话转至…, 客户转到…). A transfer is the call passed to someone: 退款转到银行卡, 会员卡转给朋友,
 * 转交材料 move money, a right, a thing.
 */
const CALL_TRANSFER_RE = /转接|转人工|转专席|转二线/;
const PASSED_ON_RE =
  /(?:电话|来电|通话|线路|客户|用户|来电人)[\u4e00-\u9fff]{0,3}?转(?:至|到|给|交)|转(?:至|到|给|交)(?:给)?[\u4e00-\u9fff]{0,8}?(?:人工|专席|部|科|中心|组|室|同事|经理|主管|班长|领导|坐席|座席|客服|技术|专员|值班|前台|总台|总机|分机|柜台|二线|医生|护士|负责人)/;

/**
 * A direction that opens with a section number (1.1, 5., 一、, (6)) is a training page's heading: it
 * names a topic (【1.1 快速送达与耐心等待】, 【5.转接用语】), it does not say what happens in the call.
 */
const NUMBERED_HEADING_RE = /^\s*(?:[0-9０-９]+(?:[.．][0-9０-９]+)*[.．、](?![0-9０-９])|[0-9０-９]+(?:[.．][0-9０-９]+)+\s|[一二三四五六七八九十]+、|[(（][0-9０-９一二三四五六七八九十]+[)）])/;

function eventOfSimplified(text: string): StageEvent | undefined {
  if (NUMBERED_HEADING_RE.test(text)) return undefined;
  for (const [event, list] of EVENT_WORDS) {
    if (event === 'transfer') {
      const read = text.replace(GOODS_MOVED_RE, '');
      if (CALL_TRANSFER_RE.test(read) || PASSED_ON_RE.test(read)) return event;
      continue;
    }
    const read = event === 'hold' ? text.replace(MAINTAIN_RE, '').replace(WAIT_COMPLAINED_RE, '') : text;
    if (list.some((w) => read.includes(w))) return event;
  }
  return undefined;
}

const found = new WeakMap<ScriptDocument, StageDirection[]>();

/** Every stage direction of the script, in order; worked out once per document. */
export function stageDirections(doc: ScriptDocument): StageDirection[] {
  const cached = found.get(doc);
  if (cached) return cached;
  const out: StageDirection[] = [];
  const { text } = doc;
  for (let open = text.indexOf('\u3010'); open >= 0; ) {
    const line = lineAt(doc, open);
    if (line.kind !== 'turn' && line.kind !== 'continuation') {
      open = text.indexOf('\u3010', line.end);
      continue;
    }
    const close = text.indexOf('\u3011', open + 1);
    const end = close < 0 ? text.length : close + 1;
    // Simplified once here: the event is read from these words as they are.
    const words = toSimplified(text.slice(open + 1, close < 0 ? text.length : close));
    out.push({ start: open, end, text: words, line: line.index, turn: line.turn, event: eventOfSimplified(words) });
    open = text.indexOf('\u3010', end);
  }
  found.set(doc, out);
  return out;
}
