import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../server/src/engine';
import { pathToFileURL } from 'node:url';
import { bakedKey, mayMatch } from '../../server/src/engine/may-match';
import { requiredLiterals } from '../../server/src/engine/required-literals';
import type { Construction } from '../../server/src/engine/rules/construction';
import { BLAME_SHIFTING } from '../../server/src/engine/rules/blame-shifting';
import { BRUSH_OFFS } from '../../server/src/engine/rules/brush-offs';
import { CONTEMPT } from '../../server/src/engine/rules/contempt';
import { DISMISSALS } from '../../server/src/engine/rules/dismissals';
import { FLAT_REFUSALS } from '../../server/src/engine/rules/flat-refusals';
import { IMPATIENCE } from '../../server/src/engine/rules/impatience';
import { INSULTS } from '../../server/src/engine/rules/insults';
import { ORDERS } from '../../server/src/engine/rules/orders';
import { PROMISES } from '../../server/src/engine/rules/promises';
import { RHETORICAL_QUESTIONS } from '../../server/src/engine/rules/rhetorical-questions';
import { SENDING_ELSEWHERE } from '../../server/src/engine/rules/sending-elsewhere';
import { THREATS } from '../../server/src/engine/rules/threats';
import { VAGUE_ANSWERS } from '../../server/src/engine/rules/vague-answers';
import { VAGUE_TIMES } from '../../server/src/engine/rules/vague-times';

const sorted = (re: RegExp) => [...(requiredLiterals(re) ?? ['(none)'])].sort();

describe('required-literals: what a text must hold for a pattern to match', () => {
  it('joins the literal parts of a sequence, through optional and alternative parts', () => {
    assert.deepEqual(sorted(/不(?:能|可以)办/g), ['不可以办', '不能办']);
    assert.deepEqual(sorted(/你(?:们)?自己/g), ['你们自己', '你自己']);
    assert.deepEqual(sorted(/[早晚]安/g), ['早安', '晚安']);
    assert.deepEqual(sorted(/\u4f60\u597d/g), ['你好']);
  });

  it('keeps the part that says most where a part in between can be anything', () => {
    // The orders table's slowest pattern: any few characters, then what is fetched.
    assert.deepEqual(sorted(/(?:(?!给|帮|为|我|咱)[\u4e00-\u9fff]){1,6}?(?:拿来|拿出来|拿过来)(?:吧|啊)?/g), ['拿出来', '拿来', '拿过来']);
    assert.deepEqual(sorted(/(?<=自己)不会[^吗么]{1,10}(?:吗|么)/g), ['不会']);
    assert.deepEqual(sorted(/爱(去|告)(哪儿|哪)\1\2/g), ['爱去哪', '爱告哪']);
  });

  it('needs every alternative to need something, and drops a literal that holds another', () => {
    assert.deepEqual(sorted(/不行|没门|不行啊/g), ['不行', '没门']);
    assert.deepEqual(sorted(/不行|.{2}/g), ['(none)']);
    assert.deepEqual(sorted(/不行|.{2}没门/g), ['不行', '没门']);
  });

  it('derives nothing where a match can be empty or of any characters, nor under the i flag', () => {
    for (const re of [/(?:吗)?/g, /[\u4e00-\u9fff]+/g, /[^好]/g, /好*/g, /.{2}|你/g, /你好/i]) assert.equal(requiredLiterals(re), undefined, re.source);
    assert.deepEqual(sorted(/.好/g), ['好']);
    assert.deepEqual(sorted(/\w+好/g), ['好']);
  });

  it('lets a pattern run whenever the text holds one of its literals, and whenever none is derived', () => {
    const orders = /(?:(?!给|帮)[\u4e00-\u9fff]){1,6}?(?:拿来|递过来)(?:吧)?/g;
    assert.equal(mayMatch(orders, '请把身份证件递过来吧'), true);
    assert.equal(mayMatch(orders, '请您出示身份证件'), false);
    // 拿 and 来 both there, 拿来 not: the pairs of characters tell them apart.
    assert.equal(mayMatch(orders, '拿着单子过来'), false);
    const anything = /[\u4e00-\u9fff]{2}/g;
    assert.equal(mayMatch(anything, '好的'), true);
    assert.equal(mayMatch(anything, 'ok'), true);
  });

  const tables: Array<[string, readonly Construction[]]> = [
    ['blame-shifting', BLAME_SHIFTING],
    ['brush-offs', BRUSH_OFFS],
    ['contempt', CONTEMPT],
    ['dismissals', DISMISSALS],
    ['flat-refusals', FLAT_REFUSALS],
    ['impatience', IMPATIENCE],
    ['insults', INSULTS],
    ['orders', ORDERS],
    ['promises', PROMISES],
    ['rhetorical-questions', RHETORICAL_QUESTIONS],
    ['sending-elsewhere', SENDING_ELSEWHERE],
    ['threats', THREATS],
    ['vague-answers', VAGUE_ANSWERS],
    ['vague-times', VAGUE_TIMES],
  ];

  it('spares no view a construction pattern matches in: every pattern of every table over the eval corpora', () => {
    const root = path.resolve(__dirname, '../../..');
    const views: string[] = [];
    for (const dir of readdirSync(path.join(root, 'eval')).filter((d) => d === 'corpus' || d.startsWith('holdout'))) {
      for (const file of readdirSync(path.join(root, 'eval', dir)).filter((f) => f.endsWith('.callscript'))) {
        const text = readFileSync(path.join(root, 'eval', dir, file), 'utf8');
        views.push(lint(text, { rules: [] }).view.text);
      }
    }
    let matched = 0;
    for (const [name, table] of tables) {
      for (const c of table) {
        const once = new RegExp(c.pattern.source, c.pattern.flags.replace('g', ''));
        for (const view of views) {
          if (!once.test(view)) continue;
          matched++;
          assert.equal(mayMatch(c.pattern, view), true, `${name}: ${c.name}`);
        }
      }
    }
    assert.ok(matched > 100, `only ${matched} matches: the corpora were not read`);
  });

  it('derives literals from most of the tables’ patterns', () => {
    const all = tables.flatMap(([, table]) => table);
    const derived = all.filter((c) => requiredLiterals(c.pattern) !== undefined);
    assert.ok(derived.length >= all.length * 0.9, `${derived.length} of ${all.length}`);
  });

  it('bakes every table pattern’s literals into the bundles as they are derived at run time', async function () {
    this.timeout(60000);
    const root = path.resolve(__dirname, '../../..');
    const { bakeLiterals } = (await import(pathToFileURL(path.join(root, 'scripts/bake-literals.mjs')).href)) as { bakeLiterals: () => Promise<Record<string, readonly string[] | null>> };
    const baked = await bakeLiterals();
    for (const [name, table] of tables) {
      for (const c of table) assert.deepEqual(baked[bakedKey(c.pattern)], requiredLiterals(c.pattern) ?? null, `${name}: ${c.name}`);
    }
  });
});
