import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

/**
 * What a reviewer accepts as the first step after a complaint, beyond 抱歉 and 理解: what the failure
 * did to the customer named or shared, comfort, thanks for their patience, and the fault owned.
 * Written for these tests.
 */

const COMPLAINT = '客户:我要投诉,你们三天了还没修好!\n';
const answered = (reply: string) => flagged(`${COMPLAINT}坐席:${reply}\n`, 'apology-first');

describe('apology-first: openings that own the complaint', () => {
  const accepted = [
    '让您担心了,我马上为您查。',
    '让您白跑了一趟,我马上为您登记。',
    '给您添堵了,我马上为您查。',
    '我们能体会您的心情,我马上为您查。',
    '您的心情我们完全能体会,我马上为您查。',
    '换作是我也会着急,我马上为您查。',
    '您先消消气,我马上为您查。',
    '请您息怒,我马上为您查。',
    '感谢您的耐心,我马上为您催办。',
    '这确实是我们的失误,我马上为您处理。',
    '是我们工作没做好,我马上为您处理。',
  ];
  for (const reply of accepted) {
    it(`accepts "${reply}"`, () => assert.deepEqual(answered(reply), []));
  }

  const refused = ['如果是我们的问题,我们会负责。', '师傅下午会再去看看。', '我们不能体会这种情况,师傅下午会去。'];
  for (const reply of refused) {
    it(`still asks the apology of "${reply}"`, () => assert.equal(answered(reply).length, 1));
  }
});
