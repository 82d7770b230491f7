import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-protocol/node';
import { fixText } from '../../server/src/host/fix-file';
import { lint, RULES, type Finding } from '../../server/src/engine';
import { asDocument } from '../helpers';
import { expectedDiagnostics, LspSession, NOW, scratchFolder } from './lsp-session';

const EXAMPLE = path.resolve(__dirname, '../../../examples/broadband-renewal.callscript');
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } };

describe('LSP code actions', () => {
  let session: LspSession;
  const scratch = scratchFolder();
  let n = 0;
  const uriFor = (name: string) => pathToFileURL(path.join(scratch.dir, `${n++}-${name}.callscript`)).href;
  before(async () => {
    session = await LspSession.start();
  });
  after(async () => {
    await session.dispose();
    scratch.remove();
  });

  async function actions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const got = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (got ?? []) as CodeAction[];
  }

  const editsOf = (action: CodeAction, uri: string): TextEdit[] => action.edit?.changes?.[uri] ?? [];
  const count = (ds: Diagnostic[], code: unknown) => ds.filter((d) => d.code === code).length;

  describe('a quick-fix for every fixable finding of every rule removes it', () => {
    for (const rule of RULES) {
      const fixable = rule.examples.flag.filter((ex) => findingsOf(asDocument(ex)).some((f) => f.fixes.length > 0));
      if (fixable.length === 0) continue;
      it(rule.id, async () => {
        for (const example of fixable) {
          const text = asDocument(example);
          const findings = findingsOf(text);
          for (const [i, finding] of findings.entries()) {
            if (finding.fixes.length === 0) continue;
            const uri = uriFor(rule.id);
            session.open(uri, text);
            const diagnostics = await session.pull(uri);
            const d = diagnostics[i];
            assert.equal(d.code, finding.rule);
            const offered = await actions(uri, d.range, [d], ['quickfix']);
            for (const fix of finding.fixes) assert.ok(offered.some((a) => a.title === fix.title.zh), `offers "${fix.title.zh}"`);
            const best = finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
            const action = offered.find((a) => a.title === best.title.zh)!;
            assert.equal(action.isPreferred, best.preferred === true);
            assert.deepEqual(action.diagnostics, [d]);
            const fixed = session.edit(uri, editsOf(action, uri));
            const after = await session.pull(uri);
            assert.ok(count(after, d.code) < count(diagnostics, d.code), `${example}: "${best.title.zh}" removes ${d.code} → ${fixed}`);
            session.close(uri);
          }
        }
      });
    }
  });

  it('disables a rule for one line with a comment above it, indented as that line', async () => {
    const uri = uriFor('disable');
    const text = '# 开场\n  坐席:喂,你好。\n';
    session.open(uri, text);
    const [first] = await session.pull(uri);
    const disable = (await actions(uri, first.range, [first])).find((a) => a.title === `在此行禁用 ${first.code}`);
    assert.ok(disable, 'a disable action');
    const once = session.edit(uri, editsOf(disable, uri));
    assert.equal(once, `# 开场\n  // callscript-disable-next-line ${first.code}\n  坐席:喂,你好。\n`);
    const left = await session.pull(uri);
    assert.equal(count(left, first.code), 0);
    assert.deepEqual(left, expectedDiagnostics(once));

    // A second rule on that line joins the comment that is already there.
    const second = left.find((d) => d.range.start.line === 2);
    assert.ok(second, `another rule flags the line: ${JSON.stringify(left)}`);
    const join = (await actions(uri, second.range, [second])).find((a) => a.title === `在此行禁用 ${second.code}`)!;
    const twice = session.edit(uri, editsOf(join, uri));
    assert.equal(twice, `# 开场\n  // callscript-disable-next-line ${first.code} ${second.code}\n  坐席:喂,你好。\n`);
    assert.equal(count(await session.pull(uri), second.code), 0);
  });

  it('disables a front matter finding for the file, after the block', async () => {
    const uri = uriFor('front-matter');
    const text = '---\ntitel: 续约\n---\n坐席:您好!\n';
    session.open(uri, text);
    const d = (await session.pull(uri)).find((x) => x.code === 'front-matter');
    assert.ok(d);
    const disable = (await actions(uri, d.range, [d])).find((a) => a.title === '在本文件中禁用 front-matter')!;
    const changed = session.edit(uri, editsOf(disable, uri));
    assert.equal(changed, '---\ntitel: 续约\n---\n// callscript-disable-file front-matter\n坐席:您好!\n');
    assert.equal(count(await session.pull(uri), 'front-matter'), 0);
  });

  it('fixes everything on request (source.fixAll.callscript) exactly as `callscript check --fix` does', async () => {
    const uri = uriFor('fix-all');
    const text = readFileSync(EXAMPLE, 'utf8');
    session.open(uri, text);
    await session.pull(uri);
    const quick = await actions(uri, WHOLE, [], ['quickfix']);
    assert.ok(quick.every((a) => a.kind === 'quickfix'), 'no source action among quick-fixes');
    const [all, ...more] = await actions(uri, WHOLE, [], ['source.fixAll']);
    assert.equal(more.length, 0);
    assert.equal(all.kind, 'source.fixAll.callscript');
    const edits = editsOf(all, uri);
    // Narrow edits, not the whole document: the unchanged front matter is not touched.
    assert.ok(edits.every((e) => e.range.start.line > 6), JSON.stringify(edits));
    const fixed = session.edit(uri, edits);
    const options = { now: new Date(NOW), trusted: true };
    assert.equal(fixed, fixText(text, options).text);
    assert.notEqual(fixed, text);
    const left = await session.pull(uri);
    assert.deepEqual(left, expectedDiagnostics(fixed));
    assert.deepEqual(await actions(uri, WHOLE, [], ['source.fixAll.callscript']), [], 'nothing left to fix');
  });
});

function findingsOf(text: string): Finding[] {
  return lint(text, { now: new Date(NOW), trusted: true }).findings;
}
