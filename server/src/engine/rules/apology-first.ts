import type { PhraseHit, Rule, RuleContext } from '../rule';
import { customerSaid, firstAndLast, hasWords, isSpeakingAgent, openingUnits, originalOf, spokenView } from './conversation';
import { styledAt, textFix } from './reword';
import { tabooSpans } from './taboo-phrase';
import { vagueWording } from './vague-wording';
import { reportsFailure } from './failure-reports';
import { tellsGrievance } from './grievances';
import { admitsMistake, announcesFault, excuses, grantsAndActs, hedgesRegret, withoutHedgedRegret } from './excuses';
import { spokenRange, spokenText } from './call-turns';
import type { ScriptDocument, Span } from '../document';
import { stageDirections, type StageDirection } from '../stage-events';
import type { NormalizedView } from '../normalize';

/**
 * After the customer complains or is upset, the agent's next turn opens with an apology or with
 * understanding (非常抱歉, 我非常理解您的心情) before it explains anything.
 */

const S002 = { seed: '002_5ab7d194a3b83629.txt', section: '3.2 客户端服务行为规范 (客户不满意而情绪激动时：首先致歉)' };
const S003 = { seed: '003_22534ffe70de67c3.txt', section: '三、4.情绪安抚与冲突化解 (共情理解、真诚道歉)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心服務態度標準 7' };

/**
 * The service has failed the customer, and they say so (002 §3.2 客户不满意): the same failure
 * again (暖气又停了, 宽带又断了), a service that does nothing at all (根本没有作用), or a change they
 * were not told of, or told too late (为什么没有提前通知?, 怎么不打电话就…, 打过去你才说要取消?, 都没看到通知), or told
 * two ways (刚刚说这两天,现在又说是今天; 到底听谁的?). A fault reported once, calmly (我家停电了),
 * is none of these.
 */
const FAILED_THEM =
  /又(?:停|坏|断|掉|出(?:问题|故障|毛病)|不(?:行|好|通|能用|热)|这样)|根本(?:没|不)(?:有)?(?:用|作用|效果|热|通|解决|处理|人管|人理|修好|好)|(?:为什么|怎么)(?:没|不)(?:有)?(?:提前|事先|早点)?(?:通知|告诉|告知|说|联系|打(?:个)?电话)|(?:你|怎么|为什么)[^\n]{0,10}(?<![刚方])才(?:说|告诉|通知|告知)|都没(?:有)?(?:看到|收到|接到)[^\n]{0,6}通知|(?:刚才|刚刚|之前|上次)[^\n]{0,12}说[^\n]{0,20}(?:现在|这次|今天)又说|听谁的/;
/**
 * A customer who voices dissatisfaction (您 is 你 on the view): a complaint or a threat to sue,
 * anger, a loss, impatience at something still undone (一天了都没人联系我), an argument put back
 * as a rhetorical question (这不是有钱吗?, 那书摊不是更影响畅通吗?, 难道要我再跑一趟?; not the polite
 * check 是不是…), or a service that failed them (FAILED_THEM, reportsFailure). Not a plain question, however pressed (到底怎么用?, 这是怎么回事?), nor a
 * problem stated calmly (我充的话费还没到账): those want an answer, not an apology.
 */
const UPSET_RE = new RegExp(
  String.raw`投诉|客诉|太过[分份]|放鸽子|说话不算|出尔反尔|${FAILED_THEM.source}|(?<!是)不是(?:更|也|还|就|都|早|刚|明明|说|讲|有|已经|很早)[^\n]{0,14}吗|难道|` +
  /太慢|(?:怎么|为什么|凭什么)(?:还|又|老|总)(?:是|没|不)?|搞什么|什么破|气死|生气|不满意?|太差|过分了|坑人|骗人|乱扣|多扣|莫名其妙|受不了|烦死|等了(?:很久|半天|好久|这么久)|(?:一直|都[^\n]{0,6}了还|到现在还|还是|(?:天|小时|礼拜|星期|周|个月|半天|好久|这么久)了(?:都|还))没(?:人|解决|处理|修好|到|退|回)|(?:告|起诉)你们|打官司|找律师|说了(?:多少|好几|很多|几)(?:次|遍)|损失|被骗|赔偿|你们(?:这是)?怎么回事|像话/.source,
);
/**
 * A fee's standard questioned, not a charge done to the customer (你们这物业费是怎么算的?凭什么收这么多?,
 * 【业主质疑物业费收取标准】): the
 * customer asks how it is reckoned, and is answered with the standard, not an apology. A charge to them
 * (凭什么收我两次钱, 扣了我的钱) is a grievance.
 */
