import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { yamlEntries, DEFAULT_TIME_ZONE, type FrontMatter } from '../../server/src/engine/front-matter';
import { flatEntries } from '../../server/src/engine/front-matter-flat';

/** What the `yaml` package reads from a block: the reference the fast reader must agree with. */
function byYaml(body: string) {
  const fm: FrontMatter = { lastLine: 0, insertAt: 0, channel: 'phone', timezone: DEFAULT_TIME_ZONE, problems: [] };
  const entries = yamlEntries(body, 0, fm);
  return entries?.map((e) => ({ key: e.key, keyRange: [...e.keyRange.slice(0, 2)], value: e.value, valueRange: e.valueRange && [...e.valueRange.slice(0, 2)] }));
}

function byHand(body: string) {
  return flatEntries(body)?.map((e) => ({ ...e, keyRange: [...e.keyRange], valueRange: e.valueRange && [...e.valueRange] }));
}

const SAMPLES = [
  'title: 宽带续约外呼\ncompany: XX移动\nhotline: "10086"\ndirection: outbound\nvalid: 2027-02-05 15:00 ~ 2027-02-13 24:00\n',
  'title: 中秋關懷外呼  \r\nvalid: 2027-09-14\r\n',
  '# a comment\n\ntimezone: Asia/Shanghai\nvaild: 2027-03-01 ~ 2027-03-02\n',
  'hotline: 10086\n',
  'title: a:b\ncompany:\n',
  'title: 好 # note\n',
  'title: [a, b]\n',
  'title: "a\\"b"\n',
  'title: x\ntitle: y\n',
  '  title: x\n',
  'title: true\n',
  'title: ~\n',
  'title: -x\n',
];

describe('front matter: the flat reader', () => {
  for (const body of SAMPLES) {
    it(`reads ${JSON.stringify(body.slice(0, 30))} as yaml does, or leaves it to yaml`, () => {
      const hand = byHand(body);
      if (hand !== undefined) assert.deepEqual(hand, byYaml(body));
    });
  }

  it('reads the common flat blocks itself', () => {
    assert.ok(byHand(SAMPLES[0]));
    assert.ok(byHand(SAMPLES[1]));
    assert.ok(byHand(SAMPLES[2]));
  });

  it('agrees with yaml on random flat blocks', () => {
    const piece = fc.constantFrom('a', '宽带', ' ', ':', '#', '"', '-', '1', '0x', '.', '~', 'true', 'null', '\\', '\t', '2027-02-05', ' # x', ': ', '{', '[', '*', '&', '!', '|', '>', '%', '@', '`', "'");
    const value = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    const key = fc.constantFrom('title', 'company', 'hotline', 'valid', 'timezone', 'vaild', 'x_y-z');
    const line = fc.oneof(fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), fc.constant(''), fc.constant('# note'), fc.tuple(key, value).map(([k, v]) => `${k}:${v}`));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), fc.boolean(), (lines, crlf) => {
        const body = lines.map((l) => l + (crlf ? '\r\n' : '\n')).join('');
        const hand = byHand(body);
        if (hand !== undefined) assert.deepEqual(hand, byYaml(body));
      }),
      { numRuns: 2000 },
    );
  });
});
