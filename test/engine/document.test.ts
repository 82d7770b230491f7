import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine';

const SCRIPT = [
  '---',
  'title: 宽带续约外呼',
  'valid: 2027-02-05 15:00 ~ 2027-02-13 24:00',
  '---',
  '前言由坐席说出',
  '# 开场',
  '坐席:您好【停顿】我是{工号}',
  '客户:什么事?',
  '  接着客户的话',
  '// callscript-disable-next-line negative-wording, taboo-phrase -- 培训用例',
  'A: 好的 XXX(工号)',
  '## 结束用语',
  '座席:再见!',
].join('\r\n');

describe('document model', () => {
  const doc = parseDocument(SCRIPT);
  const line = (i: number) => doc.lines[i];
  const spoken = (i: number) => line(i).spoken.map((s) => SCRIPT.slice(s.start, s.end));

  it('reads the front matter and its valid range', () => {
    assert.equal(doc.frontMatter.lastLine, 3);
    assert.equal(doc.frontMatter.title, '宽带续约外呼');
    assert.ok(doc.frontMatter.valid);
    assert.deepEqual(doc.frontMatter.problems, []);
  });

  it('reads section names in traditional characters too', () => {
    const kinds = parseDocument('# 開場\n坐席:您好\n# 開場白\n# 問候\n# 結束語\n# 核實\n').sections.map((s) => s.kind);
    assert.deepEqual(kinds, ['opening', 'opening', 'opening', 'closing', 'other']);
  });

  it('gives text before any label to the agent', () => {
    assert.equal(line(4).kind, 'turn');
    assert.equal(line(4).role, 'agent');
  });

  it('classifies sections as opening and closing', () => {
    assert.deepEqual(
      doc.sections.map((s) => [s.name, s.kind, s.line, s.lastLine]),
      [
        ['开场', 'opening', 5, 10],
        ['结束用语', 'closing', 11, 12],
      ],
    );
  });

  it('splits turns by speaker; unlabeled lines continue the previous turn', () => {
    assert.equal(line(6).role, 'agent');
    assert.equal(line(7).role, 'customer');
    assert.equal(line(8).kind, 'continuation');
    assert.equal(line(8).role, 'customer');
    assert.equal(line(8).turn, line(7).turn);
    assert.equal(line(10).role, 'agent');
    assert.equal(line(12).role, 'agent');
  });

  it('leaves labels and stage directions out of the spoken text', () => {
    assert.deepEqual(spoken(6), ['您好', '我是{工号}']);
  });

  it('keys placeholders by their name as the call system reads it, in either script and width', () => {
    const d = parseDocument('坐席:{問候語}!{ 工号 },{ＡＢ},XXX(工號)\n');
    assert.deepEqual(
      d.placeholders.map((p) => [p.name, p.key, p.legacy]),
      [
        ['問候語', '问候语', false],
        [' 工号 ', '工号', false],
        ['ＡＢ', 'ab', false],
        ['工号', '工号', true],
      ],
    );
  });

  it('finds placeholders, legacy ones included', () => {
    assert.deepEqual(
      doc.placeholders.map((p) => [p.name, p.legacy]),
      [
        ['工号', false],
        ['工号', true],
      ],
    );
  });

  it('reads directives with rule lists and reasons', () => {
    assert.deepEqual(doc.directives, [{ kind: 'disable-next-line', rules: ['negative-wording', 'taboo-phrase'], line: 9 }]);
    assert.equal(line(9).kind, 'comment');
  });

  it('keeps line ends out of line ranges (CRLF)', () => {
    assert.equal(SCRIPT.slice(line(7).start, line(7).end), '客户:什么事?');
  });

  it('continues a stage direction across lines', () => {
    const d = parseDocument('坐席:好的【客户\n沉默时】请问\n');
    assert.deepEqual(
      d.lines.flatMap((l) => l.spoken.map((s) => d.text.slice(s.start, s.end))),
      ['好的', '请问'],
    );
  });

  it('skips a BOM', () => {
    const d = parseDocument('\ufeff坐席:您好');
    assert.equal(d.lines[0].start, 1);
    assert.equal(d.lines[0].role, 'agent');
  });
});

describe('document model with full-width punctuation', () => {
  it('reads full-width colons as labels and full-width parentheses in legacy placeholders', () => {
    const colon = '\uFF1A';
    const d = parseDocument(`客户${colon}什么事\n坐席${colon}我是XXX\uFF08工号\uFF09\n`);
    assert.equal(d.lines[0].role, 'customer');
    assert.equal(d.lines[1].role, 'agent');
    assert.deepEqual(d.placeholders.map((p) => p.legacy), [true]);
  });

  it('reads a full-width tilde in valid', () => {
    const d = parseDocument('---\nvalid: 2027-02-05 \uFF5E 2027-02-06\n---\n');
    assert.deepEqual(d.frontMatter.problems, []);
    assert.ok(d.frontMatter.valid);
  });
});
