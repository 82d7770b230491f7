import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { findingsOf, flagged } from '../helpers';

const RULE = 'hardcoded-pii';

/** Full-width digits (and X) as a Chinese input method may type them. */
function fullWidth(s: string): string {
  return s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function fixOnce(text: string): string {
  return applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;
}

// Valid by construction: 11010519491231002X has the right MOD 11-2 check character, and both
// cards pass Luhn; changing the last digit breaks each.
const ID = '11010519491231002X';
const CARD16 = '6225880123456783';
const CARD19 = '6222021234567890128';

describe('hardcoded-pii', () => {
  describe('mobile numbers', () => {
    it('flags 11 digits starting 1[3-9], however they are grouped', () => {
      assert.deepEqual(flagged('坐席:您的手机号是13812345678,对吗?\n', RULE), ['13812345678']);
      assert.deepEqual(flagged('坐席:您的号码是 138-1234-5678 吗?\n', RULE), ['138-1234-5678']);
      assert.deepEqual(flagged('坐席:您的号码是138 1234 5678吗?\n', RULE), ['138 1234 5678']);
      assert.deepEqual(flagged('坐席:请拨打+86 19912345678。\n', RULE), ['19912345678']);
    });

    it('reads full-width digits and points at them in the original text', () => {
      const text = `坐席:😀您的号码是${fullWidth('13812345678')}吗?\n`;
      const [f] = findingsOf(text, RULE);
      assert.equal(text.slice(f.start, f.end), fullWidth('13812345678'));
      assert.equal(f.start, text.indexOf(fullWidth('138')));
      assert.equal(f.severity, 'error');
    });

    it('does not flag part of a longer digit run, other prefixes, or service numbers', () => {
      assert.deepEqual(flagged('坐席:订单号138123456789已提交。\n', RULE), []);
      assert.deepEqual(flagged('坐席:编号12812345678。\n', RULE), []);
      assert.deepEqual(flagged('坐席:请拨打10086、95588或400-123-4567,座机010-12345678。\n', RULE), []);
    });

    it('separates numbers that only a space joins: a service number next to a mobile', () => {
      assert.deepEqual(flagged('坐席:10086 13812345678\n', RULE), ['13812345678']);
      assert.deepEqual(flagged('坐席:13812345678 13912345678\n', RULE), ['13812345678', '13912345678']);
    });
  });

  describe('resident IDs', () => {
    it('flags 18 characters with a real birth date and a valid check character', () => {
      assert.deepEqual(flagged(`坐席:您的身份证号${ID}已核实。\n`, RULE), [ID]);
      assert.deepEqual(flagged(`坐席:您的身份证号${ID.toLowerCase()}已核实。\n`, RULE), [ID.toLowerCase()]);
      assert.deepEqual(flagged(`坐席:您的身份证号${fullWidth(ID)}已核实。\n`, RULE), [fullWidth(ID)]);
    });

    it('does not flag a wrong check character or an impossible date', () => {
      assert.deepEqual(flagged('坐席:编号110105194912310021。\n', RULE), []);
      assert.deepEqual(flagged('坐席:编号110105194913310025。\n', RULE), []);
    });
  });

  describe('bank cards', () => {
    it('flags 16 to 19 digits that pass Luhn, grouped or not', () => {
      assert.deepEqual(flagged(`坐席:卡号${CARD16}。\n`, RULE), [CARD16]);
      assert.deepEqual(flagged('坐席:卡号6222 0212 3456 7890 128。\n', RULE), ['6222 0212 3456 7890 128']);
    });

    it('does not flag numbers that fail Luhn or are too long', () => {
      assert.deepEqual(flagged('坐席:卡号6225880123456784。\n', RULE), []);
      assert.deepEqual(flagged(`坐席:流水号${CARD19}0。\n`, RULE), []);
    });
  });

  it('masks a number so that the words around it read as they did: the stars break no clause', () => {
    const text = '坐席:办不了11010519491231002X\n';
    const masked = applyFixes(text, preferredEdits(findingsOf(text, RULE))).text;
    assert.equal(masked, '坐席:办不了**************002X\n');
    const refusals = (t: string) => findingsOf(t).filter((f) => f.rule === 'refusal-alternative' || f.rule === 'negative-wording').map((f) => f.rule);
    assert.deepEqual(refusals(masked), refusals(text));
  });

  it('reads a number as it shows: characters nobody sees inside it part nothing', () => {
    assert.deepEqual(flagged('坐席:您的手机号是138\u200b1234\u20665678吗?\n', RULE), ['138\u200b1234\u20665678']);
    assert.deepEqual(flagged('坐席:您的号码是138\u200f 1234-\u200b5678吗?\n', RULE), ['138\u200f 1234-\u200b5678']);
    assert.deepEqual(flagged(`坐席:证件${ID.slice(0, 17)}\u200b${ID[17]}。\n`, RULE), [`${ID.slice(0, 17)}\u200b${ID[17]}`]);
    // Fuzz seed 117: a direction mark between a card-like run and an ID shows one run of 37
    // digits, which is no number of a customer's; deleting the mark (hidden-characters) must not
    // make it one.
    assert.deepEqual(flagged(`坐席:6222020200112233445\u2069${ID}\n`, RULE), []);
    assert.equal(fixOnce('坐席:您的手机号是138\u200b1234\u20665678吗?\n'), '坐席:您的手机号是138\u200b****\u20665678吗?\n');
  });

  it('checks only spoken agent text', () => {
    assert.deepEqual(flagged('客户:我的手机号是13812345678。\n', RULE), []);
    assert.deepEqual(flagged('坐席:好的【系统备注:13812345678】\n', RULE), []);
    assert.deepEqual(flagged('// 测试号码 13812345678\n', RULE), []);
  });

  describe('fix', () => {
    it('masks the number in place, keeping its separators, as 脱敏 shows it', () => {
      assert.equal(fixOnce('坐席:号码是138-1234-5678。\n'), '坐席:号码是138-****-5678。\n');
      assert.equal(fixOnce(`坐席:证件${ID}。\n`), '坐席:证件**************002X。\n');
      assert.equal(fixOnce('坐席:卡号6222 0212 3456 7890 128。\n'), '坐席:卡号**** **** **** ***0 128。\n');
    });

    it('masks full-width digits with full-width stars', () => {
      assert.equal(fixOnce(`坐席:${fullWidth('13812345678')}\n`), `坐席:${fullWidth('138')}${'\uFF0A'.repeat(4)}${fullWidth('5678')}\n`);
    });

    it('removes the finding and changes nothing on a second pass', () => {
      for (const text of ['坐席:13812345678 13912345678\n', `坐席:${CARD19}\n`, `坐席:${fullWidth(ID)}\n`]) {
        const once = fixOnce(text);
        assert.notEqual(once, text);
        assert.deepEqual(findingsOf(once, RULE), [], once);
        assert.equal(fixOnce(once), once);
      }
    });
  });
});
