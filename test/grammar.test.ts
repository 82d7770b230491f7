/*
 * Tests for the static language assets: the TextMate grammar, the language
 * configuration and the snippets. Compiled to out/test/grammar.test.js, so repo
 * files are resolved from two levels up.
 */
import { strict as assert } from 'node:assert';
import { RULES } from '../server/src/engine';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const repoRoot = path.resolve(__dirname, '../..');
const grammarPath = path.resolve(__dirname, '../..', 'syntaxes/callscript.tmLanguage.json');
/** Rules whose findings carry the config's own ids: a directive names those, not these. */
const CONFIG_DRIVEN = ['custom-patterns', 'required-phrases'];
const snippetsPath = path.resolve(__dirname, '../..', 'snippets/callscript.json');
const languageConfigPath = path.resolve(repoRoot, 'language-configuration.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(file: string): Json {
  const text = fs.readFileSync(file, 'utf8');
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Json;
}

/** Every regex in the grammar: [JSON path, Oniguruma source]. */
function collectRegexes(node: Json, where: string, out: Array<[string, string]>): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => collectRegexes(child, `${where}[${i}]`, out));
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') {
        out.push([`${where}.${key}`, value]);
      } else {
        collectRegexes(value, `${where}.${key}`, out);
      }
    }
  }
}

/** Every local include (#name) in the grammar. */
function collectIncludes(node: Json, out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child) => collectIncludes(child, out));
  } else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'include' && typeof value === 'string') out.push(value);
      else collectIncludes(value, out);
    }
  }
}

/**
 * Oniguruma-only anchors the grammar may use, rewritten for JavaScript:
 * \A (start of document) -> ^, \G (where the enclosing rule's begin ended) -> nothing,
 * \z / \Z -> $. Escaped backslashes are left alone.
 */
function onigToJs(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length) {
      const next = source[i + 1];
      i++;
      if (next === 'A') out += '^';
      else if (next === 'G') out += '';
      else if (next === 'z' || next === 'Z') out += '$';
      else out += `\\${next}`;
    } else {
      out += ch;
    }
  }
  return out;
}

const grammarJson = readJson(grammarPath);

describe('callscript grammar (syntaxes/callscript.tmLanguage.json)', () => {
  it('is a JSON object with the expected scopeName and top-level patterns', () => {
    assert.ok(isObject(grammarJson));
    assert.equal(grammarJson['scopeName'], 'source.callscript');
    assert.ok(Array.isArray(grammarJson['patterns']) && grammarJson['patterns'].length > 0);
    assert.ok(isObject(grammarJson['repository']));
  });

  it('has every #include defined in the repository', () => {
    assert.ok(isObject(grammarJson));
    const repository = grammarJson['repository'];
    assert.ok(isObject(repository));
    const includes: string[] = [];
    collectIncludes(grammarJson, includes);
    for (const include of includes) {
      if (!include.startsWith('#')) continue; // other grammars ($self, source.yaml)
      assert.ok(include.slice(1) in repository, `include ${include} has no repository entry`);
    }
  });

  it('has match/begin/end/while regexes that all compile with JavaScript RegExp', () => {
    const regexes: Array<[string, string]> = [];
    collectRegexes(grammarJson, '$', regexes);
    assert.ok(regexes.length >= 10, `expected the grammar's regexes, found ${regexes.length}`);
    for (const [where, source] of regexes) {
      const js = onigToJs(source);
      for (const flags of ['', 'u']) {
        assert.doesNotThrow(() => new RegExp(js, flags), `${where}: /${source}/ (as /${js}/${flags}) does not compile`);
      }
    }
  });
});

interface Token {
  text: string;
  scopes: string[];
}

/** Loads vscode-oniguruma once per process (a second loadWASM call throws). */
let onigLoaded: Promise<void> | undefined;
function loadOniguruma(): Promise<void> {
  if (!onigLoaded) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    const data = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    onigLoaded = oniguruma.loadWASM(data).catch((err: unknown) => {
      // Another test file in the same mocha run may have loaded it already.
      if (err instanceof Error && /more than once/i.test(err.message)) return;
      throw err;
    });
  }
  return onigLoaded;
}

