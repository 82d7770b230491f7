import { strict as assert } from 'node:assert';
import { applyFixes, preferredEdits } from '../../server/src/engine';
import { DEFAULT_IGNORABLE_RANGES } from '../../server/src/engine/normalize';
import { findingsOf, flagged } from '../helpers';

/** Every default-ignorable code point of the BMP, one string each. */
function ignorables(): string[] {
  const all: string[] = [];
  for (const [from, to] of DEFAULT_IGNORABLE_RANGES) for (let c = from; c <= to; c++) all.push(String.fromCharCode(c));
  return all;
}

/** Invisible characters cannot hide a phrase; bidirectional controls in agent text are reported. */
describe('invisible characters', () => {
  it('are transparent to matching, every one of the default-ignorables, with the range on the writer’s characters', () => {
    const must = ['\u00ad', '\u034f', '\u180e', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2064', '\ufe00', '\ufe0f', '\ufeff'];
    for (const c of must) assert.ok(ignorables().includes(c), `U+${c.charCodeAt(0).toString(16)}`);
    for (const c of ignorables()) {
      const text = `坐席:这${c}是我们公司的规定。\n`;
      assert.deepEqual(flagged(text, 'taboo-phrase'), [`这${c}是我们公司的规定`], `U+${c.charCodeAt(0).toString(16)}`);
    }
  });

  it('are transparent in plane 14 (tags and variation selectors 17–256) too', () => {
    for (const c of ['\u{E0001}', '\u{E0041}', '\u{E0100}', '\u{E01EF}']) {
      assert.deepEqual(flagged(`坐席:这是我们${c}公司的规定。\n`, 'taboo-phrase'), [`这是我们${c}公司的规定`]);
    }
    // A character of another plane is kept: 𠀀 between 这 and 是 is no hidden character.
    assert.deepEqual(flagged('坐席:这\u{20000}是我们公司的规定。\n', 'taboo-phrase'), []);
  });

  it('hide nothing in phrases a config adds either', () => {
    const config = { rules: { 'taboo-phrase': { add: ['不\u200b归我们管'] } } };
    assert.deepEqual(flagged('坐席:这个不归\u2060我们管。\n', 'taboo-phrase', { config }), ['不归\u2060我们管']);
  });

  describe('bidirectional controls (hidden-characters)', () => {
    it('are reported in agent text, each run once, naming the code points', () => {
      const text = '坐席:您好,这\u202e是规定\u2066\u2069。\n客户:这\u202e是什么?\n';
      const found = findingsOf(text, 'hidden-characters');
      assert.deepEqual(found.map((f) => [f.severity, text.slice(f.start, f.end)]), [['error', '\u202e'], ['error', '\u2066\u2069']]);
      assert.match(found[1].message.en, /U\+2066 U\+2069/);
    });

    it('are deleted by the preferred fix, and nothing is left to fix', () => {
      const text = '坐席:您好,这\u202e是规定\u200f。\n';
      const fixed = applyFixes(text, preferredEdits(findingsOf(text, 'hidden-characters'))).text;
      assert.equal(fixed, '坐席:您好,这是规定。\n');
      assert.deepEqual(findingsOf(fixed, 'hidden-characters'), []);
    });

    it('are only offered their deletion where it would make the agent\'s words a comment, a heading or the customer\'s', () => {
      const preferred = (text: string) => findingsOf(text, 'hidden-characters').map((f) => f.fixes[0].preferred === true);
      assert.deepEqual(preferred('\u202e//\n'), [false]);
      assert.deepEqual(preferred('\u202e# 标题\n'), [false]);
      assert.deepEqual(preferred('坐席:好的\n\u202e客户:你好\n'), [false]);
      // The agent's still: 坐席: is then read as the label it looks like.
      assert.deepEqual(preferred('\u202e坐席:您好\n'), [true]);
      assert.deepEqual(preferred('坐席:好\u202e的\n'), [true]);
    });

    it('leave zero-width spaces and joiners alone: they hide nothing from the reader', () => {
      assert.deepEqual(findingsOf('坐席:您好\u200b,请问\u200d有什么可以帮您?\n', 'hidden-characters'), []);
    });
  });
});
