import type { RE2JS } from 're2js';
import type { Message } from './types';

/**
 * Regexes written by users run on RE2 (linear time): a pattern such as `(a+)+$` cannot hang the
 * server however long the line. RE2 has no backreferences or lookaround, which is the price.
 */
const compiled = new Map<string, RE2JS>();

export function compileUserRegex(source: string): RE2JS {
  let re = compiled.get(source);
  if (!re) {
    // Loaded with the first pattern: most configs have none.
    re = (require('re2js') as typeof import('re2js')).RE2JS.compile(source);
    compiled.set(source, re);
  }
  return re;
}

/** Why a user regex cannot be used, or undefined when it can. */
export function userRegexProblem(source: string): Message | undefined {
  let re: RE2JS;
  try {
    re = compileUserRegex(source);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const hint = /\(\?<?[=!]|\\[1-9]/.test(source);
    return {
      zh: `正则表达式无效:${why}${hint ? '(RE2 不支持回溯引用和环视)' : ''}`,
      en: `Invalid regular expression: ${why}${hint ? ' (RE2 has no backreferences or lookaround)' : ''}`,
    };
  }
  // A regex that matches nothing-at-all would flag every line with an empty range.
  if (re.matcher('').find()) return { zh: '正则表达式可以匹配空文本', en: 'The regular expression matches empty text' };
  return undefined;
}