/** A tiny stand-in for VS Code's YAML grammar, to see that the front matter embeds source.yaml. */
const yamlStub = {
  scopeName: 'source.yaml',
  patterns: [
    {
      match: '^([A-Za-z_][\\w-]*)(:)',
      captures: {
        '1': { name: 'entity.name.tag.yaml' },
        '2': { name: 'punctuation.separator.key-value.mapping.yaml' },
      },
    },
  ],
};

/** The callscript grammar, with the YAML stub as source.yaml or with no YAML grammar at all. */
async function loadCallscriptGrammar(withYaml: boolean): Promise<vsctm.IGrammar> {
  await loadOniguruma();
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'source.callscript') {
        return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
      }
      if (scopeName === 'source.yaml' && withYaml) {
        return vsctm.parseRawGrammar(JSON.stringify(yamlStub), 'yaml-stub.json');
      }
      return null;
    },
  });
  const loaded = await registry.loadGrammar('source.callscript');
  assert.ok(loaded, 'grammar source.callscript did not load');
  return loaded;
}

describe('callscript grammar tokenization (vscode-textmate + vscode-oniguruma)', () => {
  let grammar: vsctm.IGrammar;
  let grammarWithoutYaml: vsctm.IGrammar;

  before(async function () {
    this.timeout(20000);
    grammar = await loadCallscriptGrammar(true);
    grammarWithoutYaml = await loadCallscriptGrammar(false);
  });

  it('compiles every regex with Oniguruma', () => {
    const regexes: Array<[string, string]> = [];
    collectRegexes(grammarJson, '$', regexes);
    for (const [where, source] of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}: /${source}/ is not valid Oniguruma`);
    }
  });

  function tokenize(text: string, using: vsctm.IGrammar = grammar): Token[][] {
    let state = vsctm.INITIAL;
    const result: Token[][] = [];
    for (const line of text.split(/\r?\n/)) {
      const r = using.tokenizeLine(line, state);
      result.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
      state = r.ruleStack;
    }
    return result;
  }

  /** The token on `line` whose text is exactly `text` (the first one). */
  function tokenOf(lines: Token[][], line: number, text: string): Token {
    const tokens = lines[line];
    assert.ok(tokens, `no line ${line}`);
    const token = tokens.find((t) => t.text === text);
    assert.ok(token, `no token "${text}" on line ${line}; tokens: ${JSON.stringify(tokens.map((t) => t.text))}`);
    return token;
  }

  function assertScope(token: Token, scope: string): void {
    assert.ok(token.scopes.includes(scope), `"${token.text}" has ${JSON.stringify(token.scopes)}, expected ${scope}`);
  }

  function assertNoScope(token: Token, scope: string): void {
    assert.ok(!token.scopes.some((s) => s.startsWith(scope)), `"${token.text}" has ${JSON.stringify(token.scopes)}, did not expect ${scope}`);
  }

  const sample = [
    /* 0 */ '---',
    /* 1 */ 'title: 宽带续约外呼',
    /* 2 */ 'direction: outbound',
    /* 3 */ '---',
    /* 4 */ '',
    /* 5 */ '# 开场',
    /* 6 */ '坐席：新春快乐！我是{公司}{热线}客服代表{工号}，今天联系您是……',
    /* 7 */ '客户:什么事?',
    /* 8 */ 'A: 工号XXX(工号)【停顿2秒】请您稍等',
    /* 9 */ '// callscript-disable-next-line negative-wording, polite-pronoun no-promise',
    /* 10 */ '坐席:但是……',
    /* 11 */ '## 结束 语',
    /* 12 */ 'customer ： 好的',
    /* 13 */ '继续客户的话',
    /* 14 */ '#### 不是标题',
    /* 15 */ '// 普通注释 callscript-disable',
    /* 16 */ '客服代表说：{客户称呼}',
    /* 17 */ '  # 不是标题（# 前有空格）',
    /* 18 */ '坐席：好的【客户长时间',
    /* 19 */ '客户：这一行仍在舞台说明里',
    /* 20 */ '// callscript-disable polite-pronoun -- 引用原文 quote',
    /* 21 */ '说明结束】您好，XX（工号）为您服务',
  ].join('\n');

  it('scopes the YAML front matter and its --- delimiters', () => {
    const lines = tokenize(sample);
    const open = tokenOf(lines, 0, '---');
    assertScope(open, 'meta.embedded.block.frontmatter');
    assertScope(open, 'punctuation.definition.tag.callscript');
    const key = tokenOf(lines, 1, 'title');
    assertScope(key, 'meta.embedded.block.frontmatter');
    assertScope(key, 'entity.name.tag.yaml');
    const close = tokenOf(lines, 3, '---');
    assertScope(close, 'meta.embedded.block.frontmatter');
    assertScope(close, 'punctuation.definition.tag.callscript');
  });

  it('keeps the front matter when no YAML grammar is installed', () => {
    const lines = tokenize('---\ntitle: x\n---\n# 开场\n坐席：您好', grammarWithoutYaml);
    assertScope(tokenOf(lines, 0, '---'), 'punctuation.definition.tag.callscript');
    assertScope(tokenOf(lines, 1, 'title'), 'meta.embedded.block.frontmatter');
    assertScope(tokenOf(lines, 2, '---'), 'punctuation.definition.tag.callscript');
    assertScope(tokenOf(lines, 3, '开场'), 'entity.name.section.callscript');
    assertScope(tokenOf(lines, 4, '坐席'), 'entity.name.tag.speaker.agent.callscript');
  });

  it('treats --- as front matter only on the very first line', () => {
    const lines = tokenize('# 开场\n---\ntitle: x\n---');
    assertNoScope(tokenOf(lines, 1, '---'), 'meta.embedded');
    assertNoScope(tokenOf(lines, 2, 'title: x'), 'meta.embedded');
  });

  it('scopes section headings', () => {
    const lines = tokenize(sample);
    const hash = tokenOf(lines, 5, '#');
    assertScope(hash, 'markup.heading.callscript');
    assertScope(hash, 'punctuation.definition.heading.callscript');
    const name = tokenOf(lines, 5, '开场');
    assertScope(name, 'markup.heading.callscript');
    assertScope(name, 'entity.name.section.callscript');
    assertScope(tokenOf(lines, 11, '结束 语'), 'entity.name.section.callscript');
    assertNoScope(lines[14]?.[0] ?? { text: '', scopes: [] }, 'markup.heading');
    // like the engine: no blanks before the #
    assertNoScope(lines[17]?.[0] ?? { text: '', scopes: [] }, 'markup.heading');
  });

  it('scopes agent and customer speaker labels differently', () => {
    const lines = tokenize(sample);
    const agent = tokenOf(lines, 6, '坐席');
    assertScope(agent, 'entity.name.tag.speaker.agent.callscript');
    assertScope(agent, 'meta.turn.agent.callscript');
    assertScope(tokenOf(lines, 6, '：'), 'punctuation.separator.speaker.callscript');

    const customer = tokenOf(lines, 7, '客户');
    assertScope(customer, 'entity.name.tag.speaker.customer.callscript');
    assertNoScope(customer, 'entity.name.tag.speaker.agent');
    assertScope(tokenOf(lines, 7, ':'), 'punctuation.separator.speaker.callscript');
    assertScope(tokenOf(lines, 7, '什么事?'), 'meta.turn.customer.callscript');

    assertScope(tokenOf(lines, 8, 'A'), 'entity.name.tag.speaker.agent.callscript');
    assertScope(tokenOf(lines, 12, 'customer'), 'entity.name.tag.speaker.customer.callscript');
    // an unlabelled line continues the previous (customer) turn
    assertScope(tokenOf(lines, 13, '继续客户的话'), 'meta.turn.customer.callscript');
    // 客服代表 is not the label 客服 (no colon right after it)
    assertNoScope(lines[16]?.[0] ?? { text: '', scopes: [] }, 'entity.name.tag.speaker');
  });

  it('scopes placeholders and the legacy XXX(工号) form', () => {
    const lines = tokenize(sample);
    const name = tokenOf(lines, 6, '工号');
    assertScope(name, 'variable.other.placeholder.callscript');
    assertScope(name, 'meta.placeholder.callscript');
    const braces = lines[6]?.filter((t) => t.text === '{' || t.text === '}') ?? [];
    assert.equal(braces.length, 6);
    for (const brace of braces) assert.ok(brace.scopes.some((s) => s.startsWith('punctuation.definition.placeholder')), JSON.stringify(brace));
    assertScope(tokenOf(lines, 6, '公司'), 'variable.other.placeholder.callscript');
    assertScope(tokenOf(lines, 16, '客户称呼'), 'variable.other.placeholder.callscript');

    const legacy = tokenOf(lines, 8, 'XXX');
    assertScope(legacy, 'variable.other.placeholder.legacy.callscript');
    assertScope(legacy, 'meta.placeholder.legacy.callscript');
    const fullWidth = tokenize('坐席：我是客服代表XXX（工号）')[0] ?? [];
    assert.ok(fullWidth.some((t) => t.text === 'XXX' && t.scopes.includes('variable.other.placeholder.legacy.callscript')));
  });

  it('scopes stage directions', () => {
    const lines = tokenize(sample);
    const inner = tokenOf(lines, 8, '停顿2秒');
    assertScope(inner, 'comment.block.stage-direction.callscript');
    assertScope(tokenOf(lines, 8, '【'), 'punctuation.definition.comment.begin.callscript');
    assertScope(tokenOf(lines, 8, '】'), 'punctuation.definition.comment.end.callscript');
    assertNoScope(tokenOf(lines, 8, '请您稍等'), 'comment');
  });

  it('runs an unclosed 【 on to the next 】, as the engine does', () => {
    const lines = tokenize(sample);
    assertScope(tokenOf(lines, 18, '客户长时间'), 'comment.block.stage-direction.callscript');
    // a label inside an open stage direction is not a label
    const inside = lines[19] ?? [];
    assert.ok(inside.every((t) => t.scopes.includes('comment.block.stage-direction.callscript')), JSON.stringify(inside));
    assert.ok(inside.every((t) => !t.scopes.some((s) => s.startsWith('entity.name.tag.speaker'))), JSON.stringify(inside));
    // a // line is still a comment, with its directive
    assertScope(tokenOf(lines, 20, 'callscript-disable'), 'keyword.control.directive.callscript');
    assertScope(tokenOf(lines, 21, '说明结束'), 'comment.block.stage-direction.callscript');
    assertScope(tokenOf(lines, 21, '】'), 'punctuation.definition.comment.end.callscript');
    assertNoScope(tokenOf(lines, 21, '您好，'), 'comment');
    assertScope(tokenOf(lines, 21, 'XX'), 'variable.other.placeholder.legacy.callscript');
  });

  it('scopes comments, directives and rule ids', () => {
    const lines = tokenize(sample);
    const slashes = tokenOf(lines, 9, '//');
    assertScope(slashes, 'comment.line.double-slash.callscript');
    const directive = tokenOf(lines, 9, 'callscript-disable-next-line');
    assertScope(directive, 'comment.line.double-slash.callscript');
    assertScope(directive, 'keyword.control.directive.callscript');
    const rule = tokenOf(lines, 9, 'negative-wording');
    assertScope(rule, 'constant.other.rule-id.callscript');
    assertScope(rule, 'comment.line.double-slash.callscript');
    assertScope(tokenOf(lines, 9, 'polite-pronoun'), 'constant.other.rule-id.callscript');
    assertScope(tokenOf(lines, 9, 'no-promise'), 'constant.other.rule-id.custom.callscript');

    for (const d of ['callscript-disable-next-line', 'callscript-disable', 'callscript-enable', 'callscript-disable-file']) {
      const toks = tokenize(`// ${d} taboo-phrase`)[0] ?? [];
      const kw = toks.find((t) => t.text === d);
      assert.ok(kw && kw.scopes.includes('keyword.control.directive.callscript'), `${d}: ${JSON.stringify(toks)}`);
      const id = toks.find((t) => t.text === 'taboo-phrase');
      assert.ok(id && id.scopes.includes('constant.other.rule-id.callscript'), `${d}: ${JSON.stringify(toks)}`);
    }

    // Every rule of the pack that a directive can name is scoped as a known id, not a custom one.
    for (const { id } of RULES.filter((r) => !CONFIG_DRIVEN.includes(r.id))) {
      const tok = (tokenize(`// callscript-disable ${id}`)[0] ?? []).find((t) => t.text === id);
      assert.ok(tok && tok.scopes.includes('constant.other.rule-id.callscript') && !tok.scopes.includes('constant.other.rule-id.custom.callscript'), id);
    }

    // after -- comes the reason, not rule ids
    assertScope(tokenOf(lines, 20, 'polite-pronoun'), 'constant.other.rule-id.callscript');
    const reason = (lines[20] ?? []).filter((t) => t.text.includes('quote'));
    assert.ok(reason.length === 1 && reason[0]?.scopes.includes('meta.directive.reason.callscript'), JSON.stringify(lines[20]));
    assert.ok(!reason[0]?.scopes.some((s) => s.startsWith('constant.other.rule-id')), JSON.stringify(lines[20]));

    // a directive must come right after the //
    const plain = lines[15] ?? [];
    assert.ok(plain.every((t) => !t.scopes.includes('keyword.control.directive.callscript')), JSON.stringify(plain));
    // a // inside a turn is not a comment
    const url = tokenize('坐席：请访问 http://example.com')[0] ?? [];
    assert.ok(url.every((t) => !t.scopes.some((s) => s.startsWith('comment'))), JSON.stringify(url));
  });

  it('tokenizes the spec example without errors and keeps turns apart', () => {
    const lines = tokenize(sample);
    assertScope(tokenOf(lines, 10, '坐席'), 'entity.name.tag.speaker.agent.callscript');
    assertNoScope(tokenOf(lines, 10, '坐席'), 'meta.turn.customer');
    assertNoScope(tokenOf(lines, 11, '结束 语'), 'meta.turn');
  });
});

