import { RULES } from '../../server/src/engine';
import { startServer } from '../../server/src/lsp/server';

/**
 * The language server with one rule broken from outside, so that a test sees what a rule that
 * throws does to a running server, with no hook for it in the server itself. Run as
 * `node throwing-rule-server.js --stdio <rule id>`.
 */
const id = process.argv[process.argv.length - 1];
const rule = RULES.find((r) => r.id === id);
if (!rule) throw new Error(`no rule ${id}`);
rule.check = () => {
  throw new Error(`${id} is broken on purpose`);
};
startServer(new Date('2027-02-06T10:00:00+08:00'), undefined);