const FEE_STANDARD_RE = /(?:费|价)(?:用|钱)?的?(?:收取|收费|计费)?标准|(?:费|价|收费)(?:用|钱)?(?:是)?(?:怎么|如何)(?:算|收|定|计算)的?/;
function asksFeeStandard(said: string): boolean {
  return FEE_STANDARD_RE.test(said) && !/我|两次|重复|多收|多扣|错/.test(said);
}
/** What isUpset said of a customer's words, by the words: the hook and the check ask it of a turn again for every segment that borrows it. */
const upsetBySaid = new Map<string, boolean>();
const UPSET_CACHE_SIZE = 4096;
/** Dissatisfaction said in words (UPSET_RE, a failure reported) or the service held to account by how the turn is built (grievances.ts). */
export function isUpset(said: string): boolean {
  let upset = upsetBySaid.get(said);
  if (upset === undefined) {
    upset = !asksFeeStandard(said) && (UPSET_RE.test(said) || reportsFailure(said) || tellsGrievance(said));
    if (upsetBySaid.size >= UPSET_CACHE_SIZE) upsetBySaid.clear();
    upsetBySaid.set(said, upset);
  }
  return upset;
}

/**
 * Apology or understanding; 歉意 and 致歉 are the written register of it (本公司深感歉意, 向您致歉),
 * and a complaint taken to heart is owned as one (你提的意见我们诚恳接受, 虚心接受您的批评), thanks for it
 * too when it names it a complaint (谢谢您的来电投诉, 感谢您的批评指正), also said of the work it watches over
 * (感谢您对我们工作的监督和反馈) or of the customer's patience. Thanks for 反馈, 反映 or 意见 alone is not:
 * it takes a failure the customer suffered for a suggestion, and training pages print it, with no
 * apology, as the reply not to give (感谢您的反馈,关于您提到的邮件延误问题,我们已记录并转交…);
 * the customer's feeling named (您精心挑选的礼物还没收到,肯定很着急);
 * comfort, which owns the customer's worry (请不要着急, 请您先别慌张, 请放心, 您先消消气), when the answer goes on to
 * the matter (not 您别急。 alone, below); the feeling named (听起来您对这次的服务感到非常失望); what the failure
 * did to them named (让您担心了, 给您添堵了) or shared (我们能体会您的心情, 换作是我也会着急); and the fault
 * owned (这确实是我们的失误, 是我们工作没做好, 确系医院工作人员失误所致, 我们深感痛心; not 这不是我们的问题,
 * nor 如果是我们的问题).
 */
