import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..', '..');
const LEXICON = path.join(ROOT, 'server/src/engine/lexicon');

describe('lexicon: generated docs', () => {
  it('the rule pages and docs/lexicon.md list the lexicon as the data has it (else run npm run lexicon-docs)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/lexicon-docs.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('the README gives the number of entries the lexicon data holds', () => {
    const count = (files: string[]) => files.reduce((n, f) => n + (JSON.parse(readFileSync(path.join(LEXICON, f), 'utf8')) as unknown[]).length, 0);
    const data = readdirSync(LEXICON).filter((f) => f.endsWith('.json') && f !== 'sources.json');
    const promises = ['over-promise.json'];
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, new RegExp(`an industry lexicon of ${count(data.filter((f) => !promises.includes(f)))} 服务忌语`));
    assert.match(readme, new RegExp(`\`over-promise\` knows ${count(promises)} phrases`));
  });
});
