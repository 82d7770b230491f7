import { strict as assert } from 'node:assert';
import { flagged } from '../helpers';

const TABOO = '坐席:信不信由你\n';

describe('suppression directives', () => {
  it('disable-next-line switches a named rule off for the next line only', () => {
    const text = `// callscript-disable-next-line taboo-phrase\n${TABOO}${TABOO}`;
    assert.equal(flagged(text, 'taboo-phrase').length, 1);
  });

  it('a directive naming another rule does not switch this one off', () => {
    const text = `// callscript-disable-next-line negative-wording\n${TABOO}`;
    assert.equal(flagged(text, 'taboo-phrase').length, 1);
  });

  it('no rule named means every rule', () => {
    assert.equal(flagged(`// callscript-disable-next-line\n${TABOO}`, 'taboo-phrase').length, 0);
  });

  it('disable … enable switches a block off', () => {
    const text = `// callscript-disable taboo-phrase\n${TABOO}${TABOO}// callscript-enable taboo-phrase\n${TABOO}`;
    assert.equal(flagged(text, 'taboo-phrase').length, 1);
  });

  it('disable without enable lasts to the end; disable-file covers the whole file', () => {
    assert.equal(flagged(`${TABOO}// callscript-disable\n${TABOO}`, 'taboo-phrase').length, 1);
    assert.equal(flagged(`${TABOO}// callscript-disable-file taboo-phrase\n${TABOO}`, 'taboo-phrase').length, 0);
  });
});
