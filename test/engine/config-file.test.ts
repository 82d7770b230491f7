import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfigText } from '../../server/src/engine/config-file';

const ROOT = path.resolve(__dirname, '../..', '..');
const SPEC_EXAMPLE = readFileSync(path.join(ROOT, 'test/fixtures/config/spec-example.json'), 'utf8');

/** Each problem as `line:character text-it-marks message`, 1-based like an editor's status bar. */
function problems(text: string): string[] {
  return parseConfigText(text).problems.map((p) => `${p.line + 1}:${p.character + 1} ${text.slice(p.start, p.end)} ${p.message}`);
}

/** The one problem of a config, checked to be on the given line (1-based) and to mark the given text. */
function onlyProblem(text: string, line: number, marks: string): string {
  const found = parseConfigText(text).problems;
  assert.equal(found.length, 1, problems(text).join('\n'));
  assert.equal(found[0].line + 1, line, found[0].message);
  assert.equal(text.slice(found[0].start, found[0].end), marks);
  return found[0].message;
}

describe('config file', () => {
  it('accepts the example of spec §5 verbatim, as the config it says', () => {
    const parsed = parseConfigText(SPEC_EXAMPLE);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config, JSON.parse(SPEC_EXAMPLE));
  });

  it('accepts an empty object, comments, trailing commas and a BOM', () => {
    assert.deepEqual(parseConfigText('{}'), { config: {}, problems: [] });
    const text = '\ufeff{\n  // the team rules\n  "rules": { "polite-pronoun": "off", },\n}\n';
    assert.deepEqual(parseConfigText(text), { config: { rules: { 'polite-pronoun': 'off' } }, problems: [] });
  });

  it('reports broken JSON where it breaks, and gives no config', () => {
    const text = '{\n  "rules": {\n    "polite-pronoun": "off"\n    "vague-wording": "off"\n  }\n}\n';
    const parsed = parseConfigText(text);
    assert.deepEqual(parsed.config, {});
    assert.equal(parsed.problems[0].line, 3);
    assert.match(parsed.problems[0].message, /缺少逗号 .* \/ Invalid JSON: CommaExpected/);
  });

  it('reports only the first syntax error: the parser\'s later ones are echoes of it', () => {
    const parsed = parseConfigText('{\n  "rules": {\n    "polite-pronoun": "off"\n');
    assert.equal(parsed.problems.length, 1);
  });

  it('reports an empty file and a top level that is not an object', () => {
    assert.match(onlyProblem('', 1, ''), /ValueExpected/);
    assert.match(onlyProblem('[1, 2]', 1, '['), /配置应为一个 JSON 对象 .* \/ The configuration must be a JSON object/);
  });

  it('reports an unknown key on its own line, with "did you mean"', () => {
    const message = onlyProblem('{\n  "rules": {},\n  "placeholder": ["订单号"]\n}', 3, '"placeholder"');
    assert.equal(message, '未知的键“placeholder”,是不是“placeholders”? / Unknown key "placeholder"; did you mean "placeholders"?');
  });

  it('reports an unknown rule with the nearest rule id, at top level and in overrides', () => {
    assert.match(onlyProblem('{\n  "rules": {\n    "polite-pronon": "off"\n  }\n}', 3, '"polite-pronon"'), /是不是“polite-pronoun”.*did you mean "polite-pronoun"/);
    const override = '{ "overrides": [\n  { "files": ["a/**"],\n    "rules": { "weekend-greting": "off" } }\n] }';
    assert.match(onlyProblem(override, 3, '"weekend-greting"'), /Unknown rule "weekend-greting"; did you mean "weekend-greeting"/);
    assert.match(onlyProblem('{ "rules": { "zzzzzzzz": "off" } }', 1, '"zzzzzzzz"'), /expected one of: taboo-phrase, interrogative-tone, .*required-phrases/);
  });

  it('reports a wrong severity at the value, naming the allowed ones', () => {
    const message = onlyProblem('{\n  "rules": {\n    "taboo-phrase": "fatal"\n  }\n}', 3, '"fatal"');
    assert.equal(message, '应为 error、warning、info、hint、off 之一 / Must be one of error, warning, info, hint, off');
    assert.match(onlyProblem('{ "rules": { "taboo-phrase": "eror" } }', 1, '"eror"'), /did you mean "error"/);
  });

  it('explains a rule setting of the wrong type once, naming both shapes', () => {
    const message = onlyProblem('{\n  "rules": {\n    "vague-wording": 3\n  }\n}', 3, '3');
    assert.equal(
      message,
      '应为严重级别(error、warning、info、hint、off)或对象 { severity, add, remove, replacements } / ' +
        'Must be a severity (error, warning, info, hint, off) or an object { severity, add, remove, replacements }',
    );
  });

  it('checks an object rule setting against its own rule: phrase options only for phrase rules', () => {
    assert.match(onlyProblem('{ "rules": {\n "negative-wording": { "severity": "error", "ad": [] } } }', 2, '"ad"'), /did you mean "add"/);
    assert.match(onlyProblem('{ "rules": {\n "taboo-phrase": { "add": "不归我管" } } }', 2, '"不归我管"'), /Must be an array/);
    assert.match(onlyProblem('{ "rules": {\n "closing-goodbye": { "add": ["x"] } } }', 2, '"add"'), /Unknown key "add"; expected one of: severity/);
  });

  it('reports wrong types and missing keys at the right place', () => {
    const text = [
      '{',
      '  "placeholders": "订单号",',
      '  "patterns": [',
      '    { "id": "no-promise", "message": "不要当场承诺" }',
      '  ],',
      '  "files": []',
      '}',
    ].join('\n');
    assert.deepEqual(problems(text), [
      '2:19 "订单号" 应为数组 / Must be an array',
      '4:5 { 缺少必填的键“regex” / Missing required key "regex"',
      '6:3 "files" 不能为空 / Must not be empty',
    ]);
  });

  it('accepts every example in the configuration docs', () => {
    for (const doc of ['docs/config.md', 'docs/rules/custom-patterns.md', 'docs/rules/required-phrases.md']) {
      const blocks = [...readFileSync(path.join(ROOT, doc), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
      assert.ok(blocks.length > 0, doc);
      for (const block of blocks) assert.deepEqual(problems(block), [], `${doc}:\n${block}`);
    }
  });

  it('accepts placeholder names with or without braces, and nothing else', () => {
    assert.deepEqual(problems('{ "placeholders": ["订单号", "{套餐名称}"] }'), []);
    assert.match(onlyProblem('{ "placeholders": [\n"订单{号"] }', 2, '"订单{号"'), /such as 订单号 or \{订单号\}/);
  });

  it('treats "__proto__" as a key like any other: unknown', () => {
    assert.match(onlyProblem('{\n  "__proto__": { "rules": {} }\n}', 2, '"__proto__"'), /Unknown key "__proto__"/);
  });

  it('reports a duplicate key at the second one', () => {
    const message = onlyProblem('{\n  "files": ["a/**"],\n  "files": ["b/**"]\n}', 3, '"files"');
    assert.match(message, /Duplicate key "files"/);
  });

  it('gives every message in Chinese and English, together and apart', () => {
    const found = parseConfigText('{ "rules": { "x": 1 }, "holidays": [{ "name": "x", "solar": "13-01" }], "patterns": [{}] }').problems;
    assert.equal(found.length, 6);
    for (const p of found) {
      assert.match(p.localized.zh, /[\u4e00-\u9fff]/);
      assert.match(p.localized.en, /^[A-Z][\x20-\x7e]*$/);
      assert.equal(p.message, `${p.localized.zh} / ${p.localized.en}`);
    }
  });

  describe('holidays', () => {
    it('checks dates, times and greetings at their lines', () => {
      const text = [
        '{ "holidays": [',
        '  { "name": "植树节", "solar": "02-30", "greeting": "植树节快乐!" },',
        '  { "name": "腊八", "lunar": "12-31", "greeting": "腊八节快乐!" },',
        '  { "name": "重阳", "lunar": "09-09", "from": "7:00", "greeting": "重阳节快乐!" },',
        '  { "name": "七夕", "lunar": "07-07", "from": "08:00", "to": "25:00", "greeting": "七夕快乐!" },',
        '  { "name": "小年", "lunar": "12-23", "greeting": " " }',
        '] }',
      ].join('\n');
      assert.deepEqual(problems(text), [
        '2:29 "02-30" 公历 2 月没有 30 日 / Month 2 has no day 30',
        '3:28 "12-31" 应为农历日期 MM-DD(日为 01 至 30)或“除夕” / Must be a lunar date MM-DD (day 01 to 30) or 除夕',
        '4:45 "7:00" 应为 HH:mm 格式的时间(00:00 至 24:00) / Must be a time HH:mm (00:00 to 24:00)',
        '5:60 "25:00" 应为 HH:mm 格式的时间(00:00 至 24:00) / Must be a time HH:mm (00:00 to 24:00)',
        '6:49 " " 不能为空 / Must not be empty',
      ]);
    });

    it('accepts 除夕, 02-29 and a window over several days', () => {
      const text = '{ "holidays": [ { "name": "除夕夜", "lunar": "除夕", "from": "18:00", "to": "02:00", "days": 1, "greeting": "除夕快乐!" },\n' +
        '{ "name": "闰日", "solar": "02-29", "greeting": "你好!" } ] }';
      assert.deepEqual(problems(text), []);
    });

    it('asks a new holiday for a date and a greeting, and one date only', () => {
      assert.match(onlyProblem('{ "holidays": [\n  { "name": "店庆", "greeting": "店庆快乐!" }\n] }', 2, '{'), /A new holiday needs a solar \(Gregorian\) or a lunar date/);
      assert.match(onlyProblem('{ "holidays": [\n  { "name": "店庆", "lunar": "05-05" }\n] }', 2, '{'), /A new holiday needs a greeting/);
      // 端午, 七夕 and 重阳 are known: their name alone turns them on.
      assert.deepEqual(problems('{ "holidays": [ { "name": "端午" }, { "name": "七夕" }, { "name": "重阳", "to": "20:00" } ] }'), []);
      assert.match(onlyProblem('{ "holidays": [ { "name": "端午", "solar": "06-01",\n "lunar": "05-05", "greeting": "x" } ] }', 2, '"lunar"'), /either solar or lunar, not both/);
    });

    it('lets an entry for a built-in holiday change only what it gives', () => {
      assert.deepEqual(problems('{ "holidays": [ { "name": "国庆", "to": "20:00" }, { "name": "春节", "greeting": "新年好!" } ] }'), []);
    });

    it('asks a one-day window to end after it starts, with built-in times filled in', () => {
      assert.match(onlyProblem('{ "holidays": [ { "name": "七夕", "lunar": "07-07",\n "from": "20:00", "to": "08:00", "greeting": "七夕快乐!" } ] }', 2, '"08:00"'), /must end after it starts/);
      assert.match(onlyProblem('{ "holidays": [ { "name": "元宵",\n "to": "06:00" } ] }', 2, '"06:00"'), /must end after it starts/);
      assert.match(onlyProblem('{ "holidays": [ { "name": "元宵",\n "from": "24:00" } ] }', 2, '"24:00"'), /cannot start at 24:00/);
    });
  });

  describe('patterns and require', () => {
    it('reports a regex RE2 cannot run, at its line, with why', () => {
      const text = '{ "patterns": [\n  { "id": "a", "regex": "(保证", "message": "m" },\n  { "id": "b", "regex": "(?<!不)保证", "message": "m" }\n] }';
      const found = parseConfigText(text).problems;
      assert.deepEqual(found.map((p) => [p.line, text.slice(p.start, p.end)]), [[1, '"(保证"'], [2, '"(?<!不)保证"']]);
      assert.match(found[0].message, /^正则表达式无效:.*missing closing \).* \/ Invalid regular expression: /);
      assert.match(found[1].message, /RE2 has no backreferences or lookaround/);
    });

    it('reports a regex that matches empty text, and an empty regex once', () => {
      assert.match(onlyProblem('{ "patterns": [ { "id": "a",\n "regex": "(保证)?", "message": "m" } ] }', 2, '"(保证)?"'), /matches empty text/);
      assert.match(onlyProblem('{ "patterns": [ { "id": "a",\n "regex": "", "message": "m" } ] }', 2, '""'), /Must not be empty/);
    });

    it('reports ids that are not usable: a built-in rule id, a repeated id, spaces', () => {
      const text = [
        '{ "patterns": [',
        '    { "id": "taboo-phrase", "regex": "x", "message": "m" },',
        '    { "id": "no promise", "regex": "x", "message": "m" } ],',
        '  "require": [',
        '    { "id": "rating", "phrases": ["评分"] },',
        '    { "id": "rating", "phrases": ["再见"] } ] }',
      ].join('\n');
      assert.deepEqual(
        parseConfigText(text).problems.map((p) => [p.line + 1, text.slice(p.start, p.end)]),
        [[2, '"taboo-phrase"'], [3, '"no promise"'], [6, '"rating"']],
      );
    });

    it('reports an empty phrase list and an unknown role', () => {
      const text = '{ "require": [ { "id": "r",\n "phrases": [],\n "role": "caller" } ] }';
      assert.deepEqual(problems(text), [
        '2:2 "phrases" 不能为空 / Must not be empty',
        '3:10 "caller" 应为 agent、customer、any 之一 / Must be one of agent, customer, any',
      ]);
    });
  });
});
