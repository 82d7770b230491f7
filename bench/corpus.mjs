// A deterministic synthetic corpus of call scripts: the same seed gives the same bytes, so that
// every run (and every machine) measures the same work. Phrases are injected at known places —
// agent lines, which must be flagged, and customer lines, stage directions and comments, which
// must not — and the expected findings are written next to the corpus.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { PHRASE_RULES } from './phrases.mjs';

/** Bump when the generator changes, so that a cached corpus is rebuilt. */
const GENERATOR_VERSION = 3;
const FILES_PER_DIR = 100;

/** mulberry32: small, fast, and the same on every platform. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Agent sentences are written to break no rule of the default pack (您 not 你, no vague or
// negative wording, no 请稍等 without thanks), so that the only findings are the injected ones.
const AGENT = [
  '感谢您一直以来对我们的支持。',
  '您目前使用的套餐是每月五十八元的畅享套餐。',
  '本次为您推荐的宽带续约方案包含两年的优惠期。',
  '续约之后月费可以降低二十元。',
  '如果您有任何疑问,欢迎随时拨打{热线}咨询。',
  '我已经为您记录下来了。',
  '请您核对一下收件地址。',
  '我们会在三个工作日内为您处理完毕。',
  '办理成功后会有短信通知您。',
  '您的账户余额是一百二十元。',
  '新的资费从下个月一号开始生效。',
  '这项业务不收取任何额外费用。',
  '您可以通过手机营业厅查询办理进度。',
  '为了保障您的账户安全,需要核实一下您的身份信息。',
  '请问您现在方便接听电话吗?',
  '非常理解您的心情。',
  '我们会尽快安排工程师上门。',
  '上门时间预计在明天上午。',
  '感谢您的耐心。',
  '这个问题我会反馈给相关部门。',
  '您反映的情况我已经详细记录。',
  '流量包每月包含三十个G的国内流量。',
  '您也可以选择按月付费的方式。',
  '活动期间办理可以享受八折优惠。',
  '优惠结束后恢复原价。',
  '您的宽带合约将于月底到期。',
  '我们为老用户准备了专属的续约礼包。',
  '礼包包含一年的视频会员。',
  '如您需要,我现在就为您办理。',
  '稍后我会把详细资料发送到您的手机上。',
  '{客户称呼},请问您对这个方案还满意吗?',
  '您的订单已经提交成功。',
  '麻烦您留意一下短信验证码。',
  '我们的营业时间是早上八点到晚上八点。',
  '根据您的使用习惯,这个套餐更划算。',
  '您的积分可以兑换话费或者流量。',
];
const CUSTOMER = [
  '什么事?',
  '我现在有点忙。',
  '这个套餐多少钱?',
  '能便宜一点吗?',
  '好的,你说吧。',
  '我考虑一下。',
  '上次的问题还没解决。',
  '你们的宽带老是断线。',
  '那就办理吧。',
  '我不需要。',
  '可以,谢谢。',
  '什么时候生效?',
  '你再说一遍?',
  '嗯,知道了。',
];
const STAGE = ['【语气亲切】', '【停顿两秒】', '【核实身份后】', '【放慢语速】'];
const COMMENTS = ['// 话术版本:二〇二七年三月', '// 以下内容请根据客户情况调整', '// 审核人:质检组'];
const SECTIONS = ['业务介绍', '身份核实', '方案推荐', '异议处理', '办理确认', '资费说明'];
const PRODUCTS = ['宽带续约', '流量包推广', '话费查询', '套餐升级', '积分兑换', '故障回访'];

export const VOCABULARY = [...AGENT, ...CUSTOMER].join('');

/** Where injected phrases go; only `agent` places are spoken agent text. */
const PLACES = ['agent', 'agent', 'agent', 'continuation', 'customer', 'stage', 'comment'];

/**
 * The corpus of `files` scripts under `dir` (cached: rebuilt only when missing or stale).
 * Returns the expected findings: per file, [rule, line, startCharacter, endCharacter] in UTF-16.
 */
export function ensureCorpus(dir, files, seed = 20270310) {
  const stamp = path.join(dir, '.bench-corpus.json');
  const key = { version: GENERATOR_VERSION, files, seed };
  if (existsSync(stamp)) {
    const cached = JSON.parse(readFileSync(stamp, 'utf8'));
    if (JSON.stringify(cached.key) === JSON.stringify(key)) return cached;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = prng(seed);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const expected = {};
  const spokenElsewhere = { customer: 0, stage: 0, comment: 0 };
  let bytes = 0;
  let lines = 0;
  let agentInjections = 0;
  for (let i = 0; i < files; i++) {
    const rel = path.join(`d${String(Math.floor(i / FILES_PER_DIR)).padStart(3, '0')}`, `script-${String(i).padStart(5, '0')}.callscript`);
    const script = writeScript(random, toTraditional, i);
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, script.text);
    bytes += Buffer.byteLength(script.text);
    lines += script.lineCount;
    expected[rel] = script.hits;
    agentInjections += script.hits.length;
    for (const k of Object.keys(spokenElsewhere)) spokenElsewhere[k] += script.elsewhere[k];
  }
  const manifest = { key, files, bytes, lines, agentInjections, notFlaggable: spokenElsewhere, expected };
  writeFileSync(stamp, JSON.stringify(manifest));
  return manifest;
}

