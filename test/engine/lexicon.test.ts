import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyFixes, preferredEdits, ruleById } from '../../server/src/engine';
import { inScriptOf, toSimplified } from '../../server/src/engine/chinese-script';
import { KIND_RULE, LEXICON, spellings, type LexiconEntry, type LexiconRule } from '../../server/src/engine/lexicon';
import { LEXICON_SOURCES } from '../../server/src/engine/lexicon/sources';
import { normalizePhrase } from '../../server/src/engine/normalize';
import { findingsOf } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');
const RULES = Object.keys(LEXICON) as LexiconRule[];
const ALL = RULES.flatMap((rule) => LEXICON[rule].map((entry) => ({ rule, entry })));
const PHRASE_RULES = ['taboo-phrase', 'interrogative-tone', 'negative-wording', 'polite-pronoun', 'vague-wording', 'over-promise'];
const norm = (text: string) => normalizePhrase(toSimplified(text)).text;

/** Whether `rule` reports a piece of `line` that holds all of `phrase`, however it is written. */
/** taboo-phrase's curt turns read a whole turn's form, not its phrases: a guard is a fragment, not a turn. */
const CURT_TURN = /冲着客户的感叹|生硬的否定答复/;

function reports(line: string, rule: string, phrase: string, options = {}): boolean {
  const text = `坐席:${line}\n`;
  return findingsOf(text, rule, options).some((f) => !CURT_TURN.test(f.message.zh) && norm(text.slice(f.start, f.end)).includes(norm(phrase)));
}

describe('lexicon: the data', () => {
  it('has at least 300 entries from at least 12 sources, each source described and addressed', () => {
    assert.ok(ALL.length >= 300, `${ALL.length} entries`);
    const cited = new Set(ALL.map(({ entry }) => entry.cite.source));
    assert.ok(cited.size >= 12, `${cited.size} sources cited`);
    for (const [key, s] of Object.entries(LEXICON_SOURCES)) {
      for (const field of [s.title, s.publisher, s.sector]) assert.ok(field.trim().length > 0, key);
      assert.match(s.url, /^https?:\/\/\S+$/, key);
    }
  });

  it('draws on no page of a held-out corpus made after the first (those corpora measure text the lexicon never saw)', () => {
    const addresses = (text: string) => new Set(text.match(/https?:\/\/[^\s,|)]+/g) ?? []);
    const lexicon = new Set(Object.values(LEXICON_SOURCES).map((s) => s.url));
    for (const dir of readdirSync(path.join(ROOT, 'eval')).filter((d) => /^holdout\d+$/.test(d))) {
      const held = addresses(readFileSync(path.join(ROOT, 'eval', dir, 'SOURCES.md'), 'utf8'));
      assert.deepEqual([...held].filter((a) => lexicon.has(a)), [], dir);
    }
  });

  it('cites a known source and a section for every entry', () => {
    for (const { entry } of ALL) {
      assert.ok(LEXICON_SOURCES[entry.cite.source], `${entry.phrase}: unknown source ${entry.cite.source}`);
      assert.ok(entry.cite.section.trim().length > 0, entry.phrase);
      if (entry.variantOf !== undefined) assert.ok(entry.variantOf.trim().length > 0, entry.phrase);
    }
  });

  it('files every entry under the rule of its kind', () => {
    for (const { rule, entry } of ALL) assert.equal(KIND_RULE[entry.kind], rule, `${entry.phrase} (${entry.kind})`);
  });

  it('duplicates no seed entry of any phrase rule and no other entry', () => {
    const lexiconPhrases = new Set(ALL.flatMap(({ entry }) => spellings(entry.phrase)));
    const seen = new Map<string, string>();
    for (const id of PHRASE_RULES) {
      for (const e of ruleById(id)?.phrases?.entries ?? []) {
        if (!lexiconPhrases.has(e.phrase)) seen.set(norm(e.phrase), `${id} seed entry ${e.phrase}`);
      }
    }
    for (const { entry } of ALL) {
      const key = norm(entry.phrase);
      assert.ok(!seen.has(key), `${entry.phrase} duplicates ${seen.get(key)}`);
      seen.set(key, `lexicon entry ${entry.phrase}`);
    }
  });

  it('gives each rule all of its lexicon entries and guards, after the seeds\' own', () => {
    for (const rule of RULES) {
      const phrases = ruleById(rule)?.phrases;
      const entries = (phrases?.entries ?? []).map((e) => e.phrase);
      const own = LEXICON[rule].flatMap((e) => spellings(e.phrase));
      assert.deepEqual(entries.slice(entries.length - own.length), own, rule);
      for (const guard of LEXICON[rule].flatMap((e) => e.guards ?? [])) assert.ok(phrases?.guards?.includes(guard), guard);
    }
  });
});

describe('lexicon: every entry is flagged by its rule', () => {
  const withPolite = (s: string) => s.replace(/你/g, '您');
  for (const { rule, entry } of ALL) {
    it(`${rule} flags ${entry.phrase} alone, in traditional characters, with 您 and in a sentence`, () => {
      assert.ok(reports(entry.phrase, rule, entry.phrase), 'alone');
      const traditional = inScriptOf(entry.phrase, '這');
      assert.ok(reports(traditional, rule, traditional), `traditional ${traditional}`);
      assert.ok(reports(withPolite(entry.phrase), rule, entry.phrase), 'with 您');
      assert.ok(reports(`对不起，${entry.phrase}，谢谢。`, rule, entry.phrase), 'in a sentence');
    });
  }
});

