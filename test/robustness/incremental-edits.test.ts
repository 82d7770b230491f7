import { strict as assert } from 'node:assert';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { expectedDiagnostics, LspSession, scratchFolder } from '../lsp/lsp-session';
import { fuzzParameters, fuzzing } from './fuzz-budget';
import { editOp, offsetEdits, script, type EditOp } from './script-arbitraries';
import { lspRangeProblem } from './text-checks';

/** A document as opened, then edits as typed, with a pull (where the client pulls) after some of them. */
const sequence = fc.record({
  start: fc.oneof(script({ maxLines: 8 }), fc.constant({ bom: false, ending: '\n' as const, text: '' })),
  steps: fc.array(fc.record({ op: editOp, pullAfter: fc.boolean() }), { minLength: 1, maxLength: 10 }),
});

type Sequence = { start: { text: string; ending: string }; steps: Array<{ op: EditOp; pullAfter: boolean }> };

/** Sends each edit of each op as its own didChange, as a client does while the writer types; returns the final text. */
async function play(session: LspSession, uri: string, run: Sequence, afterStep: (text: string) => Promise<void>): Promise<string> {
  session.open(uri, run.start.text);
  const eol = run.start.ending === '\r\n' || run.start.ending === '\r' ? run.start.ending : '\n';
  for (const step of run.steps) {
    for (const e of offsetEdits(session.documents.get(uri)!.getText(), step.op, eol)) {
      const doc = session.documents.get(uri)!;
      session.edit(uri, [{ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }]);
    }
    if (step.pullAfter) await afterStep(session.documents.get(uri)!.getText());
  }
  return session.documents.get(uri)!.getText();
}

function assertRangesInside(text: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) assert.equal(lspRangeProblem(text, d.range), undefined, `${String(d.code)} at ${JSON.stringify(d.range)}`);
}

describe('the server under random incremental edits', function () {
  if (fuzzing()) this.timeout(0);
  const scratch = scratchFolder();
  let n = 0;
  const uri = (name: string) => pathToFileURL(path.join(scratch.dir, `${name}-${n}.callscript`)).href;
  after(() => scratch.remove());

  describe('pulled diagnostics', () => {
    let session: LspSession;
    before(async () => {
      session = await LspSession.start();
    });
    after(() => session.dispose());

    it('after the edits equal those of the same text opened fresh, with every range inside the document on whole characters', async () => {
      await fc.assert(
        fc.asyncProperty(sequence, async (run) => {
          n++;
          const edited = uri('edited');
          const fresh = uri('fresh');
          try {
            const text = await play(session, edited, run, async (now) => assertRangesInside(now, await session.pull(edited)));
            const got = await session.pull(edited);
            session.open(fresh, text);
            assert.deepEqual(got, await session.pull(fresh));
            assert.deepEqual(got, expectedDiagnostics(text));
            assertRangesInside(text, got);
          } finally {
            session.close(edited);
            session.close(fresh);
          }
        }),
        fuzzParameters(30),
      );
    });
  });

  describe('pulled diagnostics of scripts long enough to be cut into segments', () => {
    let session: LspSession;
    before(async () => {
      session = await LspSession.start();
    });
    after(() => session.dispose());
    const long = fc.record({
      start: script({ maxLines: 240 }),
      steps: fc.array(fc.record({ op: editOp, pullAfter: fc.boolean() }), { minLength: 1, maxLength: 10 }),
    });

    it('after the edits equal those of the same text opened fresh', async () => {
      await fc.assert(
        fc.asyncProperty(long, async (run) => {
          n++;
          const edited = uri('long-edited');
          try {
            const text = await play(session, edited, run, async (now) => assertRangesInside(now, await session.pull(edited)));
            assert.deepEqual(await session.pull(edited), expectedDiagnostics(text));
          } finally {
            session.close(edited);
          }
        }),
        fuzzParameters(20),
      );
    });
  });

  describe('pushed diagnostics', () => {
    let session: LspSession;
    const latest = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
    const waiters: Array<() => void> = [];
    before(async () => {
      session = await LspSession.start({ pull: false });
      // Listened to all along: two publications can arrive in one chunk, too fast for `once`.
      session.on('publish', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
        latest.set(p.uri, p);
        for (const wake of waiters.splice(0)) wake();
      });
    });
    after(() => session.dispose());

    async function publishedFor(target: string, version: number): Promise<Diagnostic[]> {
      while (latest.get(target)?.version !== version) await new Promise<void>((wake) => waiters.push(wake));
      return latest.get(target)!.diagnostics;
    }

    it('for the last version equal those of the same text opened fresh', async () => {
      await fc.assert(
        fc.asyncProperty(sequence, async (run) => {
          n++;
          const edited = uri('pushed');
          const fresh = uri('pushed-fresh');
          try {
            const text = await play(session, edited, run, async () => undefined);
            const got = await publishedFor(edited, session.documents.get(edited)!.version);
            session.open(fresh, text);
            assert.deepEqual(got, await publishedFor(fresh, 1));
            assert.deepEqual(got, expectedDiagnostics(text));
            assertRangesInside(text, got);
          } finally {
            session.close(edited);
            session.close(fresh);
          }
        }),
        fuzzParameters(10),
      );
    });
  });
});
