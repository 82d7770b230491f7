import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeDir, runCli, tempDir, writeOnlyRulesConfig } from './cli-harness';

/** `--now` gives the same verdict whatever the time zone of the machine that runs the CLI. */
describe('callscript check --now: time zones', function () {
  // Nine runs of the CLI on a shared two-core machine.
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = tempDir();
    writeOnlyRulesConfig(dir, { 'holiday-greeting': 'error' });
    // No `timezone`: Asia/Shanghai, where the 春节 window of 2027 opens at 2027-02-05 15:00.
    writeFileSync(path.join(dir, 'greet.callscript'), '坐席:新春快乐!我是客服代表{工号}。\n');
  });
  after(() => removeDir(dir));

  const report = (now: string, tz: string) => {
    const run = runCli(['check', '.', '--format', 'json', '--now', now, '--locale', 'en'], dir, { TZ: tz });
    return (JSON.parse(run.stdout) as Array<{ diagnostics: Array<{ message: string }> }>)[0].diagnostics.map((d) => d.message);
  };

  it('reads a time without an offset in the script’s zone on a UTC, a Shanghai and a Los Angeles machine alike', () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'];
    for (const now of ['2027-02-05T14:30', '2027-02-05T15:00', '2027-02-05']) {
      const verdicts = zones.map((tz) => JSON.stringify(report(now, tz)));
      assert.deepEqual(new Set(verdicts).size, 1, `${now}: ${verdicts.join(' | ')}`);
    }
    assert.match(report('2027-02-05T14:30', 'UTC').join('\n'), /now \(2027-02-05 14:30\) is outside the 春节 window/);
    assert.doesNotMatch(report('2027-02-05T15:00', 'UTC').join('\n'), /outside/);
  });

  it('refuses a day that does not exist with exit 2 instead of rolling it into March', () => {
    for (const now of ['2027-02-31', '2027-02-30T10:00Z']) {
      const run = runCli(['check', '.', '--now', now, '--locale', 'en'], dir);
      assert.equal(run.code, 2, now);
      assert.match(run.stderr, /--now takes an ISO-8601 time of a day the calendar has/);
    }
  });
});
