import { strict as assert } from 'node:assert';
import { applyFixes } from '../../server/src/engine';
import { findingsOf } from '../helpers';

/**
 * What taboo-phrase offers for the speech aimed at the customer's person (customer-directed.ts): a
 * curt imperative asked with 请 — one wording right for every order of its kind, so offered, never
 * applied (the writer may rather give the reason) — and nothing for a form of address (only the
 * writer knows the name) or an evaluation (the writer says what to do instead). Lines written for
 * these tests, not taken from a corpus.
 */

const line = (text: string) => `坐席:${text}\n`;

/** Each choice taboo-phrase offers on the line, applied alone, and whether it is preferred. */
function offered(text: string): Array<[string, boolean]> {
  const doc = line(text);
  return findingsOf(doc, 'taboo-phrase').flatMap((f) => f.fixes.map((x): [string, boolean] => [applyFixes(doc, x.edits).text.slice(3, -1), x.preferred ?? false]));
}

describe('taboo-phrase: what is offered for speech aimed at the customer', () => {
  const asked: Array<[string, string]> = [
    ['先刷卡!', '请您先刷卡!'],
    ['先出示证件,后面还有人。', '请您先出示证件,后面还有人。'],
    ['大家先排队!', '请大家先排队!'],
    ['你先交钱!', '请您先交钱!'],
    ['張嘴!', '請您張嘴!'],
    ['躺下,手放两边。', '请您躺下,手放两边。'],
    ['别挤!', '请您不要挤!'],
    ['你们别再往里挤了!', '请大家不要再往里挤了!'],
    ['不要打电话!', '请您不要打电话!'],
    ['別錄影片!', '請您不要錄影片!'],
  ];
  for (const [text, expected] of asked) {
    it(`offers ${JSON.stringify(expected)} for ${JSON.stringify(text)}, not applied`, () => {
      assert.deepEqual(offered(text), [[expected, false]]);
      assert.deepEqual(findingsOf(line(expected), 'taboo-phrase'), [], 'the rewording is not flagged itself');
    });
  }

  it('offers each order of a line said twice its own 请, beside the other as written', () => {
    assert.deepEqual(offered('先投币!先投币!'), [
      ['请您先投币!先投币!', false],
      ['先投币!请您先投币!', false],
    ]);
  });

  it('offers the order after an address its 请, and nothing for the address (5号 stays flagged)', () => {
    const doc = line('5号,过来!');
    assert.deepEqual(findingsOf(doc, 'taboo-phrase').map((f) => [doc.slice(f.start, f.end), f.fixes.length]), [['5号', 0], ['过来', 1]]);
    assert.deepEqual(offered('5号,过来!'), [['5号,请您过来!', false]]);
  });

  const none = [
    '快去排队!后面还有人。',
    '赶紧缴费,别耽误时间。',
    '快點吃藥!',
    '你们都快点上车!',
    '都给我听好了,一个一个来。',
    '不要说话了!',
    '3床,吃饭了!',
    '太不听话了!',
    '你这是什么态度?',
  ];
  for (const text of none) {
    it(`offers nothing for ${JSON.stringify(text)} (pushed, 都, 听好了, an address or an evaluation)`, () => {
      assert.ok(findingsOf(line(text), 'taboo-phrase').length > 0, 'flagged');
      assert.deepEqual(offered(text), []);
    });
  }
});