describe('language configuration (language-configuration.json)', () => {
  it('declares // comments, the bracket pairs and a CJK word pattern', () => {
    const config = readJson(languageConfigPath);
    assert.ok(isObject(config));
    const comments = config['comments'];
    assert.ok(isObject(comments));
    assert.equal(comments['lineComment'], '//');
    const brackets = JSON.stringify(config['brackets']);
    for (const pair of ['["{","}"]', '["【","】"]', '["(",")"]', '["（","）"]', '["“","”"]']) {
      assert.ok(brackets.includes(pair), `brackets lack ${pair}`);
    }
    const pattern = config['wordPattern'];
    assert.equal(typeof pattern, 'string');
    const words = '坐席：您好！我是{公司}客服代表{工号}，XXX（工号） taboo-phrase'.match(new RegExp(String(pattern), 'g'));
    assert.deepEqual(words, ['坐席', '您好', '我是', '{公司}', '客服代表', '{工号}', 'XXX（工号）', 'taboo-phrase']);
  });
});

describe('snippets (snippets/callscript.json)', () => {
  const snippets = readJson(snippetsPath);
  const han = /[\u3400-\u9fff]/;
  const known = ['工号', '姓名', '公司', '热线', '客户称呼', '问候语', '日期'];

  function entries(): Array<[string, { [key: string]: Json }]> {
    assert.ok(isObject(snippets));
    return Object.entries(snippets).map(([name, value]) => {
      assert.ok(isObject(value), `${name} is not an object`);
      return [name, value];
    });
  }

  function bodyOf(name: string, snippet: { [key: string]: Json }): string {
    const body = snippet['body'];
    if (typeof body === 'string') return body;
    assert.ok(Array.isArray(body) && body.every((l) => typeof l === 'string'), `${name}: body must be a string or string[]`);
    return body.join('\n');
  }

  it('offers every rule of the pack in the directive snippets\' choice lists', () => {
    const ids = RULES.filter((r) => !CONFIG_DRIVEN.includes(r.id)).map((r) => r.id);
    for (const [name, s] of entries()) {
      const body = bodyOf(name, s);
      const choice = /\/\/ callscript-disable(?:-next-line|-file)? \$\{1\|([^|]*)\|\}/.exec(body);
      if (choice) assert.deepEqual(choice[1].split(',').sort(), [...ids].sort(), name);
    }
  });

  it('covers every standard phrase of seed 000 §四 plus the skeleton and directives', () => {
    const all = entries().map(([name, s]) => bodyOf(name, s)).join('\n');
    for (const phrase of [
      '您好！我是', '周末好！我是', '新年快乐', '新春快乐', '元宵节快乐', '五一节快乐', '中秋快乐', '节日快乐', '圣诞快乐',
      '谢谢您的合作。请为我的服务评分，再见！', '请问您之前是否', '很感谢您接受访问',
      '请稍等，我正在帮您', '感谢您的等候', '对不起，系统忙', '不在我们的业务范围内', '谢谢您的建议，我们一定加以改善。',
      '谢谢，这是我们应该做的。', '我为您重新解答', '您能听见我的声音吗？', '麻烦您大声一点', '电话杂音太大',
      'title:', 'company:', 'hotline:', 'direction:', 'valid:', '# 开场', '# 结束',
      '// callscript-disable-next-line', '// callscript-disable ', '// callscript-enable', '// callscript-disable-file',
    ]) {
      assert.ok(all.includes(phrase), `no snippet contains "${phrase}"`);
    }
  });

  it('gives every snippet a Chinese prefix, an ASCII (pinyin) prefix and a bilingual description', () => {
    for (const [name, snippet] of entries()) {
      const prefix = snippet['prefix'];
      const prefixes = typeof prefix === 'string' ? [prefix] : prefix;
      assert.ok(Array.isArray(prefixes) && prefixes.every((p) => typeof p === 'string' && p.length > 0), `${name}: bad prefix`);
      assert.ok(prefixes.some((p) => typeof p === 'string' && han.test(p)), `${name}: no Chinese prefix`);
      assert.ok(prefixes.some((p) => typeof p === 'string' && /^[a-z][a-z0-9-]*$/.test(p)), `${name}: no ASCII pinyin prefix`);

      const description = snippet['description'];
      assert.equal(typeof description, 'string', `${name}: no description`);
      const parts = String(description).split(' / ');
      assert.equal(parts.length, 2, `${name}: description must be "中文 / English"`);
      assert.ok(han.test(parts[0] ?? ''), `${name}: description has no Chinese part`);
      assert.ok(/^[\x20-\x7e]*[A-Za-z][\x20-\x7e]*$/.test(parts[1] ?? ''), `${name}: description has no (ASCII) English part`);
    }
  });

  it('has no wording the linter flags, and introductions carry {工号}', () => {
    for (const [name, snippet] of entries()) {
      const body = bodyOf(name, snippet);
      assert.ok(!body.includes('但是'), `${name}: contains 但是`);
      assert.ok(!/你(?!们)/.test(body), `${name}: addresses the customer with 你 (use 您)`);
      assert.ok(!body.includes('喂'), `${name}: contains 喂`);
      if (body.includes('我是')) assert.ok(body.includes('{工号}'), `${name}: self-introduction without {工号}`);
      for (const m of body.matchAll(/(?<!\$)\{([^{}]*)\}/g)) {
        assert.ok(known.includes(m[1] ?? ''), `${name}: unknown placeholder {${m[1]}}`);
      }
      const agentLines = body.split('\n').filter((line) => /^(坐席|座席|客服|agent|A)[:：]/.test(line));
      for (const line of agentLines) {
        if (line.includes('再见')) assert.ok(/再见[！!]?(\$0)?$/.test(line), `${name}: 再见 must end the line: ${line}`);
      }
      if (name.includes('结束') || body.includes('挂机')) {
        const last = agentLines[agentLines.length - 1] ?? '';
        assert.ok(/再见[！!]?(\$0)?$/.test(last), `${name}: a closing must end with 再见`);
      }
    }
  });

  it('uses only well-formed tab stops, choices and variables', () => {
    for (const [name, snippet] of entries()) {
      let body = bodyOf(name, snippet);
      // strip the innermost snippet syntax until none is left
      for (let before = ''; before !== body; ) {
        before = body;
        body = body
          .replace(/\$\{\d+\|[^|$}]*(?:,[^|$}]*)*\|\}/g, '') // ${1|a,b|}
          .replace(/\$\{(?:\d+|[A-Z_]+):([^${}]*)\}/g, '$1') // ${1:text}, ${VAR:default}
          .replace(/\$\{(?:\d+|[A-Z_]+)\}/g, '') // ${1}, ${VAR}
          .replace(/\$(?:\d+|[A-Z_]+)/g, ''); // $1, $VAR
      }
      assert.ok(!body.includes('$'), `${name}: malformed snippet syntax left: ${body}`);
    }
  });

  it('writes every spoken line as an agent turn', () => {
    for (const [name, snippet] of entries()) {
      const body = bodyOf(name, snippet);
      if (body.startsWith('---') || body.startsWith('//')) continue; // skeleton and directives
      const first = body.split('\n')[0] ?? '';
      assert.ok(first.startsWith('坐席：'), `${name}: must start with 坐席：`);
    }
  });
});
