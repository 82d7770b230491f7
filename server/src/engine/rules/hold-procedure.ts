import { isFaceToFace } from '../front-matter';
import type { Rule } from '../rule';
import { customerRequestBefore, previousAgentTurn, spokenView, turnOf } from './conversation';
import { handOffTurnsSeen, holdsOf } from './holds';
import { styledAt, textFix } from './reword';

/**
 * Before a hold the agent says why (我帮您查询一下), and before putting the customer on hold
 * (a hold stage direction) also asks consent or says how long (大约需要一分钟，可以吗?). The
 * words may come in the hold's own turn or in the agent's turn before it, which the customer's
 * 好的 answered. A short 请稍等 said while the agent stays on the line needs only the reason:
 * that is the model of the 2008 inbound standard (请稍等，我正在帮您……). Those are telephone
 * standards: across a counter or at the door the customer sees why they wait (the clerk makes
 * the new key card in front of them), so a face-to-face script is not read.
 */

const S001_WAIT = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫業務電話禮儀標準 第2條 4' };
const S001_ASK = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員行為標準 第2條 13' };
const S000 = { seed: '000_e626cd326d976e13.txt', section: '四、(二)礼貌用语规范 1.让客户等待超过5秒' };

/**
 * What the customer waits for, not ready yet (凭证还没有传递过来, 正在打印回单): the wait's reason told
 * as the state of the thing.
 */
const NOT_READY = String.raw`(?:还|尚)(?:没有?|未)[^\n,。!?;]{0,10}?(?:过来|到|好|出来|完成|传|生成|打印|审核|批|下来|回来)|正在[^\n,。!?;]{0,8}?(?:打印|生成|审核|审批|传|复印|清点|点钞|制作|核算|计算|出票|准备)`;
/**
 * What the agent's own end lacks for now (我这里暂时没零钱): the wait is for fetching it. Said of the
 * customer (您暂时没有可用的优惠) it is no reason.
 */
const LACKING = String.raw`(?:我|我们)(?:这里|这边|手头|手上)?(?:暂时|一时|现在)(?:没有?|缺)[^\n,。!?;]{1,8}`;
/**
 * Whom the customer waits for is busy with someone else now (您的主诊医生现在还有病人, 师傅正在接待客人):
 * the wait is for their turn.
 */
const BUSY = String.raw`(?:现在|目前|暂时|正|还)(?:还)?(?:有|在)(?:病人|客人|顾客|客户|别的客人|其他客人)|(?:正在|还在)(?:忙|接待|通话|开会|看诊|接诊)`;
/** What the agent has in hand for the customer, named before the wait (这是××元, 收您100元): the wait is for it. */
const HANDLING = String.raw`这是[^\n,。!?;]{0,12}?(?:元|块)|收(?:你|到)[^\n,。!?;]{0,12}?(?:元|块)`;
/**
 * Why the customer waits: the agent is doing something for them (您 is 你 on the view), before or
 * after the wait (请稍等,石碑很快就办好). 000's own model, 请稍等,我正在帮您……, leaves the errand
 * unsaid: 正在帮你 is reason enough.
 */
const REASON_RE = new RegExp(
  String.raw`正在(?:帮|为|给)你|(?:帮|为|给|替)你(?:查|核|确认|处理|办|登记|联系|看|问|咨询|申请|调|提交|反馈|记录|开通|取消|修改|操作|安排|转|接通|重新)|(?:正在|马上|现在|这就|我来|我去|我再|我先|很快)就?(?:帮|为|给)?你?(?:查|核|确认|处理|办|登记|联系|看|问|申请|提交|记录|操作)|我(?:查|核实|核对|确认|看|问|联系|登记|记录|咨询)一下|需要(?:查|核|确认|处理|一点时间|一些时间|时间)|系统(?:查询|处理|正在)|(?:出现|发生|出)(?:了)?故障|(?:正在|抓紧)[^\n]{0,4}?(?:排除|修复|抢修|恢复)|查询中|我(?:给你|帮你|为你|替你)?(?:打电话)?[\u4e00-\u9fff]{1,2}一下|我们?(?:会|将|正在|马上|立即|立刻|这就|现在)[^\n]{0,20}?(?:联系|协调|处理|查|核实|核对|确认|安排|反馈|登记|申请|办理)|${NOT_READY}|${LACKING}|${HANDLING}|${BUSY}`);
/** Consent asked, or how long the wait is. */
const CONSENT_RE = /可以吗|好吗|行吗|方便吗|可以么|好不好|可不可以|是否可以|能否|[0-9一二两三四五六七八九十半几]+(?:分钟|秒钟?)/;
/** A customer's request just before the wait is its reason: 客户:我想查一下话费。 坐席:好的，请您稍等。 */
const REQUEST_RE = /查|办|问|咨询|开通|取消|修改|改|退|补|换|想|要|帮我|能不能|可以吗|怎么|多少|什么时候|(?:能|可以|可否)[^\n]{0,10}吗/;
/**
 * 客户:那我等他。 / 坐席:那请您稍等。: the customer chose to wait (for the person on another line, for
 * the answer); the wait is theirs, its reason known and agreed. Not 我等不了 / 我等了半天 (a complaint).
 */
const CUSTOMER_WAITS_RE = /我(?:就|先|可以|愿意|在线上)?等(?![不了过])|(?:我|那)?等(?:一下|一会儿?|着)(?:吧|好了)/;
const REASON = '我帮您查询一下，';

