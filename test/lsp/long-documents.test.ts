import { strict as assert } from 'node:assert';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LSPErrorCodes, ResponseError, type CodeAction, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { OWN_THREAD_CHARS } from '../../server/src/lsp/document-thread';
import { expectedDiagnostics, LspSession, scratchFolder } from './lsp-session';

/** Three turns a writer might type, with one taboo phrase every `every` blocks. */
const BLOCK = '坐席:您好!我是XX移动10086客服代表{工号},请问有什么可以帮您?\n客户:我想查一下话费。\n坐席:好的,请您稍等。感谢您的等候,您的话费余额是五十元。\n';
const TABOO = '坐席:信不信由你。\n';

function longScript(chars: number, every: number): string {
  const parts = ['---\ntitle: 长话术\n---\n# 开场\n'];
  let length = parts[0].length;
  for (let i = 0; length < chars; i++) {
    const part = i % every === every - 1 ? TABOO : BLOCK;
    parts.push(part);
    length += part.length;
  }
  parts.push('# 结束\n坐席:感谢您的来电,再见!\n');
  return parts.join('');
}

describe('LSP long documents', function () {
  // Linting a few megabytes takes a second or two here; the engine's own lint for the expectations as long again.
  this.timeout(120_000);
  let session: LspSession;
  const scratch = scratchFolder();
  const uriOf = (name: string) => pathToFileURL(path.join(scratch.dir, name)).href;
  before(async () => {
    session = await LspSession.start();
    // These compare every diagnostic with the engine's findings, past the default cap (test/robustness/server-caps.test.ts).
    session.settings = { maxProblems: 1_000_000 };
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  // Above OWN_THREAD_CHARS a document has a thread of its own; below, it is linted a slice at a time.
  for (const [how, chars] of [
    ['on its own thread', OWN_THREAD_CHARS + 100_000],
    ['a slice at a time', 1_500_000],
  ] as const) {
    describe(`linted ${how}`, () => {
      it('answers a short document meanwhile', async () => {
        const long = uriOf(`long-${chars}.callscript`);
        const short = uriOf(`short-${chars}.callscript`);
        const longText = longScript(chars, 500);
        session.open(long, longText);
        const order: string[] = [];
        const longPull = session.pull(long).then((d) => (order.push('long'), d));
        session.open(short, '坐席:喂,讲话!\n');
        const shortPull = session.pull(short).then((d) => (order.push('short'), d));
        const [longDiagnostics, shortDiagnostics] = await Promise.all([longPull, shortPull]);
        assert.deepEqual(order, ['short', 'long']);
        assert.deepEqual(shortDiagnostics, expectedDiagnostics('坐席:喂,讲话!\n'));
        assert.deepEqual(longDiagnostics, expectedDiagnostics(longText));
        session.close(long);
        session.close(short);
      });

      it('gives the same diagnostics, outline, folding, hover, quick-fixes and completion as a short document', async () => {
        const text = longScript(chars, 50);
        const uri = uriOf(`outline-${chars}.callscript`);
        session.open(uri, text);
        const diagnostics = await session.pull(uri);
        assert.deepEqual(diagnostics, expectedDiagnostics(text));
        const taboo = diagnostics.find((d) => d.code === 'taboo-phrase') as Diagnostic;
        assert.ok(taboo);

        const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
        assert.deepEqual(
          symbols.map((s) => s.name),
          ['前置信息', '开场', '结束'],
        );
        const folding = (await session.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as Array<{ startLine: number }>;
        assert.ok(folding.some((f) => f.startLine === 3), 'the 开场 section folds');

        const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: taboo.range.start })) as {
          contents: { value: string };
        };
        assert.match(hover.contents.value, /taboo-phrase/);
        const actions = (await session.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: taboo.range,
          context: { diagnostics: [taboo] },
        })) as CodeAction[];
        const preferred = actions.find((a) => a.isPreferred) as CodeAction;
        assert.ok(preferred, 'a preferred quick-fix');
        const fixed = session.edit(uri, preferred.edit?.changes?.[uri] ?? []);
        assert.deepEqual(await session.pull(uri), expectedDiagnostics(fixed));

        // A placeholder typed on the last line is completed.
        const line = fixed.split('\n').length - 2;
        const character = fixed.split('\n')[line].length;
        session.edit(uri, [{ range: { start: { line, character }, end: { line, character } }, newText: '{' }]);
        const items = (await session.connection.sendRequest('textDocument/completion', {
          textDocument: { uri },
          position: { line, character: character + 1 },
        })) as Array<{ label: string }> | null;
        assert.ok(items?.some((i) => i.label === '工号'), 'the employee-ID placeholder is offered');
        session.close(uri);
      });

      it('after edits typed faster than it lints, answers only for the newest version', async () => {
        const uri = uriOf(`typing-${chars}.callscript`);
        let text = longScript(chars, 50);
        session.open(uri, text);
        const pulls: Array<Promise<Diagnostic[] | ResponseError<unknown>>> = [];
        const line = text.split('\n').length - 2;
        for (const ch of '信不信由你') {
          const character = session.documents.get(uri)!.getText().split('\n')[line].length;
          text = session.edit(uri, [{ range: { start: { line, character }, end: { line, character } }, newText: ch }]);
          pulls.push(session.pull(uri).catch((err: ResponseError<unknown>) => err));
        }
        const answers = await Promise.all(pulls);
        for (const stale of answers.slice(0, -1)) {
          if (stale instanceof ResponseError) assert.equal(stale.code, LSPErrorCodes.ServerCancelled);
        }
        assert.deepEqual(answers[answers.length - 1], expectedDiagnostics(text));
        session.close(uri);
      });
    });
  }
});
