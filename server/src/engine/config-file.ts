import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { CallscriptConfig } from './config';
import { lineStartsOf } from './document';
import { positionAt } from './positions';

/** A problem in a `callscript.json`, at its place in that file. */
export interface ConfigProblem {
  start: number;
  end: number;
  line: number;
  character: number;
  message: string;
}

export interface ParsedConfig {
  config: CallscriptConfig;
  problems: ConfigProblem[];
}

/** Reads a config file's text. With problems, `config` is empty: the defaults carry on. */
export function parseConfigText(text: string): ParsedConfig {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const starts = lineStartsOf(text);
  const problem = (start: number, end: number, message: string): ConfigProblem => {
    const p = positionAt(starts, start);
    return { start, end, line: p.line, character: p.character, message };
  };
  if (errors.length > 0) {
    return {
      config: {},
      problems: errors.map((e) => problem(e.offset, e.offset + Math.max(1, e.length), `invalid JSON: ${printParseErrorCode(e.error)}`)),
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config: {}, problems: [problem(0, Math.max(1, text.length), 'the configuration must be a JSON object')] };
  }
  return { config: value as CallscriptConfig, problems: [] };
}