const EMPATHY_RE =
  /抱歉|对不起|对不住|歉意|愧疚|内疚|向你(?:们)?(?:郑重|诚挚地?|真诚地?)?(?:致歉|道歉)|不好意思|(?:感谢|谢谢|多谢)你(?:的|对[^\n]{0,8}?的)?(?:来电)?(?:投诉|批评|指正|监督|耐心|包容|体谅)|给你带来(?:了)?(?:不便|麻烦|困扰)|给你添麻烦|理解你|非常理解|我理解|能理解|明白你的(?:心情|感受)|(?:想象|体会|感受)(?:得)?到[^\n]{0,16}?(?:感受|心情|不便|难受|着急|委屈)|感同身受|(?<!不)(?:肯定|一定|想必)(?:会|是)?(?:很|非常|特别|挺)?(?:着急|焦急|心急|生气|难过|失望|担心|难受|不好受|委屈|闹心)|(?:别|不要|不用|先别)(?:着急|急|担心|慌张?|害怕|紧张|生气)|请放心|消消气|息怒|(?:听起来|看得出|看得出来|感觉得到)你[^\n]{0,16}?(?:失望|生气|着急|不满|难过|委屈|不开心|焦急|气愤|担心)|(?:确系|确属|确实是|实属)[^\n]{0,10}?(?:失误|疏忽|过失|过错|差错)|深感痛心|让你(?:久等|担心|着急|失望|受累|费心|操心|生气|为难|受委屈|白跑|多跑)|给你添(?:堵|乱)|(?<!不)(?:能|可以|完全)体会|换(?:作|成|做)?(?:是)?我[^\n]{0,4}?也会|(?<!不|如果|若|要是)(?:是|确实是)我们的(?:失误|疏忽|过失|问题|责任|不对|错)|我们(?:工作)?(?:没有|没)做好|很遗憾|请(?:你)?(?:谅解|原谅)|辛苦你了|(?:诚恳|虚心|诚心)(?:地)?接受/;
/**
 * The whole answer is comfort (您别急。, 请您放心。): it asks the customer to calm down and takes nothing up,
 * and complaint-handling guides print 您别急 as the reply to avoid. Comfort that goes on to the matter
 * (您别着急,咱们打一份交易明细) is 先处理心情再处理事情.
 */
const ONLY_COMFORT_RE = /^(?:请)?(?:你)?(?:先)?(?:(?:别|不要|不用)(?:着急|急|担心|慌张?|生气)(?:了)?|放心|消消气)(?:啊|哈|呀|吧)?$/;

const EMPATHY = ['非常抱歉给您带来不便，', '我非常理解您现在的心情，'];
const UPSET_MESSAGE = {
  zh: '客户不满时，先致歉或表示理解(如“非常抱歉给您带来不便”“我非常理解您现在的心情”)，再解释',
  en: 'The customer is upset: open with an apology or understanding (非常抱歉给您带来不便, 我非常理解您现在的心情) before explaining',
};
const FAULT_MESSAGE = {
  zh: '告知客户我方的故障或延误时，先致歉(如“非常抱歉给您带来不便”)，再说明',
  en: 'Telling customers of our own fault or delay: apologise first (非常抱歉给您带来不便), then explain',
};
const MISTAKE_MESSAGE = {
  zh: '告诉客户我方的差错(如多扣费用)时，先致歉(如“非常抱歉给您带来不便”)，再说明',
  en: 'Telling the customer of our mistake (an overcharge): apologise first (非常抱歉给您带来不便), then explain',
};

