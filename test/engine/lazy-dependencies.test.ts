import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The `yaml` package reads only front matter that the flat reader leaves to it, and `re2js` runs
 * only patterns a config defines: neither is loaded before a script needs it, so the language
 * server and the CLI start, and stay, smaller. Run in a process of its own: other tests load both.
 */
describe('dependencies loaded when first needed', () => {
  const engine = path.join(__dirname, '../../server/src/engine');
  const run = (body: string) => {
    const program = `
      const engine = require(${JSON.stringify(engine)});
      const loaded = (name) => Object.keys(require.cache).some((f) => f.includes(require('node:path').join('node_modules', name, '')));
      ${body}
    `;
    return JSON.parse(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' }));
  };

  it('yaml: not for flat front matter; loaded for a block the flat reader leaves to it, whose errors it reports', () => {
    const out = run(`
      engine.lint('---\\nscene: 来电\\n---\\n坐席:您好\\n');
      const before = loaded('yaml');
      const nested = engine.lint('---\\nscene: [来电\\n---\\n坐席:您好\\n');
      console.log(JSON.stringify({ before, after: loaded('yaml'), nested: nested.findings.map((f) => f.message.en) }));
    `);
    assert.equal(out.before, false, 'flat front matter does not load yaml');
    assert.equal(out.after, true);
    assert.ok(out.nested.some((m: string) => /Front matter YAML error/.test(m)), out.nested.join(' / '));
  });

  it('re2js: not without user patterns; loaded to compile one', () => {
    const out = run(`
      engine.lint('坐席:您好,这不是我的职责。\\n');
      const before = loaded('re2js');
      const problem = require(${JSON.stringify(path.join(engine, 'user-regex'))}).userRegexProblem('(a');
      console.log(JSON.stringify({ before, after: loaded('re2js'), problem: problem && problem.en }));
    `);
    assert.equal(out.before, false, 'a lint without user patterns does not load re2js');
    assert.equal(out.after, true);
    assert.match(out.problem, /Invalid regular expression/);
  });

  it('time-zone data: not for a script without a greeting that depends on the time; read for one that has one', () => {
    const out = run(`
      let made = 0;
      const Real = Intl.DateTimeFormat;
      Intl.DateTimeFormat = function (...args) { made++; return new Real(...args); };
      const now = new Date('2027-03-09T02:00:00Z');
      engine.lint('坐席:您好,我是客服代表{工号},请问有什么可以帮您?\\n客户:查话费。\\n', { now });
      const before = made;
      const late = engine.lint('坐席:早上好,我是客服代表{工号}。\\n', { now: new Date('2027-03-09T12:00:00Z') });
      console.log(JSON.stringify({ before, after: made, late: late.findings.map((f) => f.rule) }));
    `);
    assert.equal(out.before, 0, 'a script with no time-dependent greeting does not convert now to its zone');
    assert.ok(out.after > 0);
    assert.ok(out.late.includes('time-of-day-greeting'), out.late.join(' '));
  });
});
