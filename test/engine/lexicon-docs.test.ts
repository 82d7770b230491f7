import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..', '..');

describe('lexicon: generated docs', () => {
  it('the rule pages and docs/lexicon.md list the lexicon as the data has it (else run npm run lexicon-docs)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/lexicon-docs.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
});
