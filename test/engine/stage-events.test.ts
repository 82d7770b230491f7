import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/engine/document';
import { stageDirections, stageEventOf } from '../../server/src/engine/stage-events';

describe('stage events', () => {
  it('reads what a direction says happens, in simplified and traditional', () => {
    assert.equal(stageEventOf('保持'), 'hold');
    assert.equal(stageEventOf('按保持键,查询账单'), 'hold');
    assert.equal(stageEventOf('等待'), 'hold');
    assert.equal(stageEventOf('取消保持'), 'resume');
    assert.equal(stageEventOf('轉接至投訴部'), 'transfer');
    assert.equal(stageEventOf('挂机'), 'agent-hangup');
    assert.equal(stageEventOf('客戶掛機'), 'customer-hangup');
    assert.equal(stageEventOf('静音'), 'mute');
    assert.equal(stageEventOf('客户无声音'), 'silence');
    assert.equal(stageEventOf('客户沉默时停顿两秒'), 'silence');
    assert.equal(stageEventOf('语气放缓'), undefined);
    assert.equal(stageEventOf('返回通话'), 'resume');
    assert.equal(stageEventOf('轉專席'), 'transfer');
    assert.equal(stageEventOf('转二线处理'), 'transfer');
  });

  it('reads 保持 that keeps up a manner or a contact as no hold, and 保持 beside it still as one', () => {
    assert.equal(stageEventOf('六、保持跟进,确保问题解决'), undefined);
    assert.equal(stageEventOf('保持微笑,語氣放緩'), undefined);
    assert.equal(stageEventOf('保持电话畅通'), undefined);
    assert.equal(stageEventOf('保持跟进,按保持键查询'), 'hold');
    assert.equal(stageEventOf('保持通话'), 'hold');
    assert.equal(stageEventOf('保持,查询记录'), 'hold');
  });

  it('reads a numbered heading as a topic, and a timed direction still as what happens', () => {
    assert.equal(stageEventOf('1.1 快速送达与耐心等待'), undefined);
    assert.equal(stageEventOf('５．轉接用語 標準用語'), undefined);
    assert.equal(stageEventOf('(6)对待稍等的客人打招呼'), undefined);
    assert.equal(stageEventOf('三、挂机'), undefined);
    assert.equal(stageEventOf('2.5秒后挂机'), 'agent-hangup');
    assert.equal(stageEventOf('3 秒后挂机'), 'agent-hangup');
    assert.equal(stageEventOf('等待3秒'), 'hold');
  });

  it("reads the customer's complaint about a wait as a scene, not a hold", () => {
    assert.equal(stageEventOf('11 用户责怪等待时间过长'), undefined);
    assert.equal(stageEventOf('客戶抱怨等待太久'), undefined);
    assert.equal(stageEventOf('客户等待,坐席查询'), 'hold');
    assert.equal(stageEventOf('请客户稍等'), 'hold');
  });

  it('reads a thing handed on (把卡转给亲属, 将退款转到银行卡) as no transfer, and the call handed on still as one', () => {
    assert.equal(stageEventOf('说明要把卡转给住在五棵松的亲属'), undefined);
    assert.equal(stageEventOf('將退款轉到銀行卡'), undefined);
    assert.equal(stageEventOf('把电话转给技术部'), 'transfer');
    assert.equal(stageEventOf('将客户转至投诉专席'), 'transfer');
    assert.equal(stageEventOf('把卡的事转接给会籍顾问'), 'transfer');
    // Without 把/将 too: money, a card or a thing moved is no transfer; the call toward a desk or person is.
    assert.equal(stageEventOf('退款转到银行卡'), undefined);
    assert.equal(stageEventOf('會員卡轉給朋友'), undefined);
    assert.equal(stageEventOf('转交材料'), undefined);
    assert.equal(stageEventOf('转到技术部'), 'transfer');
    assert.equal(stageEventOf('轉給值班經理'), 'transfer');
    assert.equal(stageEventOf('来电转至投诉专席'), 'transfer');
    assert.equal(stageEventOf('转人工'), 'transfer');
  });

  it('finds directions in turns and on lines of their own, not in comments or front matter', () => {
    const doc = parseDocument('---\ntitle: 【保持】\n---\n坐席:请稍等【保持】\n【取消保持】\n// 【挂机】\n客户:好的【客户挂机】\n');
    const found = stageDirections(doc).map((d) => [d.text, d.event, d.line, d.turn]);
    assert.deepEqual(found, [
      ['保持', 'hold', 3, 0],
      ['取消保持', 'resume', 4, 0],
      ['客户挂机', 'customer-hangup', 6, 1],
    ]);
  });

  it('keeps the offsets of the brackets, and a direction left open runs to the end', () => {
    const text = '坐席:您好【转接\n投诉部';
    const [d] = stageDirections(parseDocument(text));
    assert.equal(text.slice(d.start, d.end), '【转接\n投诉部');
    assert.equal(d.event, 'transfer');
  });
});
