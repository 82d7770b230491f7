import { strict as assert } from 'node:assert';
import { findingsOf, flagged } from '../helpers';

const RULE = 'negative-wording';
const said = (text: string) => flagged(`坐席:${text}\n`, RULE);

describe('negative-wording: self-justification, pleading circumstances, the rule inside courtesy (rules/self-justification.ts)', () => {
  it('flags a check said as the answer that clears our side, not one that owns the complaint or answers a query', () => {
    assert.deepEqual(said('经我们调查核实,该线路信号一切正常。'), ['经我们调查核实,该线路信号一切正常']);
    assert.deepEqual(said('經核對,師傅當天是為了確認地址才打的電話。'), ['經核對,師傅當天是為了']);
    assert.deepEqual(said('经翻查记录,当日并无相关收费。'), ['经翻查记录,当日并无']);
    // The complaint found true, the fault named as ours, an apology, what will be done.
    assert.deepEqual(said('经调查,您反映的情况属实,我们已对该师傅进行批评教育。'), []);
    assert.deepEqual(said('经核查,是我们的工作人员没有及时录入,给您添麻烦了。'), []);
    assert.deepEqual(said('经核实,信号正常,我们会再派人上门复查。'), []);
    assert.deepEqual(said('经查询,您的账户状态可以正常使用。'), []);
  });

  it("flags the customer's account declared untrue or a misunderstanding, and evidence doubted by supposition", () => {
    assert.deepEqual(said('您说的情况并不属实。'), ['说的情况并不属实']);
    assert.deepEqual(said('这样就造成部分乘客误解为收费。'), ['造成部分乘客误解为']);
    assert.deepEqual(said('我们推测您发的视频不是在本店拍的。'), ['推测您发的视频不是']);
    assert.deepEqual(said('不能排除有其他原因。'), ['不能排除有其他原因']);
    // A condition, an apology with it, a colleague's manners spoken for.
    assert.deepEqual(said('如果情况不属实,我们也会给您回复。'), []);
    assert.deepEqual(said('很抱歉,这里面可能有点误会,我马上为您核实。'), []);
    assert.deepEqual(said('相信同事并不是有意无礼。'), []);
  });

  it("flags the customer's charge denied by name and the organisation vindicated, not a promise or a condition", () => {
    assert.deepEqual(said('这种情况不属于乱收费。'), ['不属于乱收费']);
    assert.deepEqual(said('司机这样做不算拒载。'), ['不算拒载']);
    assert.deepEqual(said('我们问心无愧。'), ['问心无愧']);
    assert.deepEqual(said('院方已尽到告知义务。'), ['已尽到告知义务']);
    assert.deepEqual(said('如果不是质量问题,也可以为您维修。'), []);
    assert.deepEqual(said('我们会尽到提醒义务。'), []);
  });

  it('flags the lapse put on circumstances or on what the customer did not notice, and the customer told beforehand', () => {
    assert.deepEqual(said('由于近期来电量激增,导致热线无法及时接通。'), ['由于近期来电量激增,导致热线无法']);
    assert.deepEqual(said('当时人太多,所以没注意到您也是难免的。'), ['所以没注意到您也是难免的']);
    assert.deepEqual(said('是前面的车挡住了,造成您没有看到站牌。'), ['造成您没有看到']);
    assert.deepEqual(said('我们在办理前都已经告知过您了。'), ['办理前都已经告知过']);
    assert.deepEqual(said('若真有怠慢,也是工作认真的表现。'), ['若真有怠慢,也是工作认真的表现']);
    // The regret said with it, 002's model asking pardon, a promise.
    assert.deepEqual(said('由于近期来电量激增,导致热线无法及时接通,给您带来不便非常抱歉。'), []);
    assert.deepEqual(said('由于条件所限,目前无法开展,请您原谅。'), []);
    assert.deepEqual(said('办理前我们会提示您风险。'), []);
    assert.deepEqual(said('下单前都会短信通知您。'), []);
    assert.deepEqual(said('由于系统升级,导致暂时无法办理,请您明天上午再来。'), []);
    assert.deepEqual(said('我们经常检查,设备运行正常。'), []);
  });

  it('flags our part narrowed to a role, staff disowned, our limits pleaded, the account called unfair', () => {
    assert.deepEqual(said('我们只是给商家提供一个平台。'), ['我们只是给商家提供一个平台']);
    assert.deepEqual(said('那是司机的个人行为。'), ['是司机的个人行为']);
    assert.deepEqual(said('师傅不可能随时待命。'), ['师傅不可能随时']);
    assert.deepEqual(said('您这种说法对我们很不公平。'), ['您这种说法对我们很不公平']);
    assert.deepEqual(said('本公司一直有严格的验货流程。'), ['本公司一直有严格的验货流程']);
    // Help goes on, the staff member dealt with, no limit named.
    assert.deepEqual(said('我们只是平台,我帮您联系商家。'), []);
    assert.deepEqual(said('我们只是想确认一下您的地址。'), []);
    assert.deepEqual(said('这是员工的个人行为,我们已严肃处理。'), []);
    assert.deepEqual(said('我们不可能让您白跑一趟。'), []);
  });

  it('flags a hedged no, a rule named as the no, the customer told their action is useless, not knowing and sending on', () => {
    assert.deepEqual(said('估计不赔。'), ['估计不赔']);
    assert.deepEqual(said('您这个申请不符合规定。'), ['不符合规定']);
    assert.deepEqual(said('您现在催快递也没用。'), ['催快递也没用']);
    assert.deepEqual(said('这个我不清楚,请问别人。'), ['不清楚,请问别人']);
    assert.deepEqual(said('不符合退款条件,我可以帮您申请换货。'), []);
    assert.deepEqual(said('如果不符合条件,系统会提示您。'), []);
    assert.deepEqual(said('这个我不清楚,我问问同事。'), []);
  });

  it('flags the no disowned while it stands, unless the way follows', () => {
    assert.deepEqual(said('不是不给你退,你自己没带票。'), ['不是不给你']);
    assert.deepEqual(said('不是不给您退,是需要先寄回,我帮您申请。'), []);
    assert.deepEqual(said('不是不让您进,是需要先登记,请您出示一下证件。'), []);
  });

  it('reports them as defending our side, with no text fix', () => {
    const [f] = findingsOf('坐席:这样就造成部分乘客误解为收费。\n', RULE);
    assert.ok(f.message.zh.startsWith('为自己辩解'));
    assert.deepEqual(f.fixes ?? [], []);
  });

  it('flags the rule pleaded inside courtesy, and what the rule fixes as the end of the talk', () => {
    assert.deepEqual(said('不好意思,这是我们的内部规定,请您谅解。'), ['这是我们的内部规定']);
    assert.deepEqual(said('對不起,這是公司的管理規定,請您理解。'), ['這是公司的管理規定']);
    assert.deepEqual(said('合同里的违约金就是这么多。'), ['合同里的违约金就是这么多']);
    // The rule as the reason for what is asked next, or with the way.
    assert.deepEqual(said('这是规定,请您配合一下。'), []);
    assert.deepEqual(said('这是公司的管理规定,我可以帮您申请特殊处理。'), []);
  });

  it('flags helplessness pleaded and a duty disowned, not the customer cleared', () => {
    assert.deepEqual(said('这种情况我们也是无能为力。'), ['我们也是无能为力']);
    assert.deepEqual(said('我们很同情,但没有这个义务。'), ['没有这个义务']);
    assert.deepEqual(said('本店不承担任何责任。'), ['本店不承担任何责任']);
    assert.deepEqual(said('这件事您没有责任。'), []);
    assert.deepEqual(said('我们没有这个义务,不过我可以帮您问问厂家。'), []);
  });

  it('flags the customer sent elsewhere: where to find out as the whole answer, another business, another desk alone', () => {
    assert.deepEqual(said('想知道的话可以打自来水公司的电话。'), ['想知道的话可以打']);
    assert.deepEqual(said('对面的超市也能买。'), ['对面的超市也能']);
    assert.deepEqual(said('这个只能找厂家处理。'), ['只能找厂家处理']);
    // After an answer, more offered; help given there; a transfer.
    assert.deepEqual(said('停水是因为管道抢修,预计下午三点恢复。想了解更多可以拨打我们的热线。'), []);
    assert.deepEqual(said('附近的网点也可以办理,我帮您查一下地址。'), []);
    assert.deepEqual(said('这个只能由厂家处理,我帮您转接。'), []);
  });

  it("passes 但 that warns of a consequence with the advice that spares it, and 但是 that completes a confirmation", () => {
    assert.deepEqual(said('我明白您的难处,但超过期限会产生滞纳金,建议您尽早缴清。'), []);
    assert.deepEqual(said('对的没错,但是是下个月生效。'), []);
    // A condition put on what was granted, understanding taken back.
    assert.deepEqual(said('是的,但是需要本人到场。'), ['但是']);
    assert.deepEqual(said('我明白您的难处,但规定不能改。'), ['但']);
  });
});
