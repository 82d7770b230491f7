import { pleadsProcedure } from './procedure-pleas';
/**
 * Answers to a grievance that explain, deny or defend instead of apologising (002 §3.2 首先致歉;
 * 003 三、4 共情理解、真诚道歉; 001 态度标准 7 correct a mistake and apologise), and regret hedged so that
 * it owns nothing. Patterns on an agent turn's view: simplified, 您 is 你, punctuation dropped.
 */

/**
 * The kinds of answer a complaint gets in place of the apology:
 * - the cause given as the answer (是因为突然停电造成的, 为确保…因此需…);
 * - a finding, whether of a fault or of none (证实…有未尽完善之处, 经调查发现…接收正常);
 * - a denial or a fault played down (并未…, 并不全是…, 我没有写过, 肯定不会说, 不是很明显);
 * - the procedure or the rules as the defence (我是按流程操作, 按规定办的, 规定如此; procedure-pleas.ts);
 * - the fault passed on or excused (确实是快递员写的, 当时是我情绪没有控制好);
 * - the subject changed (现在我们不谈这个事), or belief asked instead (请相信…);
 * - the complaint called a misunderstanding (这原是一场误会, 存在一些误会);
 * - a fault named as the whole reason (网络故障,联系不上…), or the house rule stated (这里是不允许拍照的).
 */
const EXCUSE_RE = new RegExp(
  [
    String.raw`(?:因为|由于)[\u4e00-\u9fff\d]{1,30}?(?:造成|导致|引起|所致|的缘故)`,
    String.raw`为了?(?:确保|保证|保障)[\u4e00-\u9fff\d]{2,60}?(?:因此|所以)(?:需|要|才)`,
    String.raw`(?:证实|查明|发现|核实|确认|调查)[\u4e00-\u9fff\d]{0,30}?(?:未尽完善|不完善|正常|无异常|没有问题|没问题|不属实|并未|并没有|并不)`,
    String.raw`并(?:未|没有?|不是|不全是|非)|不是很(?:明显|严重)|(?:肯定|绝对)不会(?:说|做|这样)`,
    String.raw`我(?:们)?(?:从来|从)?(?:没有|没|未)[\u4e00-\u9fff]{0,4}?过`,
    String.raw`确实是[\u4e00-\u9fff]{1,8}?(?:写|弄|搞|做|干|放|拿|送|发|算|扣|收|说|造成|导致)错?的|当时(?:是)?(?:我|他|她)[\u4e00-\u9fff]{0,6}?(?:没有|没)(?:控制好|注意|看到|听到)`,
    String.raw`不(?:谈|说|讨论|聊)(?:这个|这件|此)事|请(?:你)?相信`,
    String.raw`(?:是|原是|只是)(?:一场|一个|个)?误会|存在(?:一些|一定的?)?误会`,
    String.raw`^(?:网络|系统|线路|设备|机器|电脑)(?:出现|出了|发生)?(?:故障|问题|异常)`,
    String.raw`^(?:这里|这边|我们这里|我们这边)?是(?:不允许|不可以|禁止|不准|不能)[\u4e00-\u9fff]{1,6}的`,
  ].join('|'),
);

/** The opening of an answer explains, denies or defends (EXCUSE_RE). */
export function excuses(opening: string): boolean {
  return EXCUSE_RE.test(opening) || pleadsProcedure(opening);
}

/**
 * The service's overcharge told to the customer (您因低消共被多扣了37元, 多收了您的钱): an apology is
 * owed whether or not the customer complained (001 态度标准 7: correct the mistake and apologise).
 * Not a rule stated (我们不能多收), nor a charge the agent offers to check (如果您被多扣了…). The fault
 * owned in words (是我们的失误) is the apology step already (apology-first's EMPATHY_RE).
 */
const ADMITS_RE =
  /(?<!如果|若|要是|假如|是否|有没有)你[\u4e00-\u9fff\d]{0,14}?被(?:多扣|多收|多计|错扣|错收|重复扣|重复收|误扣|扣错|收错)|(?:多扣|多收|错扣|错收|重复扣|误扣)了你/;

export function admitsMistake(opening: string): boolean {
  return ADMITS_RE.test(opening);
}

/**
 * The service's own fault or delay told to those it affects (信号设备运作不畅顺,行车时间需额外5至8分钟; 11号线因外部设备
 * 侵入线路…列车限速运行,发车班次间隔延长): like an overcharge told, it is owed the apology before the
 * explanation (001 态度标准 7). Not a fault weighed or asked about (如果设备故障…, 是不是线路故障?), nor one told
 * as repaired (网络故障已经修复了).
 */
const FAULT_RE =
  /(?:设备|信号|系统|线路|车辆|列车|车底|机械|电路|网络|管网|电梯)[\u4e00-\u9fff]{0,2}?(?:出现|发生|出了)?(?:故障|失灵|运作不畅|运行不畅)|(?:行车|发车|班次)(?:间隔|时间)[\u4e00-\u9fff]{0,4}?(?:延长|加大|需额外)|限速运行|(?:中断|暂停|停止)(?:运行|运营)/;

/** A fault told as over (网络故障已经修复了,请您确认一下…): the service reports its repair, not a fault. */
const OVER_RE = /^(?:已|已经|现已|均已)?(?:被)?(?:修复|排除|恢复|解决|修好|处理完)/;
/** Weighing whether, not telling that: 如果遇到设备故障…, 是不是线路故障? */
const HEDGE_RE = /如果|若|假如|万一|是不是|是否|有没有|会不会/;

export function announcesFault(opening: string): boolean {
  const m = FAULT_RE.exec(opening);
  return m !== null && !HEDGE_RE.test(opening.slice(0, m.index + m[0].length)) && !OVER_RE.test(opening.slice(m.index + m[0].length));
}

/**
 * Regret for what only may have happened, or if it did (对于可能造成的不便,我们感到抱歉; 如有不便,敬请谅解;
 * 若给您带来困扰,深表遗憾): training pages print it as the apology not to give, since it owns no
 * failure. 可能给您带来了不便,非常抱歉 is not hedged: 可能 weighs what was done, not whether.
 */
const HEDGED_REGRET =
  /(?:(?:可能|或许|也许)(?:会)?(?:给你们?)?(?:造成|带来|引起)的|(?:如有|若有|如果|若|倘若|假如|要是|万一)[\u4e00-\u9fff]{0,8}?)(?:任何)?(?:不便|困扰|麻烦|不满|不快|不愉快|误会|不周|不适)[\u4e00-\u9fff]{0,10}?(?:抱歉|歉意|遗憾|谅解|原谅)/g;

/** The opening with its hedged regret taken out, so that only an apology said outright is one. */
export function withoutHedgedRegret(opening: string): string {
  return opening.replace(HEDGED_REGRET, '');
}

/** The opening regrets only what may have happened: another answer to the grievance, owning nothing. */
export function hedgesRegret(opening: string): boolean {
  HEDGED_REGRET.lastIndex = 0;
  return HEDGED_REGRET.test(opening);
}

/**
 * The customer's demand granted and acted on (可以的,我们先把您的问题解决了最重要; 好的,我马上为您安排):
 * said after the agent already showed understanding of the same grievance, it takes the complaint
 * up; it is not an explanation put in place of the apology.
 */
const GRANTS_RE = /^(?:可以的?|好的|行|没问题|当然可以|当然)(?:的|啊|呀)?(?:我们|我)(?:先|马上|立即|立刻|会|一定|这就|现在)/;

export function grantsAndActs(opening: string): boolean {
  return GRANTS_RE.test(opening);
}
