import type { Rule } from '../rule';
import type { Fix, Severity } from '../types';

/**
 * The problems `front-matter.ts` found while reading the YAML block, as findings. An unknown key
 * is a warning and an error is an error; a configured severity caps both (set to `info`, every
 * finding is info; set to `error`, unknown keys stay warnings).
 */

const SPEC = { seed: 'spec/callscript.md', section: '§1 Front matter' };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export const frontMatter: Rule = {
  id: 'front-matter',
  defaultSeverity: 'error',
  title: { zh: '前置信息须正确', en: 'Front matter must be valid' },
  sources: [SPEC],
  examples: {
    flag: [
      '---\ntitel: 宽带续约外呼\n---\n坐席:您好!\n',
      '---\nvalid: 2027-02-30\n---\n坐席:您好!\n',
      '---\nvalid: 2027-02-13 ~ 2027-02-05\n---\n坐席:您好!\n',
      '---\ntitle: [宽带\n---\n坐席:您好!\n',
      '---\ntitle: 宽带续约外呼\n坐席:您好!\n',
    ],
    // Rule examples also run with full-width colons, which YAML does not read as `key: value`:
    // documents with real keys are in test/engine/front-matter.test.ts.
    pass: ['坐席:您好!\n', '---\n# 宽带续约外呼\n---\n坐席:您好!\n', '---\n---\n坐席:您好!\n'],
  },
  check(ctx) {
    const configured = ctx.settings.severity as Severity;
    for (const problem of ctx.doc.frontMatter.problems) {
      const severity = RANK[problem.severity] > RANK[configured] ? problem.severity : configured;
      const fixes: Fix[] = problem.replacement
        ? [
            {
              title: { zh: `改为“${problem.replacement}”`, en: `Change to "${problem.replacement}"` },
              edits: [{ start: problem.start, end: problem.end, newText: problem.replacement }],
              preferred: true,
            },
          ]
        : [];
      ctx.report(problem.start, problem.end, problem.message, fixes, { severity });
    }
  },
};