function writeScript(random, toTraditional, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = [];
  const hits = [];
  const elsewhere = { customer: 0, stage: 0, comment: 0 };
  const product = pick(PRODUCTS);
  out.push('---', `title: ${product}外呼 第${index + 1}版`, 'company: XX移动', 'hotline: "10086"', `direction: ${pick(['inbound', 'outbound', 'callback'])}`);
  if (random() < 0.5) out.push('valid: 2027-03-10 09:00 ~ 2027-03-10 18:00');
  out.push('---', '');
  out.push('# 开场', '坐席:您好!我是XX移动客服代表{工号},很高兴为您服务。', `客户:${pick(CUSTOMER)}`, '');

  // Injections planned for this file: which phrase, where, in which spelling. Every file has at
  // least three sections of three turns, so every planned place is written.
  const injections = [];
  const count = Math.floor(random() * 6);
  for (let k = 0; k < count; k++) injections.push(plan(random, toTraditional));

  const sectionCount = 3 + Math.floor(random() * 3);
  for (let s = 0; s < sectionCount; s++) {
    out.push(`# ${pick(SECTIONS)}`);
    if (random() < 0.3) out.push(pick(COMMENTS));
    const turns = 3 + Math.floor(random() * 4);
    for (let t = 0; t < turns; t++) {
      const due = injections.filter((inj) => inj.section === s && inj.turn === t);
      const agent = agentLine(random, pick, due.filter((d) => d.place === 'agent' || d.place === 'stage'));
      addLine(out, hits, `坐席:`, agent);
      if (random() < 0.25 || due.some((d) => d.place === 'continuation')) {
        addLine(out, hits, '', agentLine(random, pick, due.filter((d) => d.place === 'continuation')));
      }
      for (const d of due.filter((d) => d.place === 'comment')) out.push(`// ${d.text}。`);
      const customer = [pick(CUSTOMER)];
      for (const d of due.filter((d) => d.place === 'customer')) customer.push(`${d.text}!`);
      out.push(`客户:${customer.join('')}`);
      for (const d of due) if (d.place in elsewhere) elsewhere[d.place]++;
    }
    out.push('');
  }
  out.push('# 结束', '坐席:感谢您的来电,祝您生活愉快,再见!', '');
  return { text: out.join('\n'), hits, elsewhere, lineCount: out.length };
}

function plan(random, toTraditional) {
  const rules = Object.keys(PHRASE_RULES);
  const rule = rules[Math.floor(random() * rules.length)];
  const list = PHRASE_RULES[rule];
  const phrase = list[Math.floor(random() * list.length)];
  const place = PLACES[Math.floor(random() * PLACES.length)];
  const spelling = random();
  // Traditional characters and spaced-out letters are the same phrase to the linter (spec §2).
  let text = phrase;
  if (spelling < 0.2) text = toTraditional(phrase);
  else if (spelling < 0.3 && phrase.length > 2) text = [...phrase].join(' ');
  return { rule, phrase, text, place, section: Math.floor(random() * 3), turn: Math.floor(random() * 3) };
}

/** Pieces of one agent line: sentences, stage directions, and the phrases due on it. */
function agentLine(random, pick, due) {
  const pieces = [];
  const sentences = 1 + Math.floor(random() * 3);
  for (let k = 0; k < sentences; k++) {
    if (random() < 0.08) pieces.push({ text: pick(STAGE) });
    pieces.push({ text: pick(AGENT) });
  }
  for (const d of due) {
    const at = Math.floor(random() * (pieces.length + 1));
    if (d.place === 'stage') pieces.splice(at, 0, { text: `【${d.text}】` });
    else pieces.splice(at, 0, { text: d.text, rule: d.rule }, { text: random() < 0.5 ? '。' : '!' });
  }
  return pieces;
}

function addLine(out, hits, label, pieces) {
  let line = label;
  for (const p of pieces) {
    if (p.rule) hits.push([p.rule, out.length, line.length, line.length + p.text.length]);
    line += p.text;
  }
  out.push(line);
}
