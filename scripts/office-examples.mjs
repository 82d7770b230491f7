// Writes the Word and Excel scripts of examples/ from test/office-examples.ts (compile it first:
// `npx tsc -p tsconfig.json`). They are generated, not drawn by hand, so that what they hold is
// readable in code review; test/cli/examples.test.ts checks the committed files match.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { OFFICE_EXAMPLES } = require('../out/test/office-examples.js');
for (const [name, make] of Object.entries(OFFICE_EXAMPLES)) {
  writeFileSync(new URL(`../examples/${name}`, import.meta.url), make());
  console.log(`examples/${name}`);
}