describe('lexicon: guards and rewordings', () => {
  const guarded = ALL.flatMap(({ rule, entry }) => (entry.guards ?? []).map((guard) => ({ rule, entry, guard })));

  it('has guards to test', () => assert.ok(guarded.length > 0));

  for (const { rule, entry, guard } of guarded) {
    it(`${rule} passes ${guard}, which holds ${entry.phrase} innocently, in both scripts`, () => {
      assert.ok(norm(guard).includes(norm(entry.phrase)), 'a guard holds its phrase');
      for (const line of [guard, inScriptOf(guard, '這')]) {
        assert.ok(!reports(line, rule, entry.phrase), line);
      }
    });
  }

  const reworded = ALL.filter(({ entry }) => entry.replacement !== undefined);

  it('has rewordings to test', () => assert.ok(reworded.length > 0));

  for (const { rule, entry } of reworded) {
    const replacement = entry.replacement as string;
    it(`${rule} rewords ${entry.phrase} as ${replacement}, which no phrase rule flags, in both scripts`, () => {
      for (const r of [replacement, inScriptOf(replacement, '這')]) {
        assert.deepEqual(findingsOf(`坐席:${r}\n`).filter((f) => PHRASE_RULES.includes(f.rule)).map((f) => f.rule), [], r);
      }
      const text = `坐席:${entry.phrase}。\n`;
      const fixed = applyFixes(text, preferredEdits(findingsOf(text, rule))).text;
      assert.equal(fixed, `坐席:${replacement}。\n`);
    });
  }
});

describe('lexicon: messages', () => {
  const messageOf = (line: string, rule: string) => findingsOf(`坐席:${line}\n`, rule)[0]?.message;
  const entryOfKind = (kind: LexiconEntry['kind']) => ALL.find(({ entry }) => entry.kind === kind && !entry.phrase.includes('你'));

  it('says what a taboo of each kind does wrong, and says 直呼 only of a 直呼', () => {
    const says: Array<[LexiconEntry['kind'], RegExp]> = [
      ['直呼', /直呼/],
      ['责问/训斥', /责问、训斥/],
      ['不耐烦', /不耐烦/],
      ['命令', /命令/],
      ['讽刺', /讽刺/],
    ];
    for (const [kind, pattern] of says) {
      const found = entryOfKind(kind);
      assert.ok(found, kind);
      const message = messageOf(found.entry.phrase, 'taboo-phrase');
      assert.match(message?.zh ?? '', pattern, `${kind}: ${found.entry.phrase}`);
      if (kind !== '直呼') assert.doesNotMatch(message?.zh ?? '', /直呼/, found.entry.phrase);
      assert.ok((message?.en ?? '').length > 0);
    }
  });

  it('calls a 反问 a rhetorical question, under interrogative-tone', () => {
    assert.match(messageOf('没看见牌子', 'interrogative-tone')?.zh ?? '', /反问/);
    assert.equal(messageOf('没看见牌子', 'taboo-phrase'), undefined);
  });

  it('tells 推诿 to name who can help, 拒绝 to say what the agent can do, 否定 to check first', () => {
    assert.match(messageOf('找领导去', 'negative-wording')?.zh ?? '', /推诿/);
    assert.match(messageOf('今天办不了', 'negative-wording')?.zh ?? '', /我可以为您/);
    assert.match(messageOf('没这回事', 'negative-wording')?.zh ?? '', /先核实/);
  });

  it('keeps the seeds\' message for the seeds\' phrases', () => {
    assert.match(messageOf('信不信由你', 'taboo-phrase')?.zh ?? '', /不得直呼、责问、训斥或反问客户/);
  });
});

describe('lexicon: a team\'s callscript.json', () => {
  it('removes a lexicon entry with `remove`, in any script', () => {
    const config = { rules: { 'taboo-phrase': { remove: ['有完没完'] }, 'negative-wording': { remove: ['找領導去'] } } };
    assert.ok(!reports('有完沒完', 'taboo-phrase', '有完没完', { config }));
    assert.ok(!reports('找领导去', 'negative-wording', '找领导去', { config }));
    assert.ok(reports('真烦人', 'taboo-phrase', '真烦人', { config }), 'the others stay');
  });

  it('removes a phrase with 着 in both spellings when `remove` names both', () => {
    const config = { rules: { 'taboo-phrase': { remove: ['等着吧', '等著吧'] } } };
    for (const line of ['等着吧', '等著吧']) assert.ok(!reports(line, 'taboo-phrase', line, { config }), line);
  });

  it('gives a lexicon entry a rewording with `replacements`, preferred', () => {
    const config = { rules: { 'taboo-phrase': { replacements: { 有完没完: '请问还有什么可以帮您' } } } };
    const text = '坐席:有完没完?\n';
    const fixed = applyFixes(text, preferredEdits(findingsOf(text, 'taboo-phrase', { config }))).text;
    assert.equal(fixed, '坐席:请问还有什么可以帮您?\n');
  });

  it('turns a whole rule\'s lexicon off with the rule', () => {
    const config = { rules: { 'negative-wording': 'off' as const } };
    assert.deepEqual(findingsOf('坐席:找领导去。\n', 'negative-wording', { config }), []);
  });
});