export const holdProcedure: Rule = {
  id: 'hold-procedure',
  defaultSeverity: 'info',
  title: { zh: '让客户等待前说明原因，保持前征得同意或告知时长', en: 'Say why before a wait; before a hold, ask consent or say how long' },
  sources: [S001_WAIT, S001_ASK, S000],
  examples: {
    flag: [
      '请稍等。',
      '坐席:好的,您稍等。\n客户:嗯。\n坐席:感谢您的等候,您的套餐是88元。\n',
      '客户:嗯。\n坐席:好的,請您稍等。\n坐席:感謝您的等候。\n',
      '坐席:我幫您查詢一下。【保持】\n坐席:感謝您的等候,您的套餐是88元。\n',
      '坐席:好的。\n客户:嗯。\n【保持】\n坐席:让您久等了。\n',
      // Something not ready is no reason when it is the customer's, not what the wait is for.
      '坐席:您还没有说清楚,请稍等。\n坐席:感谢您的等候。\n',
      '坐席:您暂时没有可用的优惠,请稍等。\n坐席:感谢您的等候。\n',
    ],
    pass: [
      '请稍等,我正在帮您查询。',
      // The errand said in the agent's own words: 翻一下记录, 打电话问一下.
      '坐席:你等着,我给你翻一下记录。\n',
      '坐席:您等我打电话问一下仓库。\n',
      '坐席:您好,请问能听到我说话吗?【等待3秒左右】\n坐席:对不起,暂时听不到您的声音,请您稍后再拨,再见。\n',
      '坐席:您好,请问能听到我说话吗?\n坐席:【等待3秒】\n',
      '坐席:您好,您的电话已接通,请讲!\n【等待3秒左右】\n坐席:对不起,听不到您的声音,请您稍后再拨,再见。\n',
      '---\nchannel: counter\n---\n客户:房卡好像失效了。\n坐席:请稍等。\n坐席:让您久等了。\n',
      '坐席:我帮您查询一下,大约需要一分钟,可以吗?\n客户:可以。\n【保持】\n坐席:感谢您的耐心等待。\n',
      '坐席:我幫您核實一下,請您稍等片刻,好嗎?【保持】\n坐席:讓您久等了。\n',
      '坐席:好的,我帮您看一下。\n客户:好。\n坐席:请稍等。\n坐席:感谢您的等候。\n',
      '客户:我想查一下话费。\n坐席:好的,请您稍等。\n坐席:感谢您的等候,您的话费余额是五十元。\n',
      // The reason told as what is not ready yet, or as what the agent has in hand.
      '坐席:不好意思,回单还没有打印出来,请您稍等。\n坐席:感谢您的等候。\n',
      '坐席:收您两百元,请您稍等。\n坐席:感谢您的等候,找您五十元。\n',
      // The reason told as what the agent's own end lacks for now.
      '坐席:不好意思,我这边暂时没有发票纸了,请您稍等。\n坐席:感谢您的等候。\n',
    ],
  },
  // The agent's turn before a hold, where the reason or the consent may have been said, and the customer's request.
  turnsSeenBefore: (doc) => handOffTurnsSeen.before(doc),
  // Whether the wait hands the call on.
  turnsSeenElsewhere: (doc) => handOffTurnsSeen.elsewhere(doc),
  check(ctx) {
    const { doc, view } = ctx;
    if (isFaceToFace(doc.frontMatter.channel)) return;
    for (const hold of holdsOf(doc, view)) {
      // A direction on the customer's line is held by the agent turn before it, which is all the segment can see back.
      const own = turnOf(doc, hold.start) === hold.turn;
      // Read lazily, the hold's own words first: a long script has a hold in every few turns.
      const turnSaid = spokenView(doc, view, hold.turn).text;
      let beforeSaid: string | undefined;
      const saidBefore = () => {
        if (beforeSaid === undefined) {
          const before = own ? previousAgentTurn(doc, hold.turn) : undefined;
          beforeSaid = before === undefined ? '' : spokenView(doc, view, before).text;
        }
        return beforeSaid;
      };
      const request = own ? customerRequestBefore(doc, hold.turn) ?? '' : '';
      const offered = CUSTOMER_WAITS_RE.test(request);
      const reason = offered || REASON_RE.test(turnSaid) || REQUEST_RE.test(request) || REASON_RE.test(saidBefore());
      const consent = offered || !hold.onHold || CONSENT_RE.test(turnSaid) || CONSENT_RE.test(saidBefore());
      if (reason && consent) continue;
      const what = doc.text.slice(hold.start, hold.end);
      const message = !reason && !consent
        ? { zh: `“${what}”前没有说明原因，也没有征得客户同意或告知等待时长`, en: `"${what}": no reason given, and neither consent asked nor the wait's length said` }
        : !reason
          ? { zh: `“${what}”前没有告诉客户为什么要等`, en: `"${what}": the customer is not told why they wait` }
          : { zh: `保持前没有征得客户同意，也没有告知等待时长(如“大约需要一分钟，可以吗?”)`, en: 'Put on hold without asking consent or saying how long (e.g. 大约需要一分钟，可以吗?)' };
      // Only the words can take the reason in front of them; which errand it is, only the writer knows.
      const fixes = !reason && hold.start < hold.end && doc.text[hold.start] !== '\u3010'
        ? [textFix(hold.start, hold.start, (text) => ({ zh: `在前面加上“${text}”`, en: `Insert "${text}" before it` }), styledAt(doc, hold.start, REASON), false)]
        : [];
      ctx.report(hold.start, hold.end, message, fixes);
    }
  },
};