export const apologyFirst: Rule = {
  id: 'apology-first',
  defaultSeverity: 'warning',
  title: { zh: '客户不满时先致歉或表示理解，再解释', en: 'When the customer is upset, apologise or empathise before explaining' },
  sources: [S002, S003, S001],
  examples: {
    flag: [
      '客户:你们怎么还没给我修好?太慢了!\n坐席:系统显示工单正在处理中。\n',
      '客户:我要投訴,你們搞什麼?\n坐席:請您提供一下手機號碼。\n',
      '客户:我们小区的暖气又停了,到底怎么回事?\n坐席:因为供热管网在检修。\n',
      '客户:早上突然停气了,为什么没有提前通知?\n坐席:这次停气是上游公司临时停的。\n',
      '客户:明天要安裝,打過去你才說要取消?\n坐席:因為颱風都在搶修。\n',
      '客户:进水管才三十度,出水管是凉的,根本没有作用。\n坐席:设备坏了。\n',
      '客户:你怎么不打电话就把快递放在门房了?\n坐席:门房可以代收的。\n',
      '客户:剛剛說這兩天,現在又說是今天,會不會太過份了!\n坐席:晚上就會打電話通知了。\n',
    ],
    pass: [
      '客户:我要投诉,今天必须给我解决!\n坐席:很愧疚,先生,我们马上为您处理。\n',
      '客户:你们怎么还没给我修好?太慢了!\n坐席:非常抱歉给您带来不便,我马上为您催办。\n',
      '客户:我要投訴,你們搞什麼?\n坐席:我非常理解您現在的心情,請您提供一下手機號碼。\n',
      '客户:我想查一下话费。\n坐席:好的,请稍等,我正在帮您查询。\n',
      '客户:太慢了!\n坐席:先生,您好!对不起,让您久等了。\n',
      '客户:你們的商品寄來就是壞的,我非常不滿意。\n坐席:對於您遭遇的不便,本公司深感歉意。\n',
      '客户:我要投诉,你们乱扣费!\n坐席:就这次的扣费问题,我们向您郑重致歉,马上为您核实。\n',
      '客户:我们小区的暖气又停了,到底怎么回事?\n坐席:非常抱歉给您带来不便,供热管网正在抢修。\n',
      '客户:我家停电了。\n坐席:请问您的户号是多少?\n',
      '客户:你刚才说的那个套餐多少钱?\n坐席:每月58元。\n',
      '客户:我没收到验证码。\n坐席:请您稍等一分钟后重新获取。\n',
    ],
  },
  // The customer's complaint before the agent's answer, the situation told as a direction, and the agent's turn before it (was it answered already?).
  turnsSeenBefore: (doc, view) => {
    const told = new Set(upsetDirections(doc).map((d) => d.turn));
    return [
      firstAndLast(doc, (i) => doc.turns[i].role === 'customer' && isUpset(customerSaid(doc, i))).last,
      // Whether a grievance is still open: the last calm customer turn, and the last answer that apologised.
      firstAndLast(doc, (i) => doc.turns[i].role === 'customer' && !isUpset(customerSaid(doc, i))).last,
      firstAndLast(doc, (i) => isSpeakingAgent(doc, i) && apologises(spokenView(doc, view, i))).last,
      firstAndLast(doc, (i) => told.has(i)).last,
      firstAndLast(doc, (i) => isSpeakingAgent(doc, i)).last,
      // The last that answers rather than only naming the matter: a complaint stands past a lead-in.
      firstAndLast(doc, (i) => isSpeakingAgent(doc, i) && !onlyLeadsIn(doc, i)).last,
    ];
  },
  check(ctx) {
    const { doc, view } = ctx;
    const told = upsetDirections(doc);
    let upset = false;
    // A grievance not yet apologised for (open), and whether an answer to it already apologised (owned).
    let open = false;
    let owned = false;
    let heardUpTo = -1;
    // A customer spoke since the agent last did; and the service's own fault told with no apology yet.
    let heard = false;
    let faultOwed = false;
    let spokeBefore = false;
    for (let i = 0; i < doc.turns.length; i++) {
      const turn = doc.turns[i];
      if (turn.role === 'customer') {
        const now = isUpset(customerSaid(doc, i));
        upset ||= now;
        // Read from the last customer turn alone (and the answers after it), so a segment that borrows it reads the same.
        open = now;
        if (!now) owned = false;
        [heard, faultOwed] = [true, false];
        continue;
      }
      if (!isSpeakingAgent(doc, i)) continue;
      const spoken = spokenRange(doc, turn) as Span;
      const since = (d: StageDirection) => d.start > heardUpTo && d.start < spoken.start;
      const toldNow = told.some(since);
      const directed = stageDirections(doc).some((d) => d.event === undefined && since(d));
      const newAnswer = !upset && !toldNow && open && directed;
      heardUpTo = spoken.end;
      const said = spokenView(doc, view, i);
      const opening = openingUnits(said);
      const first = said.text.slice(opening.start, opening.end);
      // Another answer to a grievance still open (a new respondent, the reporter asking on) that explains, denies or defends.
      const answersGrievance = upset || toldNow || (newAnswer && (excuses(first) || hedgesRegret(first)));
      // The service's own fault or delay told to the public unasked (信号设备运作不畅顺,行车时间需额外5至8分钟), and what
      // it tells them next with no apology yet (請乘客為行程預留充裕時間), is owed the apology as a complaint is.
      const faultTold: boolean = (!heard && (directed || !spokeBefore) && !open && announcesFault(first)) || (faultOwed && directed);
      [heard, spokeBefore] = [false, true];
      // The service's overcharge told to the customer is owed the apology, complaint or none.
      const answersUpset = answersGrievance || admitsMistake(first) || faultTold;
      open ||= toldNow;
      if (answersUpset && onlyLeadsIn(doc, i)) {
        upset = true;
        continue;
      }
      upset = false;
      const sorry = apologises(said);
      const wasOwned = owned;
      if (sorry) [open, owned] = [false, true];
      faultOwed = faultTold && !sorry;
      if (!answersUpset || !hasWords(said)) continue;
      const opens = withoutHedgedRegret(first);
      if (EMPATHY_RE.test(opens) && !onlyComforts(said)) continue;
      if (wasOwned && grantsAndActs(first)) continue;
      const range = originalOf(said, opening.start, opening.end);
      if (answersWithWording(ctx, range.start, range.end, excuses(first))) continue;
      const at = said.origin[opening.body];
      ctx.report(
        range.start,
        range.end,
        answersGrievance ? UPSET_MESSAGE : faultTold ? FAULT_MESSAGE : MISTAKE_MESSAGE,
        // After a greeting, not before it: 您好。非常抱歉给您带来不便，……
        EMPATHY.map((e) => textFix(at, at, (text) => ({ zh: `在开头加上“${text}”`, en: `Begin with "${text}"` }), styledAt(doc, at, e), false)),
      );
    }
  },
};

