import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

/**
 * The kinds read from held-out 7's first blind run (eval/holdout7/SOURCES.md, "Kinds generalised
 * since"): each kind's forms written here, not the corpus's lines, with polite look-alikes that must
 * stay clean.
 */
const agent = (line: string): string => `坐席:${line}\n`;

describe('holdout7 kinds', () => {
  it('wait-thanks: a wait measured as 等一等 / 等一会儿, or a seat offered while the agent works', () => {
    for (const line of ['请您等一等,师傅马上过来。', '你先等一会儿,我去问问。', '麻烦您等一会儿。', '请坐一会儿,我马上帮您安排。', '請您坐一下,我盡快幫您處理。']) {
      assert.equal(flagged(agent(line), 'wait-thanks').length, 1, line);
    }
    for (const line of ['请坐,请问您办理什么业务?', '等一会儿我们会给您发短信。', '您等一会儿再打过来试试。', '请您等一等,师傅马上过来。\n客户:好。\n坐席:感谢您的耐心等待。', '请坐一下吧,天气热。']) {
      assert.deepEqual(flagged(agent(line), 'wait-thanks'), [], line);
    }
  });
});
