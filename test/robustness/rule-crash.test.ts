import { strict as assert } from 'node:assert';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint, RULES } from '../../server/src/engine';
import type { Rule } from '../../server/src/engine/rule';
import { expectedDiagnostics, scratchFolder } from '../lsp/lsp-session';
import { ServerProcess } from './server-process';

const BROKEN = 'vague-wording';
const TEXT = '坐席:喂,讲话!这个大概不太清楚。\n客户:好的。\n';

/** Every rule, with BROKEN throwing as the server started by throwing-rule-server.ts has it. */
const withBrokenRule: Rule[] = RULES.map((r) =>
  r.id === BROKEN
    ? {
        ...r,
        check() {
          throw new Error(`${BROKEN} is broken on purpose`);
        },
      }
    : r,
);

describe('a rule that throws', () => {
  it('leaves one finding that says so, and every other rule finds what it finds without it', () => {
    const now = new Date('2027-02-06T10:00:00+08:00');
    const result = lint(TEXT, { now, rules: withBrokenRule });
    const own = result.findings.filter((f) => f.rule === BROKEN);
    assert.deepEqual(own.map((f) => [f.start, f.end, f.message.en]), [[0, 0, `Rule ${BROKEN} failed and was skipped: ${BROKEN} is broken on purpose`]]);
    assert.deepEqual(result.crashes.map((c) => c.rule), [BROKEN]);
    const others = lint(TEXT, { now, rules: RULES.filter((r) => r.id !== BROKEN) }).findings;
    assert.ok(others.some((f) => f.rule === 'taboo-phrase'));
    assert.deepEqual(result.findings.filter((f) => f.rule !== BROKEN), others);
  });

  it('in the server: a diagnostic on the document at every version, one error in the output channel, and the server keeps serving', async () => {
    const scratch = scratchFolder();
    const server = await ServerProcess.start([path.join(__dirname, 'throwing-rule-server.js'), '--stdio', BROKEN]);
    try {
      const uri = pathToFileURL(path.join(scratch.dir, 'broken.callscript')).href;
      server.open(uri, TEXT);
      assert.deepEqual(await server.pull(uri), expectedDiagnostics(TEXT, { rules: withBrokenRule }, 'en'));
      for (const text of [`${TEXT}坐席:可能吧。\n`, `${TEXT}坐席:你好。\n`]) {
        server.replace(uri, text);
        const got = await server.pull(uri);
        assert.deepEqual(got, expectedDiagnostics(text, { rules: withBrokenRule }, 'en'));
        assert.equal(got.filter((d) => d.code === BROKEN).length, 1);
      }
      const errors = server.logs.filter((l) => l.type === 1);
      assert.equal(errors.length, 1, JSON.stringify(server.logs));
      assert.match(errors[0].message, new RegExp(`rule ${BROKEN} threw while linting .*broken\\.callscript \\(the other rules still ran\\): ${BROKEN} is broken on purpose\\n.*Error`));
    } finally {
      await server.dispose();
      scratch.remove();
    }
  });
});
