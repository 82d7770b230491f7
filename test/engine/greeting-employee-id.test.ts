import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'greeting-employee-id';
const FULL_COMMA = '\uFF0C';
const FULL_OPEN = '\uFF08';
const FULL_CLOSE = '\uFF09';

function fixOnce(text: string): string {
  return applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;
}

/** The texts the fixes of a one-finding text insert, preferred ones marked with *. */
function choices(text: string): string[] {
  const [f] = findingsOf(text, RULE);
  return f.fixes.map((x) => (x.preferred ? '*' : '') + x.edits[0].newText);
}

describe('greeting-employee-id', () => {
  describe('self-introductions', () => {
    it('flags 我是…客服代表 with no employee ID, from 我是 to the role word', () => {
      assert.deepEqual(flagged('坐席:您好!我是XX移动10086客服代表,今天联系您是……\n', RULE), ['我是XX移动10086客服代表']);
    });

    it('reads traditional text (seed 001 is traditional)', () => {
      assert.deepEqual(flagged('坐席:新春快樂!我是XX移動10086客服代表,今天聯繫您是……\n', RULE), ['我是XX移動10086客服代表']);
    });

    it('knows the other role words and prefers the longest', () => {
      assert.deepEqual(flagged('坐席:我是客服专员小李。\n', RULE), ['我是客服专员']);
      assert.deepEqual(flagged('坐席:我是10086话务员。\n', RULE), ['我是10086话务员']);
      assert.deepEqual(flagged('坐席:我是座席员小王。\n', RULE), ['我是座席员']);
      assert.deepEqual(flagged('坐席:我是在线客服,很高兴为您服务。\n', RULE), ['我是在线客服']);
    });

    // Fuzz seed 178: the view drops a masked number's stars, so hardcoded-pii's mask brought 热线
    // within reach of 我是 and the line became an introduction it was not before.
    it('measures how far a role or desk follows 我是 in the text as typed: a masked number is as long as the number', () => {
      const said = '坐席:我是11010519491231002X我们的服务热线是400-123-4567。\n';
      assert.deepEqual(flagged(said, RULE), []);
      assert.deepEqual(flagged(said.replace('11010519491231', '*'.repeat(14)), RULE), []);
    });

    it('reads a place as a desk that introduces the agent, not as a role: 客服中心, 客服热线', () => {
      assert.deepEqual(flagged('坐席:谢谢。我是客服中心的小王。\n', RULE), ['我是客服中心']);
      assert.deepEqual(flagged('坐席:谢谢。我是XX客服热线的小王。\n', RULE), ['我是XX客服热线']);
    });

    it('knows more roles: 专员, 顾问, 经理, 工程师, 客户经理, 回访专员', () => {
      assert.deepEqual(flagged('坐席:张先生,我是XX保险的回访专员,占用您两分钟时间。\n', RULE), ['我是XX保险的回访专员']);
      assert.deepEqual(flagged('坐席:我是您的客户经理。\n', RULE), ['我是您的客户经理']);
      assert.deepEqual(flagged('坐席:您好,我是中國電信客服工程師,現在上門。\n', RULE), ['我是中國電信客服工程師']);
      assert.deepEqual(flagged('坐席:我是理财顾问小周。\n', RULE), ['我是理财顾问']);
    });

    it('reads 这里是 and 我叫 as introductions when a company or a role follows', () => {
      assert.deepEqual(flagged('坐席:您好,这里是XX银行信用卡中心。\n', RULE), ['这里是XX银行']);
      assert.deepEqual(flagged('坐席:我叫小王,是XX公司的客服专员。\n', RULE), ['我叫小王,是XX公司的客服专员']);
      assert.deepEqual(flagged('---\ncompany: 安心财险\n---\n坐席:您好,我是安心财险的小李。\n', RULE), ['我是安心财险']);
      assert.deepEqual(flagged('坐席:我叫什么不重要。\n客户:好。\n坐席:这里是您的账单明细。\n', RULE), []);
      assert.deepEqual(flagged('坐席:好的。\n客户:嗯。\n坐席:我叫我们的客户经理联系您。\n坐席:我是帮您转接客户经理。\n', RULE), []);
    });

    it('does not take 我是说, 我是想, 我是否 for an introduction', () => {
      assert.deepEqual(flagged('坐席:我是说,客服代表稍后会联系您。\n', RULE), []);
      assert.deepEqual(flagged('坐席:我是想请客服代表帮您查一下。\n', RULE), []);
      assert.deepEqual(flagged('坐席:我是否需要转给客服代表?\n', RULE), []);
    });

    it('does not join 我是 and a role word across a sentence end', () => {
      assert.deepEqual(flagged('坐席:谢谢,我是小王。客服代表稍后联系您。\n', RULE), []);
    });

    it('never flags customer lines', () => {
      assert.deepEqual(flagged('坐席:您好!我是客服代表{工号}。\n客户:我是客服代表,你呢?\n', RULE), []);
    });
  });

  describe('employee IDs', () => {
    const ids = [
      '{工号}',
      'XXX(工号)',
      `XXX${FULL_OPEN}工号${FULL_CLOSE}`,
      'XXX(工號)',
      ',工号1234',
      ',工号是 A123',
      ',工号:A123',
      ',工号XXX',
      ',工号10203',
      ',306号为您服务',
    ];
    for (const id of ids) {
      it(`accepts ${id}`, () => {
        assert.deepEqual(flagged(`坐席:您好!我是XX移动10086客服代表${id},请问有什么可以帮您?\n`, RULE), []);
      });
    }

    it('accepts an ID said as a number or a blank: N号, ***號, ____号, ○○○号, 我的工号是****', () => {
      for (const line of [
        '您好,这里是榆林市残疾人服务热线,1号话务员为您服务,请问有什么可以帮助您的?',
        '您好,**客服中心,***號為您服務,請問您需要什么幫助?',
        '您好,XX客服中心,我是____号,请问有什么可以帮您?',
        '您好,XX客服中心,○○○号为您服务。',
        '您好,XX客服中心,XXX号为您服务。',
        '**先生/女士,您好!我是生命人寿保险公司客户服务人员。我的工号是****',
        '您好!我是XX保险公司客服专员,工号:____,请问现在方便吗?',
        // The tax hotlines' 某某号咨询员 and a hotline's 受理员: a number's blank, and roles of their own.
        '您好。这里是某某税务局12366纳税服务热线某某号咨询员为您服务。',
        '您好,XX热线,12号受理员为您服务。',
      ]) {
        assert.deepEqual(flagged(`坐席:${line}\n`, RULE), [], line);
      }
    });

    it('asks the ID of an opening that names the desk before the greeting (秘书室,您好)', () => {
      assert.deepEqual(flagged('坐席:秘書室,您好,我是○○○\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:○○處/室/系/所,您好!\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:客服中心,您好,工号{工号},请问有什么可以帮您?\n', RULE), []);
    });

    // Fuzz seed 920: the view drops a masked ID's stars, so hardcoded-pii's mask left 002X问一下济南公司,
    // short enough for a desk's name, and the greeting after it became an opening lacking its ID.
    it('counts a mask\'s stars as the characters they hide when reading a desk\'s name before the greeting', () => {
      const said = '坐席:11010519491231002X问一下济南公司。新春快乐!\n';
      assert.deepEqual(flagged(said, RULE), []);
      assert.deepEqual(flagged(said.replace('11010519491231', '*'.repeat(14)), RULE), []);
      assert.deepEqual(flagged('坐席:**中心,您好!\n', RULE), ['您好']);
    });

    it('does not take a blank or number that is not the agent\'s for an ID', () => {
      // a star key, a date, a blank not followed by what the agent does
      assert.deepEqual(flagged('坐席:您好,我是XX银行客服代表,请按*号键返回。\n', RULE), ['我是XX银行客服代表']);
      assert.deepEqual(flagged('坐席:您好,我是XX银行客服代表,您3号的账单已出。\n', RULE), ['我是XX银行客服代表']);
      assert.deepEqual(flagged('坐席:您好,我是XX银行客服代表,您的订单***号已发货。\n', RULE), ['我是XX银行客服代表']);
      assert.deepEqual(flagged('坐席:您好,我是XX银行客服代表,某某号楼的咨询员会联系您。\n', RULE), ['我是XX银行客服代表']);
      assert.deepEqual(flagged('坐席:您好,我是XX银行客服代表,请记下工号。****是您的密码。\n', RULE), ['我是XX银行客服代表']);
    });

    it('accepts the ID in another sentence of the same turn, continuation lines included', () => {
      assert.deepEqual(flagged('坐席:我是客服代表。工号是1024。\n', RULE), []);
      assert.deepEqual(flagged('坐席:您好!我是客服代表,\n工号1024,请问有什么可以帮您?\n', RULE), []);
    });

    it('accepts {工號}: unknown-placeholder asks for {工号}, this rule sees an ID', () => {
      assert.deepEqual(flagged('坐席:我是客服代表{工號}。\n', RULE), []);
    });

    it('does not count an ID in a stage direction, which is not spoken', () => {
      assert.deepEqual(flagged('坐席:您好!我是客服代表【报工号1024】,请问有什么可以帮您?\n', RULE), ['我是客服代表']);
    });

    it('does not count 工号 across a sentence end', () => {
      assert.deepEqual(flagged('坐席:我是客服代表,请记下工号。1024号窗口办理。\n', RULE), ['我是客服代表']);
    });
  });

  describe('channel', () => {
    const body = '坐席:您好,我是XX客服,今天联系您是……\n';

    it('asks a phone script for the ID, with or without `channel: phone`', () => {
      assert.deepEqual(flagged(body, RULE), ['我是XX客服']);
      assert.deepEqual(flagged(`---\nchannel: phone\n---\n${body}`, RULE), ['我是XX客服']);
    });

    for (const channel of ['onsite', 'counter', 'bot']) {
      it(`does not ask a script with \`channel: ${channel}\``, () => {
        assert.deepEqual(flagged(`---\nchannel: ${channel}\n---\n${body}`, RULE), []);
      });
    }
  });

  describe('the seeds\' own greetings pass', () => {
    const seeds = [
      // 000 §四(一) 日常、周末、节日首问语
      '您好!我是XX移动10086客服代表XXX(工号),今天联系您是………',
      '周末好!我是XX移动10086客服代表XXX(工号), 今天联系您是………',
      '国庆(新年、春节、圣诞等节日)快乐,我是XX移动10086客服代表XXX(工号),今天联系您是………',
      // 000 §四(三) 回拨, §四(四) 无声音
      '您好,我是XX移动10086客服代表XXX(工号),请问您之前是否咨询(反映)过………',
      '您好!我是XX移动10086客服代表XXX(工号),您能听见我的声音吗?',
      // 001 通話中的禮儀 1
      '早上/中午/晚上好,××公司,我是××號,請問有什麽可以幫您?',
      // 003 二.1
      '您好,[公司/部门名称],很高兴为您服务,工号XXX,请问有什么可以帮到您?',
    ];
    for (const line of seeds) {
      it(line.slice(0, 24), () => {
        assert.deepEqual(flagged(`坐席:${line}\n`, RULE), []);
      });
    }
  });

  describe('greetings with no self-introduction', () => {
    it('flags the script\'s first agent turn when it is a greeting', () => {
      assert.deepEqual(flagged('坐席:您好!请问有什么可以帮您?\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:早上/中午/晚上好,××公司,請問有什麽可以幫您?\n', RULE), ['早上/中午/晚上好']);
    });

    it('reads a bare yes to the caller\'s 是XX吗? and an offer as an opening with neither greeting nor ID; mid-call it is none', () => {
      assert.deepEqual(flagged('客户:请问是XX物业吗?\n坐席:对,有什么事吗?\n', RULE), ['对,有什么事']);
      assert.deepEqual(flagged('客户:請問是XX醫院嗎?\n坐席:是的,請問有什麼可以幫您?\n', RULE), ['是的,請問有什麼可以幫您']);
      const midCall = '坐席:您好,XX物业,工号{工号}。\n客户:我家水管漏了。\n坐席:好的,已经登记。\n客户:你们是物业吗?\n坐席:是的,有什么事吗?\n';
      assert.deepEqual(flagged(midCall, RULE), []);
      assert.deepEqual(flagged('客户:是XX物业吗?\n坐席:是的,我是客服代表{工号},有什么事吗?\n', RULE), []);
    });

    it('reads the first agent turn that says something as the opening: one of characters nobody sees opens nothing', () => {
      assert.deepEqual(flagged('\u202e\n坐席:您好!请问有什么可以帮您?\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:\u200b\n坐席:您好!\n', RULE), ['您好']);
      // Nor does such a line open the turn it starts: its words start on the next line.
      assert.deepEqual(flagged('\u200f\n您好!请问有什么可以帮您?\n', RULE), ['您好']);
    });

    it('reads a greeting after an address: 尊敬的先生/女士,您好 / 张先生,您好 / {客户称呼},您好', () => {
      assert.deepEqual(flagged('坐席:尊敬的先生/女士,您好!祝您节日快乐!请问有什么可以帮您?\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:张先生,您好,请问现在方便接听电话吗?\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:张先生您好,请问现在方便接听电话吗?\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:尊敬的客户您好,请问有什么可以帮您?\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:{客户称呼},早上好,请问现在方便吗?\n', RULE), ['早上好']);
      assert.deepEqual(flagged('坐席:张先生,祝您节日快乐!\n', RULE), []);
      assert.deepEqual(flagged('坐席:张先生,您好,我是客服代表{工号}。\n', RULE), []);
    });

    it('reads 节日好 and the service words of a hotline\'s first line as an opening', () => {
      assert.deepEqual(flagged('坐席:節日好,歐飛,很高興為您服務!\n', RULE), ['節日好']);
      assert.deepEqual(flagged('坐席:XX银行,很高兴为您服务,请问有什么可以帮您?\n', RULE), ['很高兴为您服务']);
      assert.deepEqual(flagged('坐席:欢迎致电XX客服热线,请问有什么可以帮您?\n', RULE), ['欢迎致电']);
      assert.deepEqual(flagged('坐席:欢迎致电XX客服热线,客服106号很高兴为您服务。\n', RULE), []);
      // After a first sentence, or later in the call, these words open nothing.
      assert.deepEqual(flagged('坐席:好的,已经帮您办好了。很高兴为您服务!\n', RULE), []);
      assert.deepEqual(flagged('坐席:您好,我是客服代表{工号}。\n客户:嗯。\n# 办理\n坐席:很高兴为您服务,请问还有什么可以帮您?\n', RULE), []);
    });

    it('flags every greeting turn of an opening section until the ID is given', () => {
      const text = '# 开场\n坐席:您好!请问有什么可以帮您?\n// 周末版\n坐席:周末好!请问有什么可以帮您?\n';
      assert.deepEqual(flagged(text, RULE), ['您好', '周末好']);
      assert.deepEqual(flagged('# 開場\n坐席:您好!請問有什麽可以幫您?\n// 週末版\n坐席:週末好!請問有什麽可以幫您?\n', RULE), ['您好', '週末好']);
    });

    it('does not take a wish for a greeting, nor a greeting after the ID was given', () => {
      assert.deepEqual(flagged('坐席:祝您春节快乐,阖家幸福!\n', RULE), []);
      const text = '# 开场\n坐席:您好!我是客服代表{工号}。\n客户:你好。\n坐席:新春快乐!今天联系您是想介绍一项优惠。\n# 结束\n坐席:祝您春节快乐,阖家幸福!\n';
      assert.deepEqual(flagged(text, RULE), []);
    });

    it('does not flag a greeting in the middle of a call', () => {
      const text = '# 开场\n坐席:您好!我是客服代表{工号}。\n客户:嗯。\n# 核实\n坐席:您好,请问是张先生吗?\n';
      assert.deepEqual(flagged(text, RULE), []);
    });

    it('lets the agent\'s next turn in the section carry the introduction', () => {
      assert.deepEqual(flagged('# 开场\n坐席:您好!\n客户:你好。\n坐席:我是XX移动客服代表{工号}。\n', RULE), []);
      assert.deepEqual(flagged('# 开场\n坐席:您好!\n客户:你好。\n坐席:我是XX移动客服代表。\n', RULE), ['我是XX移动客服代表']);
    });

    it('flags a self-introduction in any turn of the call, not only in the opening', () => {
      const text = '# 开场\n坐席:您好,请问是张先生吗?\n客户:是的。\n# 核实\n坐席:张先生您好,我是XX移动的客服专员,帮您核实一下。\n坐席:我是客服专员{工号}。\n';
      // The opening only confirms who answered: the ID is owed by the introduction that follows.
      assert.deepEqual(flagged(text, RULE), ['我是XX移动的客服专员']);
    });

    it('does not ask again once an earlier agent turn gave the ID', () => {
      const text = '# 开场\n坐席:您好!我是客服代表{工号}。\n客户:嗯。\n# 转接\n坐席:好的,我是XX移动的客服代表,帮您转接。\n';
      assert.deepEqual(flagged(text, RULE), []);
      assert.deepEqual(flagged('坐席:工号10203为您服务。\n客户:嗯。\n坐席:我是回访专员小李。\n', RULE), []);
    });

    it('flags callback and no-voice greetings anywhere, and an introduction by company', () => {
      const text = '# 回拨\n坐席:您好,请问您之前是否咨询过宽带?\n# 无声音\n坐席:您能聽見我的聲音嗎?\n# 回拨二\n坐席:您好,我是XX移动,请问您之前是否咨询过宽带?\n';
      assert.deepEqual(flagged(text, RULE), ['您之前是否咨询', '能聽見我的聲音', '我是XX移动']);
    });

    it('accepts a name for the ID with acceptName (003: 工号(或姓名))', () => {
      const config = { rules: { [RULE]: { acceptName: true } } };
      assert.deepEqual(flagged('坐席:您好!我是中国电信客服工程师黄浩,请问您是刘先生吗?\n', RULE, { config }), []);
      assert.deepEqual(flagged('坐席:您好!我是客服代表{姓名},请问有什么可以帮您?\n', RULE, { config }), []);
      assert.deepEqual(flagged('坐席:您好!我是客服代表很高兴为您服务。\n', RULE, { config }), ['我是客服代表']);
      assert.deepEqual(flagged('坐席:您好!我是XX银行客服代表小李,请问有什么可以帮您?\n', RULE), ['我是XX银行客服代表']);
      assert.deepEqual(flagged('坐席:您好!我是XX银行客服代表小李,请问有什么可以帮您?\n', RULE, { config }), []);
    });

    it('with acceptName, reads a surname before the role and 我叫 + a name as a name', () => {
      const config = { rules: { [RULE]: { acceptName: true } } };
      assert.deepEqual(flagged('坐席:您好,我是王经理,请问现在方便吗?\n', RULE, { config }), []);
      assert.deepEqual(flagged('坐席:您好,我是小李顾问,请问现在方便吗?\n', RULE, { config }), []);
      assert.deepEqual(flagged('坐席:您好,我叫小王,是XX公司的客服专员。\n', RULE, { config }), []);
      // 在线, 理财: what kind of agent, not who.
      assert.deepEqual(flagged('坐席:您好,我是在线客服,请问有什么可以帮您?\n', RULE, { config }), ['我是在线客服']);
      assert.deepEqual(flagged('坐席:您好,我是理财顾问,请问现在方便吗?\n', RULE, { config }), ['我是理财顾问']);
      assert.deepEqual(flagged('坐席:您好,我是王经理,请问现在方便吗?\n', RULE), ['我是王经理']);
    });

    it('takes an engineer\'s name for the ID without the option (002 3.2, 3.4: 客服工程师黄浩(全名))', () => {
      for (const line of [
        '您好,我是中国电信客服工程师黄浩,请问您是刘先生吗?',
        '您好!我是中國電信客服工程師XXX(全名),請問您是X(姓氏)先生嗎?',
        '您好,我是XX電信公司客服支撐工程師XXX。請問有什么可以幫到您?',
        '您好,我是*電信的工程師*,按照預約的時間,請問可以嗎?',
        '您好,我是XX电信工程师{姓名},请问可以进去吗?',
      ]) {
        assert.deepEqual(flagged(`坐席:${line}\n`, RULE), [], line);
      }
      assert.deepEqual(flagged('坐席:您好,我是XX電信公司客服支撐工程師,請問有什么可以幫到您?\n', RULE), ['我是XX電信公司客服支撐工程師']);
    });
  });

  describe('fixes', () => {
    it('inserts {工号} right after the role word and nothing else', () => {
      const text = '坐席:您好!我是XX移动10086客服代表,今天联系您是……\n客户:什么事?\n';
      assert.equal(fixOnce(text), '坐席:您好!我是XX移动10086客服代表{工号},今天联系您是……\n客户:什么事?\n');
    });

    it('puts 工号 after the introduction\'s own clause when it names no role, in the line\'s punctuation width', () => {
      assert.equal(fixOnce('坐席:您好,我是XX移动,请问您之前是否咨询过宽带?\n'), '坐席:您好,我是XX移动,工号{工号},请问您之前是否咨询过宽带?\n');
      assert.equal(
        fixOnce(`坐席:您好${FULL_COMMA}我是XX移動${FULL_COMMA}請問您之前是否諮詢過寬帶?\n`),
        `坐席:您好${FULL_COMMA}我是XX移動${FULL_COMMA}工號{工号}${FULL_COMMA}請問您之前是否諮詢過寬帶?\n`,
      );
    });

    it('offers 001\'s 我是{工号}号 after a bare greeting as a choice, in the line\'s script and width', () => {
      assert.deepEqual(choices('坐席:您好!请问有什么可以帮您?\n'), ['我是{工号}号,']);
      assert.deepEqual(choices('坐席:您好！請問有什麽可以幫您？\n'), [`我是{工号}號${FULL_COMMA}`]);
      assert.deepEqual(choices('坐席:您好\n'), [`${FULL_COMMA}我是{工号}号\u3002`]);
      assert.deepEqual(choices('坐席:您能听见我的声音吗?\n'), ['我是{工号}号,']);
    });

    it('offers the ID where a hotline\'s opening says it: {工号}号很高兴为您服务, 欢迎致电…,我是{工号}号', () => {
      assert.deepEqual(choices('坐席:節日好,歐飛,很高興為您服務!\n'), ['{工号}號']);
      assert.deepEqual(choices('坐席:XX银行,很高兴为您服务。\n'), ['{工号}号']);
      assert.deepEqual(choices('坐席:欢迎致电XX客服热线,请问有什么可以帮您?\n'), [',我是{工号}号']);
      for (const text of ['坐席:節日好,歐飛,很高興為您服務!\n', '坐席:欢迎致电XX客服热线,请问有什么可以帮您?\n', '坐席:尊敬的先生/女士,您好!祝您节日快乐!\n']) {
        const [f] = findingsOf(text, RULE);
        const once = applyFixes(text, f.fixes[0].edits).text;
        assert.deepEqual(findingsOf(once, RULE), [], once);
      }
      const [f] = findingsOf('坐席:節日好,歐飛,很高興為您服務!\n', RULE);
      assert.equal(applyFixes('坐席:節日好,歐飛,很高興為您服務!\n', f.fixes[0].edits).text, '坐席:節日好,歐飛,{工号}號很高興為您服務!\n');
    });

    it('never inserts into a line that is not an introduction: fix-all leaves it alone', () => {
      for (const text of ['坐席:您好!请问有什么可以帮您?\n', '坐席:您好,请讲! 您听得到吗?\n', '坐席:喂, 讲话! 你听得到吗?\n', '坐席:祝您春节快乐,阖家幸福!\n']) {
        assert.equal(fixOnce(text), text);
      }
    });

    it('removes the finding and changes nothing on a second pass', () => {
      const texts = [
        '坐席:新春快樂!我是XX移動10086客服代表,今天聯繫您是……\n',
        '坐席:您好,我是XX移动,请问您之前是否咨询过?\n',
        '坐席:张先生,我是XX保险的回访专员,占用您两分钟时间。\n',
        '坐席:您好,这里是XX银行信用卡中心。\n',
      ];
      for (const text of texts) {
        const once = fixOnce(text);
        assert.notEqual(once, text);
        assert.deepEqual(findingsOf(once, RULE), [], once);
        assert.equal(fixOnce(once), once);
      }
    });
  });

  it('points at the original characters in UTF-16 units', () => {
    const text = '坐席:😀我是客服代表。\n';
    const [f] = findingsOf(text, RULE);
    assert.equal(f.start, 5);
    assert.equal(f.severity, 'error');
    assert.equal(text.slice(f.start, f.end), '我是客服代表');
  });
  describe('what is not a greeting owed an ID, and what is', () => {
    it('leaves a wrong-number reply alone: the caller is told where they are, not served', () => {
      assert.deepEqual(flagged('坐席:对不起,您打错了。这里是12366纳税服务热线。\n', RULE), []);
      assert.deepEqual(flagged('坐席:對不起,您打錯電話了,這裡是XX銀行。\n', RULE), []);
      assert.deepEqual(flagged('坐席:您好,这里是12366纳税服务热线。\n', RULE), ['这里是12366纳税服务热线']);
      assert.deepEqual(flagged('坐席:您没有打错电话,这里是12366纳税服务热线。\n', RULE), ['这里是12366纳税服务热线']);
    });

    it('waits for the introduction after a greeting that only confirms who answered', () => {
      assert.deepEqual(flagged('坐席:您好!您是 XXX 吗?\n', RULE), []);
      assert.deepEqual(flagged('坐席:您好,请问您是***先生吗?\n', RULE), []);
      assert.deepEqual(flagged('坐席:您好,請問您是王先生嗎?\n客户:是的。\n坐席:我是XX医院的回访专员。\n', RULE), ['我是XX医院的回访专员']);
      // A greeting that goes on to something else is an opening.
      assert.deepEqual(flagged('坐席:您好,请问您是想办理宽带吗?\n', RULE), ['您好']);
      assert.deepEqual(flagged('坐席:您好,请问有什么可以帮您?\n', RULE), ['您好']);
    });

    it('leaves a field worker telling the customer they have arrived alone, but not an introduction with it', () => {
      assert.deepEqual(flagged('【上门维修】\n坐席:您好,我已经到您小区门口了,您家是几单元?\n', RULE), []);
      assert.deepEqual(flagged('坐席:先生您好,我們到樓下了,您方便下來一下嗎?\n', RULE), []);
      assert.deepEqual(flagged('坐席:您好,我到了,请问您在哪个位置?\n', RULE), []);
      // The arrival said with an introduction: the introduction owes the ID.
      assert.deepEqual(flagged('坐席:您好,我是XX燃气的安检专员,我到了。\n', RULE), ['我是XX燃气的安检专员']);
      // What the agent has learnt (我了解到) is no arrival.
      assert.deepEqual(flagged('坐席:您好,我到了解一下您的情况。\n', RULE), ['您好']);
    });

    it('reads a hospital, hotel or school as the company the agent answers for', () => {
      assert.deepEqual(flagged('坐席:您好,我是XX医院的,给您来电是想了解一下您的病情。\n', RULE), ['我是XX医院']);
      assert.deepEqual(flagged('坐席:您好,这里是XX酒店。\n', RULE), ['这里是XX酒店']);
    });

    it('reads the greeting after an English switchboard opening', () => {
      const text = 'Good morning/afternoon/evening HuaTian Hotel(Operator)您好,浏阳华天(总机)。';
      assert.deepEqual(flagged(`坐席:${text}\n`, RULE), ['您好']);
      assert.deepEqual(flagged('坐席:Good morning, HuaTian Hotel, 您好,{工号}号为您服务。\n', RULE), []);
    });
  });

  it('reads an agent named by relation to a colleague as no introduction of their own', () => {
    // The opening introduction still owes the ID; the sentence naming the salesperson does not.
    const text = '坐席:您好,我是XX汽车4S店客服专员,请问是张先生吗?\n客户:是。\n坐席:我是您销售顾问小李的同事,想跟您做个回访。\n';
    assert.deepEqual(flagged(text, RULE), ['我是XX汽车4S店客服专员']);
    assert.deepEqual(flagged('坐席:您好,我是王经理的助理,请问是张先生吗?\n', RULE), ['您好']);
    // A role of the agent's own, or a relation said in another clause, is still an introduction.
    assert.deepEqual(flagged('坐席:我是您的客户经理,小李的同事让我联系您。\n', RULE), ['我是您的客户经理']);
    assert.deepEqual(flagged('坐席:我是销售顾问小李。\n', RULE), ['我是销售顾问']);
  });

  it('offers, not applies, the ID where the introduction runs on into a question', () => {
    const text = '坐席:您好我是[银行名称]的员能和您确认一下您的身份吗?\n';
    assert.equal(fixOnce(text), text);
    assert.deepEqual(choices(text), [',工号{工号}']);
    // Where the clause ends with the introduction, the ID is still put after it.
    assert.equal(fixOnce('坐席:您好,我是[银行名称]信用卡中心,请问是王先生吗?\n'), '坐席:您好,我是[银行名称]信用卡中心,工号{工号},请问是王先生吗?\n');
  });
});
