import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The server keeps V8's young generation at its start size (see young-generation.ts); in a process of its own, since the flag is the process's. */
describe('the server keeps its young generation small', () => {
  const youngMb = (keepSmall: boolean): number => {
    const program = `
      if (${keepSmall}) require(${JSON.stringify(path.join(__dirname, '../../server/src/lsp/young-generation'))}).keepYoungGenerationSmall();
      // A burst of allocation with survivors, as opening many scripts is.
      const kept = [];
      for (let i = 0; i < 400000; i++) kept[i % 50000] = { i, s: 'x' + i };
      const young = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      console.log(young.space_size / 1048576);
    `;
    return Number(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' }));
  };

  it('does not let a burst of allocation grow it, as V8 otherwise does', () => {
    assert.ok(youngMb(false) > 8, 'without it the young generation grows');
    assert.ok(youngMb(true) <= 2, 'with it the young generation stays at 1 MB a half');
  });
});
