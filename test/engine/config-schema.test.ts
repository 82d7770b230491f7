import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/engine';
import { CONFIGURABLE_RULES, CONFIG_SCHEMA, PATTERN_MEANING } from '../../server/src/engine/config-schema';

const ROOT = path.resolve(__dirname, '../..', '..');
const SCHEMA_FILE = path.join(ROOT, 'schemas/callscript.schema.json');

type SchemaObject = Record<string, unknown>;

/** Every subschema with the JSON pointer that reaches it. */
function subschemas(node: unknown, pointer = ''): Array<{ pointer: string; schema: SchemaObject }> {
  if (typeof node !== 'object' || node === null) return [];
  const here = Array.isArray(node) ? [] : [{ pointer, schema: node as SchemaObject }];
  return here.concat(Object.entries(node).flatMap(([k, v]) => subschemas(v, `${pointer}/${k}`)));
}

// The schema ships to VS Code (jsonValidation), so that editing callscript.json completes and
// checks as the server will: it must be the file the engine validates with, and strict.
describe('config schema', () => {
  it('is the file that ships with the extension', () => {
    assert.deepEqual(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')), CONFIG_SCHEMA);
    assert.equal(CONFIG_SCHEMA.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('closes every object to unknown keys', () => {
    for (const { pointer, schema } of subschemas(CONFIG_SCHEMA)) {
      if (schema.type !== 'object') continue;
      const closed = schema.additionalProperties === false || (typeof schema.additionalProperties === 'object' && schema.properties === undefined);
      assert.ok(closed, `${pointer || '/'} accepts unknown keys`);
    }
  });

  it('describes every key in Chinese and English', () => {
    for (const { pointer, schema } of subschemas(CONFIG_SCHEMA)) {
      for (const [key, value] of Object.entries((schema.properties as Record<string, SchemaObject>) ?? {})) {
        const description = value.description ?? (subschemaAt(value.$ref) as SchemaObject | undefined)?.description;
        assert.match(String(description), /[\u4e00-\u9fff].* \/ .*[A-Za-z]{3}/, `${pointer}/properties/${key}`);
      }
    }
  });

  it('has words for every pattern it asks for, so a mismatch is explained', () => {
    for (const { pointer, schema } of subschemas(CONFIG_SCHEMA)) {
      if (typeof schema.pattern === 'string') assert.ok(PATTERN_MEANING[schema.pattern], `${pointer}: ${schema.pattern}`);
    }
  });

  it('names every registered rule, with phrase options exactly for phrase rules', () => {
    const rules = CONFIG_SCHEMA.definitions.rules.properties as Record<string, { $ref: string }>;
    for (const rule of RULES) {
      assert.ok(CONFIGURABLE_RULES.includes(rule.id), `${rule.id} is missing from the schema`);
      // greeting-employee-id has an option of its own (acceptName).
      const own: Record<string, string> = { 'greeting-employee-id': '#/definitions/employeeIdRuleSetting' };
      const shape = own[rule.id] ?? (rule.phrases ? '#/definitions/phraseRuleSetting' : '#/definitions/ruleSetting');
      assert.equal(rules[rule.id].$ref, shape, rule.id);
    }
  });

  it('names every rule id of spec §2', () => {
    const spec = ['taboo-phrase', 'interrogative-tone', 'greeting-employee-id', 'holiday-greeting', 'weekend-greeting', 'negative-wording',
      'polite-pronoun', 'closing-goodbye', 'wait-thanks', 'vague-wording', 'hardcoded-pii', 'unknown-placeholder', 'front-matter'];
    for (const id of spec) assert.ok(CONFIGURABLE_RULES.includes(id), id);
  });
});

function subschemaAt(ref: unknown): unknown {
  if (typeof ref !== 'string') return undefined;
  return ref.replace(/^#\//, '').split('/').reduce<unknown>((node, part) => (node as SchemaObject)[part], CONFIG_SCHEMA);
}
