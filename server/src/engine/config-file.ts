import { createScanner, getNodeValue, parseTree, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import type { CallscriptConfig } from './config';
import { ConfigLocator, type ConfigProblem } from './config-locator';
import { schemaProblems } from './config-schema';
import { semanticProblems } from './config-semantics';
import type { Message } from './types';

export type { ConfigProblem } from './config-locator';

export interface ParsedConfig {
  config: CallscriptConfig;
  problems: ConfigProblem[];
}

/**
 * Reads a config file's text: JSON (comments and trailing commas tolerated), checked against the
 * shipped schema and then for meaning. With any problem, `config` is empty, so that a half-read
 * file never changes what is checked: the editor shows the problems and the defaults carry on,
 * the CLI stops with exit 2.
 */
export function parseConfigText(text: string): ParsedConfig {
  // A BOM is not JSON; a space keeps every offset where it was.
  const json = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tooMuch = outOfBounds(json);
  if (tooMuch) return { config: {}, problems: [new ConfigLocator(text, undefined).problem(tooMuch.start, tooMuch.end, tooMuch.message)] };
  const errors: ParseError[] = [];
  const root = parseTree(json, errors, { allowTrailingComma: true, disallowComments: false });
  const at = new ConfigLocator(text, root);
  // No tree comes without an error: an empty file is a ValueExpected.
  if (errors.length > 0 || !root) {
    // After the first syntax error the parser is guessing: later errors are echoes of it.
    const first = errors.slice(0, 1);
    return { config: {}, problems: first.map((e) => at.problem(e.offset, e.offset + Math.max(1, e.length), syntaxMessage(e))) };
  }
  // Through JSON.parse, a key "__proto__" stays a plain key (and fails the schema) instead of
  // becoming a prototype, and the config is made of ordinary objects.
  const value: unknown = JSON.parse(JSON.stringify(getNodeValue(root)));
  if (root.type !== 'object') {
    return { config: {}, problems: [at.problem(root.offset, root.offset + 1, { zh: '配置应为一个 JSON 对象 { … }', en: 'The configuration must be a JSON object { … }' })] };
  }
  const problems = [...schemaProblems(value, at), ...semanticProblems(value, at)].sort((a, b) => a.start - b.start || a.end - b.end);
  return problems.length > 0 ? { config: {}, problems } : { config: value as CallscriptConfig, problems: [] };
}

/**
 * The parser, the schema check and the merge all recurse: a config a few thousand brackets deep
 * (18 KB) exhausts the stack, which would take down the reader instead of reporting the file.
 * A real config nests six deep; the limits leave room and stop a hostile file before any of them.
 */
export const MAX_CONFIG_DEPTH = 64;
export const MAX_CONFIG_CHARS = 1_000_000;

/** Where a config is too large or too deep to read, found with the parser's scanner (which does not recurse). */
function outOfBounds(json: string): { start: number; end: number; message: Message } | undefined {
  if (json.length > MAX_CONFIG_CHARS) {
    return { start: 0, end: 1, message: { zh: `配置文件过大(超过 ${MAX_CONFIG_CHARS} 个字符)`, en: `The config file is too large (over ${MAX_CONFIG_CHARS} characters)` } };
  }
  const scanner = createScanner(json, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_CONFIG_DEPTH) {
        const start = scanner.getTokenOffset();
        return { start, end: start + 1, message: { zh: `配置嵌套过深(超过 ${MAX_CONFIG_DEPTH} 层)`, en: `The configuration is nested too deeply (over ${MAX_CONFIG_DEPTH} levels)` } };
      }
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

const SYNTAX_ZH: Record<string, string> = {
  InvalidSymbol: '无效的符号',
  InvalidNumberFormat: '数字格式不对',
  PropertyNameExpected: '缺少键名',
  ValueExpected: '缺少值',
  ColonExpected: '缺少冒号 :',
  CommaExpected: '缺少逗号 ,',
  CloseBraceExpected: '缺少 }',
  CloseBracketExpected: '缺少 ]',
  EndOfFileExpected: '结尾有多余的内容',
  UnexpectedEndOfComment: '注释没有结束',
  UnexpectedEndOfString: '字符串没有结束',
  UnexpectedEndOfNumber: '数字没有结束',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '字符串中有无效字符',
};

function syntaxMessage(e: ParseError): Message {
  const code = printParseErrorCode(e.error);
  return { zh: `JSON 语法错误:${SYNTAX_ZH[code] ?? code}`, en: `Invalid JSON: ${code}` };
}
