import { strict as assert } from 'node:assert';
import type { LintOptions } from '../../server/src/engine';
import { lintLineDocument, readPlacedDocument } from '../../server/src/formats';
import { fixText } from '../../server/src/host/fix-file';
import { docx } from '../office-files';

const OPTIONS: LintOptions = { now: new Date('2027-03-10T10:00:00+08:00') };

/** Each finding as `rule "flagged text"`. */
const described = (text: string, options: LintOptions = OPTIONS, kind: 'markdown' | 'text' = 'text') =>
  lintLineDocument(text, kind, options).findings.map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);

describe('speaker labels that documents write by role', () => {
  it('reads a 12345 script\'s 话务员 and 市民 as the agent and the customer, each finding on its own words', () => {
    const text = '话务员：您好,12345热线,工号1024,请问有什么可以帮您?\n市民：这不是我的职责。\n话务员：这不归我管,你去找街道吧。\n';
    const found = described(text);
    assert.ok(found.includes('negative-wording "不归我管"'), found.join('\n'));
    assert.ok(found.includes('polite-pronoun "你"'), found.join('\n'));
    // The customer's words are the customer's: no finding on them.
    assert.ok(!found.some((f) => f.includes('这不是我的职责')), found.join('\n'));
  });

  it('reads them in traditional characters, with either colon and spaces, in Markdown lists and bold', () => {
    const md = '# 投訴\n\n- **話務員：**這不歸我管。\n- 顧客 : 好的\n- 客服代表:你好\n';
    const found = described(md, OPTIONS, 'markdown');
    assert.ok(found.includes('negative-wording "不歸我管"'), found.join('\n'));
    assert.ok(found.includes('polite-pronoun "你"'), found.join('\n'));
    const fixed = fixText(md, OPTIONS, (t) => lintLineDocument(t, 'markdown', OPTIONS).findings).text;
    assert.ok(fixed.includes('- 客服代表:您好'), fixed);
    assert.ok(fixed.includes('- **話務員：**'), fixed);
  });

  it('adds the labels a team names in documents.agentLabels and customerLabels', () => {
    const text = '销售顾问:这不归我管。\n患者:这不归我管。\n';
    assert.deepEqual(described(text), []);
    const config = { documents: { agentLabels: ['销售顾问'], customerLabels: ['患者'] } };
    const found = lintLineDocument(text, 'text', { ...OPTIONS, config }).findings.filter((f) => f.rule === 'negative-wording');
    assert.deepEqual(found.map((f) => [f.start, f.end]), [[6, 10]]);
  });

  it('reads no label in a word that is no role, nor in a colon inside a sentence', () => {
    const text = '温馨提示:这不归我管。\n坐席:请注意:您的账单已出。\n';
    assert.deepEqual(described(text).filter((f) => !f.startsWith('closing-goodbye')), []);
  });

  it('reads a Word script whose paragraphs start with 客服代表 and 来电人', () => {
    const read = readPlacedDocument(docx([{ p: '客服代表：您好,请问有什么可以帮您?' }, { p: '来电人：我要投诉。' }, { p: '客服代表：这不是我的职责。' }]), 'docx', {});
    assert.ok(read.ok);
    assert.equal(read.placed.text, '坐席：您好,请问有什么可以帮您?\n客户：我要投诉。\n坐席：这不是我的职责。\n');
  });
});
