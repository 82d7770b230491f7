import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Threats and dares: the customer told to go ahead and complain (有本事告去, 随便你投诉), or told what
 * will be done to them (…否则移交法务部, 将通知所有联系人). The seeds list 无论你到哪投诉都是一样的
 * among the tones never to use; these are its kind, said with other words. Reported by taboo-phrase.
 * A consequence the customer is told about as information (逾期会产生滞纳金, 会影响您的征信) is no
 * threat, and is not matched.
 */

const S002_TONE = { seed: '002_5ab7d194a3b83629.txt', section: '3.3 客户端服务语言规范 2.服务禁用语气举例 (愤怒语气; 无论你到哪投诉都是一样的)' };

/** Going to law or to the authorities, or shaming the customer in front of others. */
const COMPLAINT = '(?:告|投诉|起诉|举报|报警|曝光|打官司|找媒体|找记者)';

/** The dare itself: you have not the nerve (有本事, 有能耐, 有种). 他很有本事 praises, and ends its clause. */
const DARE = '(?:有本事|有能耐|有种)';

export const THREATS: readonly Construction[] = [
  {
    // 有本事告去, 有本事你去投诉, 随便你告, 爱投诉就投诉, 你去告吧: the complaint dared, not heard.
    // 如您不满意,可以拨打…投诉 tells the way, and has none of these words.
    name: '有本事告去 / 随便你投诉',
    pattern: new RegExp(
      `${DARE}(?:你)?(?:就)?(?:去)?${COMPLAINT}(?:我|老子)?(?:去|吧|啊)?|(?:爱|愿意|想|要)(?:去)?(${COMPLAINT})就(?:去)?\\1|(?:随便|随你)(?:你)?(?:去)?(?:怎么)?${COMPLAINT}|爱${COMPLAINT}(?:就|不)${COMPLAINT}|(?:你)?(?:去)?${COMPLAINT}去(?:吧|啊)?|你去${COMPLAINT}(?:吧|啊)`,
      'g',
    ),
    // 我帮您投诉去 is the agent acting for the customer.
    clauseBefore: /我|帮你|为你|替你/,
    cite: S002_TONE,
  },
  {
    // …否则移交法务部, 不然就上门, 将通知所有联系人, 后果自负: what will be done to the customer, as a lever.
    name: '否则移交法务 / 通知所有联系人',
    pattern:
      /(?:否则|不然|要不然|要不)(?:我们)?(?:将|就|会|马上|立即)?(?:移交|转交|交给|提交)(?:给)?(?:法务|律师|法院|公安|警方)|(?:否则|不然|要不然|要不)(?:我们)?(?:将|就|会|马上|立即)?(?:起诉|上门|报警|曝光)|(?:通知|告诉|联系)(?:你的)?(?:所有|全部)(?:联系人|亲友|亲戚|通讯录)|掌握(?:了)?你的(?:通讯录|联系人)|后果自负/g,
    cite: S002_TONE,
  },
  {
    // 赶快投诉, 赶紧去告: the complaint urged in a huff, as a dare. 如需投诉,请拨打… tells the way.
    name: '赶快投诉',
    pattern: /(?:那)?(?:你)?(?:赶快|赶紧|快)(?:去)?(?:投诉|告)(?:去)?(?:吧|啊|呀)?/g,
    opens: 'clause',
    ends: 'clause',
    cite: S002_TONE,
  },
  {
    // 有种把窗户砸烂, 有本事你动我一下: a dare to act. 有种说法, 有种来自日本的产品, 还有种把两张卡
    // 合并的办法 name a kind (有种 + noun, or no 你 and no act of harm).
    name: '有种你… / 你敢…试试',
    // 你敢投诉试试: the same dare. 您再重启一下试试 helps (no 敢).
    pattern: new RegExp(`${DARE}(?:你|你们)(?:就)?(?:把|来|动|打|砸|试试|过来|冲我)|${DARE}(?:就)?(?:试试|冲我)|${DARE}把[\\u4e00-\\u9fff]{1,6}?(?:砸|打|撕|烧|扔|摔)|你(?:们)?敢[\\u4e00-\\u9fff]{1,6}?试试(?:看)?`, 'g'),
    cite: S002_TONE,
  },
  {
    // 弄死你, 收拾你, 揍你, 我就拘留你, 就罚你, 我要曝光你, 我知道你住哪: harm or punishment promised
    // to the customer. 我打您电话 calls, 我帮您… helps, 我告诉您 tells: none is on the list.
    name: '弄死你 / 收拾你',
    pattern:
      /(?:弄|打|整|搞|掐|捅|砍)死你|(?:收拾|揍|修理|废了|做掉|灭了)你(?:们)?(?!的)|(?:我|老子|就)(?:就|要|马上|立马|现在|非得)?(?:拘留|抓|罚|轰|告(?!诉)|起诉|曝光|举报)你(?!的|款|滞|违|钱|\d)|我知道你(?:家)?住(?:在)?哪(?:儿|里)?(?!个|栋|一|边|条|间|号|些)/g,
    cite: S002_TONE,
  },
  {
    // 我会让你终身难忘, 让你好看, 让你吃不了兜着走: what the agent will do to the customer. 这趟
    // 旅程会让您终身难忘 praises a trip (the agent must be the one who does it, 我 before 让).
    name: '我会让你好看 / 终身难忘',
    pattern:
      /(?:我|老子)(?:会|要|就|一定|非|保证)?让你(?:们)?(?:好看|(?:终身|一辈子)(?:难忘|后悔)|后悔|吃不了兜着走|知道(?:我的)?厉害|付出代价|不好过|没好(?:果子吃|日子过))|让你(?:们)?(?:吃不了兜着走|知道(?:我的)?厉害|没好果子吃|(?:在[\u4e00-\u9fff]{1,4})?混不下去)/g,
    cite: S002_TONE,
  },
  {
    // 让我针对你, 我会针对你: the agent's grudge. 我会针对您反映的问题… goes on; the match ends its clause.
    name: '让我针对你',
    pattern: /(?:让我|我就|我会|我要)针对你(?:了)?/g,
    ends: 'clause',
    cite: S002_TONE,
  },
  {
    // 小心我话筒砸下来, 你信不信我…, 你给我等着, 走着瞧: a warning of what is to come. 小心地滑,
    // 请您小心, 您小心我扶您 warn of a danger the agent does not bring.
    name: '小心我… / 你给我等着',
    pattern: /(?:小心|信不信)(?:我|老子)(?!们|扶|帮|来|给你拿)[\u4e00-\u9fff]{1,8}|你给我等着|(?:咱们|你)?走着瞧|等着瞧/g,
    oneClause: true,
    politeBefore: /请/,
    cite: S002_TONE,
  },
  {
    // 不消费就取消行程, 不购物就下车: the service held hostage to a purchase. 不消费也不会取消您的
    // 会员资格 reassures (不 before the 会).
    name: '不消费就取消 / 不购物就下车',
    pattern: /不(?:消费|购物|买东西|花钱)[\u4e00-\u9fff\d]{0,16}?(?<!不)(?:就|将|会)(?:取消|不再负责|不管|扔下|丢下|下车|别上车|不发车)/g,
    cite: S002_TONE,
  },
  {
    // 你再这样调皮,我就要请家长; 你拍我照片,我就打110了; 你再嚷我就叫保安: a consequence promised
    // for what the customer does. 您再等一下,我就帮您办好 promises help (帮 is not listed).
    name: '你再……我就(叫保安/报警)',
    pattern:
      /你(?:们)?(?:再|敢|要是再|如果再|再要)[\u4e00-\u9fff]{1,8}?(?:我|我们)(?:就|马上|立刻)(?:要)?(?:叫|请|报警|打110|找|告|罚|拉黑|封|赶|轰)|你(?:们)?[\u4e00-\u9fff]{1,8}?(?:我|我们)(?:就|马上|立刻)(?:要)?(?:报警|打110|叫保安|喊保安|叫警察)/g,
    cite: S002_TONE,
  },
  {
    // 到站我把你擒在地上打, 把你轰出去: harm promised to the customer's body. 我把您送到门口 helps,
    // and 把您的资料打印出来 is about papers (the verbs are listed, with where the customer goes).
    name: '把你擒在地上打 / 把你轰出去',
    pattern: /把你(?:们)?(?:擒|按|摁|摔)在地上|把你(?:们)?(?:打|揍)(?:死|残|趴下|一顿|出去)|把你(?:们)?(?:轰|赶|撵|扔|拖|踢)(?:出去|下去|下车|走)/g,
    cite: S002_TONE,
  },
  {
    // 再吵就别办了, 你再这样我挂了, 我挂电话了啊: the service or the call withdrawn to end a complaint
    // (a bare 我挂了 may close a call the script has ended; said with 啊 or 电话 it hangs up on the customer).
    // 那我先挂了,稍后给您回电 says when it goes on; a goodbye or thanks closes the call politely.
    name: '再吵就别办了 / 我挂了',
    pattern: /再(?:吵|闹|嚷|喊|叫|这样|说)(?:我)?(?:就)?(?:别|不|不给你)(?:办|看|卖|管|修)(?:了)?|再[\u4e00-\u9fff]{1,6}?(?:我)?(?:就)?挂(?:了|电话|断)|我(?:要|就|先)?挂(?:电话了(?:啊|哈|呀)?|了(?:啊|哈|呀))/g,
    notIn: /回电|回复|稍后|再见|感谢|谢谢|请|抱歉|不好意思/,
    cite: S002_TONE,
  },
  {
    // 我会记住你的, 我记住你了: a grudge promised. 我记住您的电话了 notes a number (the match ends its
    // clause); 我记住您了,下次直接找我 welcomes a regular.
    name: '我会记住你的',
    pattern: /我(?:会|都)?记住你(?:的|了)/g,
    ends: 'clause',
    notIn: /谢谢|感谢|欢迎|下次/,
    cite: S002_TONE,
  },
  {
    // 我今天就是不给你办, 我偏不办: the service withheld to punish. 今天不能为您办理,因为… explains.
    name: '就是不给你办',
    // 就不让你进: the same, with 让 and no 我.
    pattern: /我(?:今天)?(?:就是|偏|偏偏)不(?:给你|帮你|跟你)?(?:办|弄|看|处理|管|卖)(?:了)?|(?:就是|偏|偏偏|就)不(?:让|给)你(?:们)?(?:进|办|弄|看|用|走|上|买)(?:了)?/g,
    ends: 'clause',
    cite: S002_TONE,
  },
];

export function threats(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, THREATS);
}