/** The answer apologises or shows understanding anywhere in it, hedged regret and comfort alone aside: the grievance is owned. */
function apologises(said: NormalizedView): boolean {
  return EMPATHY_RE.test(withoutHedgedRegret(said.text)) && !onlyComforts(said);
}

/** The whole turn is comfort and nothing else (ONLY_COMFORT_RE). */
function onlyComforts(said: NormalizedView): boolean {
  return ONLY_COMFORT_RE.test(said.text.replace(/[^\p{L}\p{N}]/gu, ''));
}

/**
 * Only naming the matter about to be answered (关于您提到的订单延迟问题…, 针对您反映的情况), or a listener's
 * backchannel (嗯。, 是的。) while the customer goes on: the reply proper is still to come.
 */
const LEAD_IN_RE = /^(?:(?:关于|对于|针对|就)[\p{L}\p{N}]{0,24}?(?:问题|情况|事情?|反映|投诉|意见)|嗯+|哦|噢|是的?|对|我在听)$/u;
/** A turn that ends by announcing the answer below it (…回复如下:, 现说明如下). */
const ANNOUNCES_ANSWER = /(?:回复|答复|说明|情况|解释|答覆|說明|回覆)如下[:：]?\s*$/;
/** The longest turn, label and marks included, that can be only a lead-in. */
const LEAD_IN_MAX = 64;

/**
 * A turn that only names the matter (关于您提到的订单延迟问题…), or a written reply's preamble that
 * announces the answer below it, says nothing yet: the customer's complaint is answered by the
 * agent's next words, which are the ones that must open with the apology.
 */
function onlyLeadsIn(doc: ScriptDocument, index: number): boolean {
  const turn = doc.turns[index];
  const last = doc.lines[turn.lastLine];
  // A written reply's preamble (来信收悉,关于您所反映的…问题,…现将情况回复如下:) announces the answer to come.
  // Asked of every agent turn of a segment: the pattern runs only on a line that says 如下.
  const lastLine = doc.text.slice(last.start, last.end);
  if (lastLine.includes('如下') && ANNOUNCES_ANSWER.test(lastLine)) return true;
  // Read for every agent turn of a segment: most are longer than a lead-in, and the check is by length first.
  if (last.end - doc.lines[turn.firstLine].start > LEAD_IN_MAX) return false;
  return LEAD_IN_RE.test(spokenText(doc, turn).replace(/[^\p{L}\p{N}]/gu, ''));
}

