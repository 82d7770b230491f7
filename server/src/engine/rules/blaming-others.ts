import type { RuleContext } from '../rule';
import { findConstructions, type Construction, type ConstructionMatch } from './construction';

/**
 * Blaming others to the customer (推卸责任): other customers (很多住户都拖欠水费, 别的客户都没问题),
 * another company or department (这是自来水公司的), or a third party's excuse passed on as the answer
 * (骑手的解释是…并不是…). The customer hears whose fault it is instead of what will be done. The
 * same said with what the agent will do (…,我帮您联系自来水公司) owns the matter, and passes.
 * Reported by negative-wording; blaming the customer is taboo-phrase's.
 */

const S004 = { seed: '004_2855f23ed23c31c5.txt', section: '一、人員素質 7 三不 (不說推卸責任的話)' };
const S001 = { seed: '001_9a1dc18ec5519dd1.txt', section: '呼叫中心座席員語言規範標準 第4條 (忌推諉、搪塞客戶)' };

/** What the agent will do, or an apology: the matter is owned (您 is 你 on the view). */
const OWNS = /我(?:可以|帮|来|为|会|马上|们会|们可以|们将|们已经)|帮你|为你|建议你|你可以|抱歉|对不起|不好意思/;

/** The other customers, in a number: 大部分业主, 别的客户, 有的用户. */
const OTHERS = '(?:大部分|大多数|绝大多数|很多|好多|不少|其他|其它|别的|有的|有些|多数|部分)(?:的)?(?:业主|客户|用户|住户|居民|乘客|旅客|家长|顾客|学员|车主)(?:们)?';
/** Another company or desk, named by its kind (供电局, 自来水公司, 开发商); not 我们公司 nor 本公司. */
const ANOTHER = '(?![我本咱])[\\u4e00-\\u9fff]{0,4}(?:局|公司|厂家|厂商|开发商|物业|商家|供应商|运营商|电信|移动|联通|供电所|自来水|水务|燃气|部门)';
/** Someone whose account the agent passes on: the driver, the courier, the staff. */
const THIRD = '(?:司机|师傅|快递员|骑手|配送员|员工|工作人员|店员|对方|商家|厂家|医生|护士|保安|导游|教练)';

export const BLAMING_OTHERS: readonly Construction[] = [
  {
    // 很多住户都拖欠水费, 别的客户都没问题, 其他用户用得好好的: others set against the customer,
    // as the cause or as proof the fault is theirs. 很多客户都选择了这个套餐 recommends, and is not matched.
    name: '别的住户都拖欠 / 别的客户都没问题',
    pattern: new RegExp(
      `${OTHERS}(?:都|也)?(?:不交|不缴|没交|没缴|拖欠|欠费|欠着|不配合|不按规定|乱(?:扔|停|放|丢)|没(?:有)?(?:问题|事|反映)|用得(?:好好的|挺好)|都能用|能正常使用)`,
      'g',
    ),
    politeBefore: /如果|若|假如|要是|是否|是不是/,
    notIn: OWNS,
    cite: S004,
  },
  {
    // 这是自来水公司的, 那是开发商的事, 这归燃气公司管: the matter handed to another company, and no more.
    name: '这是自来水公司的',
    pattern: new RegExp(`(?:这|那)(?:个|些)?(?:问题|事|事情|故障)?(?:是|属于|归)${ANOTHER}(?:的)?(?:事|事情|问题|责任|线路|设备|管)?(?:啊|呀|吧)?`, 'g'),
    opens: 'clause',
    ends: 'clause',
    notIn: OWNS,
    cite: S004,
  },
  {
    // 骑手的解释是…并不是故意的: the other side's excuse relayed as the company's answer, down to
    // its denial. 骑手说路上堵车 quotes him without making his defence the answer.
    name: '对方的解释是…并不是…',
    pattern: new RegExp(`${THIRD}(?:的)?(?:解释|说法)(?:是|为)[^\\n]{0,60}?(?:并不是|并非|并没有要|并不想|不是故意)`, 'g'),
    notIn: OWNS,
    cite: S001,
  },
];

export function blamingOthers(ctx: RuleContext): ConstructionMatch[] {
  return findConstructions(ctx.doc, ctx.view, BLAMING_OTHERS);
}
