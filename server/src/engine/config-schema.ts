import type AjvClass from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schemas/callscript.schema.json';
import type { ConfigLocator, ConfigProblem } from './config-locator';
import { pathOf } from './config-locator';
import { closest } from './suggest';
import type { Message } from './types';

/**
 * Validation against the JSON Schema that also ships to VS Code, so that the editor's JSON
 * support, the language server and the CLI accept exactly the same files.
 */
export const CONFIG_SCHEMA = schema;

/** Rule ids a config may name: the schema's list (a test checks that it names every registered rule). */
export const CONFIGURABLE_RULES: readonly string[] = Object.keys(schema.definitions.rules.properties);

let compiler: AjvClass | undefined;

/** Loaded and compiled on the first config read: most runs read none, and that costs ~80 ms. */
function schemaCompiler(): AjvClass {
  if (!compiler) {
    const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
    compiler = new Ajv({ allErrors: true, verbose: true, strict: true });
    compiler.addSchema(schema);
  }
  return compiler;
}

type SchemaNode = { $ref?: string; enum?: unknown[]; type?: string; properties?: Record<string, unknown> };

/** What each `pattern` in the schema asks for, in words. */
export const PATTERN_MEANING: Record<string, Message> = {
  [schema.definitions.time.pattern]: { zh: '应为 HH:mm 格式的时间(00:00 至 24:00)', en: 'Must be a time HH:mm (00:00 to 24:00)' },
  [schema.definitions.holiday.properties.solar.pattern]: { zh: '应为公历日期 MM-DD,如 05-01', en: 'Must be a Gregorian date MM-DD, such as 05-01' },
  [schema.definitions.holiday.properties.lunar.pattern]: {
    zh: '应为农历日期 MM-DD(日为 01 至 30)或“除夕”',
    en: 'Must be a lunar date MM-DD (day 01 to 30) or 除夕',
  },
  [schema.definitions.id.pattern]: {
    zh: 'id 应以字母或数字开头,只含字母、数字、_ . -',
    en: 'An id starts with a letter or digit and has only letters, digits, _ . -',
  },
  [schema.properties.placeholders.items.pattern]: {
    zh: '占位符名称为 1 至 20 个字符,如 订单号 或 {订单号}',
    en: 'A placeholder name has 1 to 20 characters, such as 订单号 or {订单号}',
  },
  [schema.properties.documents.properties.agentLabels.items.pattern]: {
    zh: '说话人标签是一个词,不含空格和冒号,如 销售顾问',
    en: 'A speaker label is one word, with no space or colon, such as 销售顾问',
  },
  ['\\S']: { zh: '不能为空', en: 'Must not be empty' },
};

