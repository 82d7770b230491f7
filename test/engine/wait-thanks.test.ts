import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'wait-thanks';
const COMMA = '\uFF0C';

describe('wait-thanks', () => {
  it('flags 请稍等, 请您稍等, 稍候 and traditional forms with no thanks after them', () => {
    assert.deepEqual(flagged('坐席:请稍等,我正在帮您查询。\n', RULE), ['请稍等']);
    assert.deepEqual(flagged('坐席:请您稍等片刻。\n', RULE), ['请您稍等']);
    assert.deepEqual(flagged('坐席:請您稍候,我幫您查一下。\n', RULE), ['請您稍候']);
    assert.deepEqual(flagged('坐席:麻烦您稍等一下。\n', RULE), ['麻烦您稍等']);
    assert.deepEqual(flagged('坐席:请 稍 等。\n', RULE), ['请 稍 等']);
  });

  it('passes when the agent thanks the customer later: 000 and 001 wordings, traditional too', () => {
    const thanks = ['感谢您的等候,您的套餐是88元。', '不好意思讓您久等了,就您所提到的問題……', '感谢您的耐心等待。', '感謝您的等候。'];
    for (const t of thanks) {
      assert.deepEqual(flagged(`坐席:请稍等,我正在帮您查询。\n客户:好的。\n坐席:${t}\n`, RULE), [], t);
    }
  });

  it('needs the thanks after the wait, and by the agent', () => {
    assert.deepEqual(flagged('坐席:感谢您的等候。请稍等,我再核实一下。\n', RULE), ['请稍等']);
    assert.deepEqual(flagged('坐席:请稍等。\n客户:谢谢你的等候。\n', RULE), ['请稍等']);
  });

  it('checks every wait: one later thanks covers all waits before it', () => {
    const text = '坐席:请稍等。\n客户:好。\n坐席:感谢您的等候。请稍等,我再查一下。\n';
    assert.deepEqual(flagged(text, RULE), ['请稍等']);
    assert.equal(findingsOf(text, RULE)[0].start, text.lastIndexOf('请稍等'));
    assert.deepEqual(flagged('坐席:请稍等。请稍候。\n坐席:让您久等了。\n', RULE), []);
  });

  it('does not flag customer lines, other stage directions or 请稍后再拨', () => {
    assert.deepEqual(flagged('客户:请稍等,我找一下合同。\n', RULE), []);
    assert.deepEqual(flagged('坐席:好的【语气亲切】\n', RULE), []);
    assert.deepEqual(flagged('坐席:线路繁忙,请稍后再拨。\n', RULE), []);
    assert.deepEqual(flagged('坐席:好的。\n【等待客户查找合同】\n', RULE), []);
  });

  it('reads 您稍等 and 等一下 asked of the customer, not 等一下 meaning "later"', () => {
    assert.deepEqual(flagged('坐席:您稍等,我帮您查。\n', RULE), ['您稍等']);
    assert.deepEqual(flagged('坐席:您先等一下,我帮您查。\n', RULE), ['您先等一下']);
    assert.deepEqual(flagged('坐席:請等一下。\n', RULE), ['請等一下']);
    assert.deepEqual(flagged('坐席:等一下我们会给您发送短信。\n', RULE), []);
  });

  it('reads a hold stage direction as a hold: one finding per hold, on the words when the turn has some', () => {
    assert.deepEqual(flagged('坐席:我帮您查一下,可以吗?\n客户:好的。\n【保持】\n坐席:您的套餐是88元。\n', RULE), ['【保持】']);
    assert.deepEqual(flagged('坐席:好的【請稍等】\n', RULE), ['【請稍等】']);
    assert.deepEqual(flagged('坐席:请稍等,我帮您查询。【保持】\n坐席:您的套餐是88元。\n', RULE), ['请稍等']);
    // The agent asked to wait before the customer's 好的: the direction after it is that same hold.
    assert.deepEqual(flagged('坐席:请稍等,我帮您查询。\n客户:好的。\n【保持】\n坐席:您的套餐是88元。\n', RULE), ['请稍等']);
    assert.deepEqual(flagged('坐席:我帮您查一下。\n客户:好的。\n【保持】\n【取消保持】\n坐席:感謝您的耐心等待,您的套餐是88元。\n', RULE), []);
  });

  it('writes the comma of a line that types no mark in the width the script types elsewhere', () => {
    const ascii = '坐席:请稍等,我帮您查询。\n客户:好的。\n坐席:您的套餐是88元。\n';
    const full = '坐席:请稍等，我帮您查询。\n客户:好的。\n坐席:您的套餐是88元。\n';
    const prefix = (t: string) => applyFixes(t, findingsOf(t, RULE)[0].fixes[0].edits).text.split('\n')[2];
    assert.equal(prefix(ascii), '坐席:感谢您的等候,您的套餐是88元。');
    assert.equal(prefix(full), `坐席:感谢您的等候${COMMA}您的套餐是88元。`);
  });

  it('puts the thanks after a held line where the agent next speaks', () => {
    const t = '坐席:我帮您查一下,可以吗?\n客户:好的。\n【保持】\n坐席:您的套餐是88元。\n';
    const [prefix] = findingsOf(t, RULE)[0].fixes.map((x) => applyFixes(t, x.edits).text);
    assert.equal(prefix, `坐席:我帮您查一下,可以吗?\n客户:好的。\n【保持】\n坐席:感谢您的等候,您的套餐是88元。\n`);
  });

  it('does not read the closing\'s 请您稍候对我的服务进行评价 as a hold', () => {
    assert.deepEqual(flagged('# 结束\n坐席:请稍等,不要挂机。\n', RULE), []);
    assert.deepEqual(flagged('坐席:請您稍候對我的服務進行評價,再見!\n', RULE), []);
    assert.deepEqual(flagged('坐席:请您稍候对本次服务进行评价。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请稍候进行满意度评价。\n', RULE), []);
  });

  describe('fixes', () => {
    const text = '坐席:請您稍候,我幫您查一下。\r\n客户:好的。\r\n坐席:您的套餐是88元。\r\n';

    it('offers two places for the thanks, in the document\'s script, and lets --fix leave them alone', () => {
      const [f] = findingsOf(text, RULE);
      assert.equal(f.fixes.length, 2);
      assert.ok(f.fixes.every((x) => !x.preferred));
      assert.deepEqual(preferredEdits([f]), []);
      const [prefix, line] = f.fixes.map((x) => applyFixes(text, x.edits).text);
      assert.equal(prefix, `坐席:請您稍候,我幫您查一下。\r\n客户:好的。\r\n坐席:感謝您的等候,您的套餐是88元。\r\n`);
      assert.equal(line, '坐席:請您稍候,我幫您查一下。\r\n客户:好的。\r\n坐席:感謝您的等候。\r\n坐席:您的套餐是88元。\r\n');
    });

    it('each removes the finding', () => {
      const [f] = findingsOf(text, RULE);
      for (const fix of f.fixes) {
        const fixed = applyFixes(text, fix.edits).text;
        assert.deepEqual(findingsOf(fixed, RULE), [], fixed);
      }
    });

    it('copies the next agent turn\'s own label and starts after a stage direction', () => {
      const t = '坐席:请稍等。\n客户:好。\n  A: 【查询完毕】您的套餐是88元。\n';
      const [prefix, line] = findingsOf(t, RULE)[0].fixes.map((x) => applyFixes(t, x.edits).text);
      assert.equal(prefix, `坐席:请稍等。\n客户:好。\n  A: 【查询完毕】感谢您的等候${COMMA}您的套餐是88元。\n`);
      assert.equal(line, '坐席:请稍等。\n客户:好。\n  A:感谢您的等候。\n  A: 【查询完毕】您的套餐是88元。\n');
    });

    it('offers nothing when the agent never speaks again', () => {
      assert.deepEqual(findingsOf('坐席:请稍等。\n客户:好的。\n', RULE)[0].fixes, []);
    });
  });

  it('leaves the thanks of a hand-off to the receiving agent (001 第2條 8)', () => {
    assert.deepEqual(flagged('客户:我要找人工。\n坐席:请稍候,我马上为您转接。\n', RULE), []);
    assert.deepEqual(flagged('坐席:請稍等,我將您的電話轉接給技術部,他將繼續為您服務。\n', RULE), []);
    // Advice to transfer elsewhere does not hand this call on: the wait is still this agent's.
    assert.deepEqual(flagged('坐席:请稍等,您也可以让接线员帮您转接。\n', RULE), ['请稍等']);
  });

  it('reads a wait as a hand-off when the caller asked for a person or desk, or a transfer follows it', () => {
    assert.deepEqual(flagged('客户:請幫我轉王先生。\n坐席:好的,請稍候!\n', RULE), []);
    assert.deepEqual(flagged('客户:请帮我找王小姐。\n坐席:好的,请稍候!\n客户:好。\n坐席:王小姐不在座位上。\n', RULE), []);
    assert.deepEqual(flagged('客户:好的。\n坐席:好的,请稍候!\n客户:嗯。\n【转接】\n坐席:不好意思让您久等了。\n', RULE), []);
    // A caller's question is no request for a person: the agent comes back with the answer, and thanks.
    assert.deepEqual(flagged('客户:我想查一下话费。\n坐席:好的,请稍候!\n客户:嗯。\n坐席:您的话费是五十元。\n', RULE), ['请稍候']);
    // A wait at the end of a script is still a wait the agent comes back from: the standards ask thanks after it.
    assert.deepEqual(flagged('客户:这个政策我不太明白。\n坐席:让我请示后给您答复,请稍候\n', RULE), ['请稍候']);
  });

  it('reads fetching the person the caller asked for as a hand-off, not a wait of this agent\'s', () => {
    assert.deepEqual(flagged('客户:我找一下张医生。\n坐席:请您稍等,我马上去请XX(医生、护士)。谢谢!\n', RULE), []);
    assert.deepEqual(flagged('坐席:請您稍等,我馬上去請張醫生來接電話。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请您稍等,我帮您叫一下王经理。\n', RULE), []);
    // Going to ask and coming back is a wait: 请示, 问一下.
    assert.deepEqual(flagged('坐席:请您稍等,我去请示一下领导。\n', RULE), ['请您稍等']);
  });
  it('reads a wait for a person the agent has said is not there as the agent\'s own wait', () => {
    assert.deepEqual(flagged('客户:找一下维修班的李师傅。\n坐席:对不起,他不在,请稍候\n客户:好的。\n坐席:您可以留下电话,他回来后给您回电。\n', RULE), ['请稍候']);
    assert.deepEqual(flagged('客户:我掛張主任的號。\n坐席:真對不起,張主任今天停診,我給您介紹李主任好嗎?\n客户:不用了,我就要找張主任。\n坐席:請您稍等,我給您聯繫一下。\n', RULE), ['請您稍等']);
    // Nobody said absent: fetching the person asked for stays a hand-off.
    assert.deepEqual(flagged('客户:我找李医生。\n坐席:您找谁?我帮您联系一下,请您稍等。\n', RULE), []);
  });

  it('reads the bare imperative 等一下! as a wait, not 等一下 meaning later nor 等等 ending a list', () => {
    assert.deepEqual(flagged('客户:能帮我问问吗?\n坐席:等一下!\n坐席:他们也不清楚。\n', RULE), ['等一下']);
    assert.deepEqual(flagged('坐席:好,等等,我查查。\n坐席:查到了,是明天。\n', RULE), ['等等']);
    assert.deepEqual(flagged('坐席:等一下!\n坐席:让您久等了,查到了。\n', RULE), []);
    assert.deepEqual(flagged('坐席:等一下我们会给您发短信。\n', RULE), []);
    assert.deepEqual(flagged('坐席:需要带身份证、户口本等等。\n', RULE), []);
    assert.deepEqual(flagged('坐席:等一會兒!\n坐席:他們也不清楚。\n', RULE), ['等一會兒']);
  });

  it('reads a hand-off that did not go through as the agent\'s own wait: the agent comes back to the caller', () => {
    const failed = '坐席:請稍等,我幫您轉接客房部!\n【轉接之後對方無人接聽,鈴響五次之後】\n坐席:對不起,電話沒人接,請問您是否需要留言?\n';
    assert.deepEqual(flagged(failed, RULE), ['請稍等']);
    assert.deepEqual(flagged('坐席:请稍等,我帮您转接客房部。\n【要转接的电话占线】\n坐席:不好意思,让您久等了,电话占线,请您稍后再拨。\n', RULE), []);
    // Another caller's transfer failing says nothing of this one, which was handed on.
    assert.deepEqual(flagged('客户:请转1203。\n坐席:请稍候。\n【另一通来电,要转接的电话占线】\n坐席:您好,先生,电话占线,请稍后打来。\n', RULE), []);
    // Put through, the receiving desk thanks for the wait.
    assert.deepEqual(flagged('坐席:请稍等,我帮您转接客房部。\n【转接】\n坐席:您好,客房部。\n', RULE), []);
  });

  it('reads a wait while the agent serves the customer in person as no hold; the counter\'s business at the terminal, and the phone, as one', () => {
    const counter = '---\nchannel: counter\n---\n';
    assert.deepEqual(flagged(`${counter}坐席:请稍候片刻,我即将为您检查(治疗、办理)。\n`, RULE), []);
    assert.deepEqual(flagged(`${counter}坐席:請稍候,我馬上給您辦手續\n`, RULE), ['請稍候']);
    assert.deepEqual(flagged(`${counter}坐席:请稍等,我马上为您查询。\n`, RULE), ['请稍等']);
    assert.deepEqual(flagged(`${counter}坐席:请稍候,我马上为您办好\n坐席:对不起,让您久等了,这是您的回单。\n`, RULE), []);
    assert.deepEqual(flagged('---\nchannel: onsite\n---\n坐席:请稍等,我马上为您维修。\n', RULE), []);
    assert.deepEqual(flagged('---\nchannel: onsite\n---\n坐席:我马上为您处理,请稍等。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请稍候,我马上为您办好\n', RULE), ['请稍候']);
    // Going away to ask or fetch is a wait face to face too.
    assert.deepEqual(flagged(`${counter}坐席:这个问题我不太清楚,请您稍等一下,我帮您问问。\n`, RULE), ['请您稍等']);
    assert.deepEqual(flagged(`${counter}坐席:您办理的这笔业务需请示领导处理,请您稍等\n`, RULE), ['请您稍等']);
  });

  it('reads a direction that sets the scene as no hold: the customer queues, or it says when', () => {
    assert.deepEqual(flagged('【在银行排长队等待叫号时】\n客户:请问洗手间在哪里?\n坐席:出门往西走一百米就是。\n', RULE), []);
    assert.deepEqual(flagged('客户:我的卡被吞了。\n【客户排队等候】\n坐席:您好,请问您办理什么业务?\n', RULE), []);
    // A direction that tells how a wait ended, with nobody there.
    assert.deepEqual(flagged('【业户暂不在家,等待后仍无人,贴在门上的留言条】\n坐席:您好,我是物业维修人员,今天上门未遇。\n', RULE), []);
    assert.deepEqual(flagged('坐席:我帮您查一下,可以吗?\n客户:好。\n【等待后客户仍在线】\n坐席:您的套餐是88元。\n', RULE), ['【等待后客户仍在线】']);
    // A hold the agent puts the customer on is still one.
    assert.deepEqual(flagged('坐席:我帮您查一下,可以吗?\n客户:好。\n【等待】\n坐席:您的套餐是88元。\n', RULE), ['【等待】']);
  });

  it('reads a wait asked again, and the blunt 你等着 / 你等我 + an errand, as holds', () => {
    assert.deepEqual(flagged('坐席:请您继续等候。\n', RULE), ['请您继续等候']);
    assert.deepEqual(flagged('坐席:請您再稍等兩分鐘,我在核對。\n', RULE), ['請您再稍等']);
    assert.deepEqual(flagged('坐席:你等着,我去翻一下记录。\n坐席:记录里没有。\n', RULE), ['你等着']);
    assert.deepEqual(flagged('坐席:您等我查一下系统。\n', RULE), ['您等我']);
    // Thanked later: not flagged.
    assert.deepEqual(flagged('坐席:请您再稍等,我在核对。\n坐席:感谢您的耐心等待,已经核对好了。\n', RULE), []);
    // A threat, a wait off the line (a delivery, a call back), or waiting for news is no hold.
    assert.deepEqual(flagged('坐席:你等着瞧。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请您再耐心等待三天,到货后短信通知您。\n', RULE), []);
    assert.deepEqual(flagged('坐席:请继续等待收货。\n', RULE), []);
    assert.deepEqual(flagged('坐席:您等我的电话就行。\n', RULE), []);
  });

  it('flags a wait laid on the customer by its length with no apology or thanks in that turn or the next', () => {
    assert.deepEqual(flagged('坐席:我们在开会,你们先等一个小时。\n', RULE), ['你们先等一个小时']);
    assert.deepEqual(flagged('坐席:师傅最快也得四十分钟。\n', RULE), ['最快也得四十分钟']);
    assert.deepEqual(flagged('坐席:至少要等两个多小时。\n', RULE), ['至少要等两个多小时']);
    // An apology in the turn, or thanks in the agent's next turn: the customer is given something for it.
    assert.deepEqual(flagged('坐席:非常抱歉,最快也得四十分钟。\n', RULE), []);
    assert.deepEqual(flagged('坐席:您再等十分钟。\n客户:行。\n坐席:谢谢您的理解。\n', RULE), []);
    // A time given for a task, or days a delivery takes, lays no wait on the customer.
    assert.deepEqual(flagged('坐席:办理大约需要十分钟,请您带好身份证。\n', RULE), []);
    assert.deepEqual(flagged('坐席:最快也要三天才能到货。\n', RULE), []);
    assert.deepEqual(flagged('客户:你们先等一个小时吧。\n', RULE), []);
  });
});