/**
 * The situation told as a stage direction where the script gives the customer no words of their own
 * (【居民拨打电话却无人治理;维修部门来电回复】, 【等了一个小时的市民拿手机拍摄窗口】): a failure or a
 * complaint it reports is the customer's side, answered by the agent's next words. Directions that
 * stand for an event of the call (hold, transfer …) report none.
 */
function upsetDirections(doc: ScriptDocument): StageDirection[] {
  return stageDirections(doc).filter((d) => d.event === undefined && isUpset(d.text.replace(/您/g, '你').replace(QUOTED, '').replace(REMEDY_STEP, '')));
}

/** Words a direction quotes are mentioned, not told: 【多用积极用语,如"投诉",换成】 is about wording. */
const QUOTED = /["\u201c\u201d\u300c\u300d\u300e\u300f][^"\u201c\u201d\u300c\u300d\u300e\u300f\n]{0,16}["\u201c\u201d\u300c\u300d\u300e\u300f]/g;
/**
 * Redress a direction names is the agent's step (【弥补过错】, 【道歉与赔偿】 heading a training page's
 * model lines), not the customer's demand for it (【客户要求赔偿】), which is a complaint told.
 */
const REMEDY_STEP = /(?<!要求|要|索要|讨|申请)(?:赔偿|补偿|弥补)/g;

/**
 * An answer that is itself a taboo, vague or negative phrase no rewording of ours can mend (少废话,
 * 不知道, 这不是我们的问题) is that rule's finding: the writer rewrites the answer, and an apology in
 * front would not save it. An explanation, denial or defence with such a phrase inside it is not. A phrase that has a rewording (喂!讲话! → 您好,请讲!) is no such answer:
 * the rewording apologises for nothing, and the line lacks the apology as much after it as before.
 */
function answersWithWording(ctx: RuleContext, start: number, end: number, excused: boolean): boolean {
  const unmendable = (hits: readonly PhraseHit[]) => hits.filter((h) => !h.entry.replacements?.length);
  const spans: Span[] = [
    ...tabooSpans(ctx).filter((s) => s.rewording === undefined),
    ...unmendable(vagueReported(ctx)),
    ...unmendable(ctx.hitsOf('negative-wording')),
  ].filter((s) => s.start < end && s.end > start);
  if (spans.length === 0) return false;
  if (!excused) return true;
  // An answer that explains, denies or defends (…肯定不会说这样的话,估计存在一些误会) is more than the phrase
  // inside it, unless the phrase is most of it: the missing apology is still this rule's.
  let covered = 0;
  for (const s of spans) covered += Math.min(end, s.end) - Math.max(start, s.start);
  return covered * 2 >= ctx.doc.text.slice(start, end).replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * The vague phrases vague-wording reports, not every one its list finds: 不清楚 inside a longer
 * answer (可能是降雨导致电闸受损,具体原因还不清楚), 大概 that sizes an amount, or 不知道 with a promise to
 * find out are not its findings, so they do not stand in for this rule's. Asked of the rule itself,
 * on its own hits.
 */
function vagueReported(ctx: RuleContext): PhraseHit[] {
  const hits = ctx.hitsOf('vague-wording');
  if (hits.length === 0) return [];
  const reported: Span[] = [];
  const asked: RuleContext = Object.create(ctx, {
    hits: { value: hits },
    report: { value: (start: number, end: number) => void reported.push({ start, end }) },
  });
  vagueWording.check(asked);
  return hits.filter((h) => reported.some((r) => r.start === h.start && r.end === h.end));
}