const TYPE_NAMES: Record<string, Message> = {
  string: { zh: '字符串', en: 'a string' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  integer: { zh: '整数', en: 'a whole number' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值', en: 'a boolean' },
};

export function schemaProblems(value: unknown, at: ConfigLocator): ConfigProblem[] {
  const validate = schemaCompiler().getSchema(schema.$id) as ValidateFunction;
  if (validate(value)) return [];
  return relevant(validate.errors ?? []).map((e) => problemOf(e, at));
}

/**
 * A rule is set to a severity or to an object (`anyOf`), and ajv reports why the value fails both.
 * Only the branch of the value's own type says something useful; with no such branch, the one
 * `anyOf` error names them all.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  const kept = errors.filter((e) => !unions.some((u) => isWithin(e.instancePath, u.instancePath)));
  for (const union of unions) kept.push(...branchErrors(union));
  return kept;
}

function branchErrors(union: ErrorObject): ErrorObject[] {
  const kind = Array.isArray(union.data) ? 'array' : union.data === null ? 'null' : typeof union.data;
  const branch = (union.schema as SchemaNode[]).findIndex((b) => (b.$ref ? resolve(b.$ref) : b).type === kind);
  if (branch < 0) return [union];
  // Inside a $ref, ajv's schemaPath starts at the referenced schema: find the union by identity.
  const check = schemaCompiler().getSchema(`${schema.$id}#${POINTERS.get(union.parentSchema as object)}/anyOf/${branch}`) as ValidateFunction;
  check(union.data);
  return (check.errors ?? []).map((e) => ({ ...e, instancePath: union.instancePath + e.instancePath }));
}

/** JSON pointers of the schema's own objects. */
const POINTERS = new WeakMap<object, string>();
(function index(node: unknown, pointer: string): void {
  if (typeof node !== 'object' || node === null) return;
  POINTERS.set(node, pointer);
  for (const [key, child] of Object.entries(node)) index(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
})(schema, '');

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function problemOf(e: ErrorObject, at: ConfigLocator): ConfigProblem {
  const path = pathOf(at.root, e.instancePath);
  const node = at.nodeAt(path);
  if (!node) return at.problem(0, 1, { zh: '配置无效', en: 'Invalid configuration' });
  const inRules = path[path.length - 1] === 'rules';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const keyNode = at.nodeAt([...path, key]);
      const known = Object.keys((e.parentSchema as SchemaNode).properties ?? {});
      const guess = closest(key, known);
      const what: Message = inRules ? { zh: '未知的规则', en: 'Unknown rule' } : { zh: '未知的键', en: 'Unknown key' };
      const message = {
        zh: `${what.zh}“${key}”${guess ? `,是不是“${guess}”?` : `;可用:${known.join('、')}`}`,
        en: `${what.en} "${key}"${guess ? `; did you mean "${guess}"?` : `; expected one of: ${known.join(', ')}`}`,
      };
      return keyNode ? at.atKey(keyNode, message) : at.atObject(node, message);
    }
    case 'required': {
      const key = String(e.params.missingProperty);
      return at.atObject(node, { zh: `缺少必填的键“${key}”`, en: `Missing required key "${key}"` });
    }
    case 'type': {
      const t = TYPE_NAMES[String(e.params.type)] ?? { zh: String(e.params.type), en: String(e.params.type) };
      return at.atValue(node, { zh: `应为${t.zh}`, en: `Must be ${t.en}` });
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return at.atValue(node, {
        zh: `应为 ${allowed.join('、')} 之一${guess ? `,是不是“${guess}”?` : ''}`,
        en: `Must be one of ${allowed.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`,
      });
    }
    case 'pattern':
      return at.atValue(node, PATTERN_MEANING[String(e.params.pattern)] ?? { zh: '格式不对', en: 'Wrong format' });
    case 'minLength':
    case 'minItems':
      return at.atValue(node, { zh: '不能为空', en: 'Must not be empty' });
    case 'uniqueItems':
      return at.atValue(node, { zh: '有重复项', en: 'Has duplicate items' });
    case 'minimum':
    case 'maximum': {
      const limit = Number(e.params.limit);
      return e.keyword === 'minimum'
        ? at.atValue(node, { zh: `应不小于 ${limit}`, en: `Must be at least ${limit}` })
        : at.atValue(node, { zh: `应不大于 ${limit}`, en: `Must be at most ${limit}` });
    }
    case 'anyOf': {
      const options = ((e.schema as SchemaNode[]) ?? []).map(describe);
      return at.atValue(node, { zh: `应为${options.map((o) => o.zh).join('或')}`, en: `Must be ${options.map((o) => o.en).join(' or ')}` });
    }
    default:
      return at.atValue(node, { zh: `配置无效:${e.message ?? e.keyword}`, en: `Invalid: ${e.message ?? e.keyword}` });
  }
}

/** One branch of an `anyOf`, in words. */
function describe(branch: SchemaNode): Message {
  const resolved = branch.$ref ? resolve(branch.$ref) : branch;
  if (resolved.enum) return { zh: `严重级别(${resolved.enum.join('、')})`, en: `a severity (${resolved.enum.join(', ')})` };
  if (resolved.type === 'object') {
    const keys = Object.keys(resolved.properties ?? {});
    return { zh: `对象 { ${keys.join(', ')} }`, en: `an object { ${keys.join(', ')} }` };
  }
  return TYPE_NAMES[resolved.type ?? ''] ?? { zh: '其他值', en: 'another value' };
}

function resolve(ref: string): SchemaNode {
  let node: unknown = schema;
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
  return node as SchemaNode;
}
