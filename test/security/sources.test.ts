import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** Compiled tests live in out*\/test/security/, so the repository root is three folders up. */
const ROOT = path.resolve(__dirname, '../../..');
const SOURCES = ['server/src', 'client/src'];

/**
 * What the extension, the language server and the CLI may reach: the file system, and nothing
 * that runs other programs (child_process), talks to a network (http, https, net, tls, dgram,
 * dns, http2) or turns text into code (vm, eval, Function). worker_threads starts the CLI's own
 * bundle only. The client's own dependency, vscode-languageclient, starts the server module from
 * the extension's folder; nothing in our code does.
 */
const ALLOWED_BUILTINS = new Set(['buffer', 'crypto', 'fs', 'fs/promises', 'os', 'path', 'url', 'util', 'worker_threads']);
/** v8 can set any of V8's flags: one file may, to keep the server's young generation small. */
const ALLOWED_ONLY_IN: Record<string, string> = { v8: 'server/src/lsp/young-generation.ts' };
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);
/** Workers run our own entry files only: the CLI's and the server's, each passed down from its main module's `__filename`. */
const OWN_ENTRIES = new Set(['options.workerEntry', 'threadEntry']);

interface SourceFile {
  name: string;
  ast: ts.SourceFile;
}

function sources(): SourceFile[] {
  const out: SourceFile[] = [];
  for (const root of SOURCES) {
    for (const entry of readdirSync(path.join(ROOT, root), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const full = path.join(entry.parentPath, entry.name);
      const name = path.relative(ROOT, full).split(path.sep).join('/');
      out.push({ name, ast: ts.createSourceFile(name, readFileSync(full, 'utf8'), ts.ScriptTarget.ES2022, true) });
    }
  }
  return out;
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Every module a file loads: static imports and exports, `import()` and `require()`, each with whether its name is a plain string. */
function loads(file: SourceFile): Array<{ what: string; literal: boolean; typeOnly: boolean }> {
  const out: Array<{ what: string; literal: boolean; typeOnly: boolean }> = [];
  walk(file.ast, (n) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(n) ? n.importClause?.isTypeOnly === true : n.isTypeOnly;
      out.push({ what: n.moduleSpecifier.text, literal: true, typeOnly });
    } else if (ts.isCallExpression(n) && (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require'))) {
      const [arg] = n.arguments;
      const literal = arg !== undefined && ts.isStringLiteral(arg);
      out.push({ what: literal ? arg.text : (arg?.getText(file.ast) ?? ''), literal, typeOnly: false });
    }
  });
  return out;
}

function builtinOf(specifier: string): string | undefined {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  return builtinModules.includes(bare) ? bare : undefined;
}

function dependencies(packageJson: string): string[] {
  return Object.keys((JSON.parse(readFileSync(path.join(ROOT, packageJson), 'utf8')) as { dependencies?: object }).dependencies ?? {});
}

describe('security: what our sources can do', () => {
  const files = sources();

  it('reads the sources it checks', () => {
    assert.ok(files.some((f) => f.name === 'server/src/lsp/server.ts') && files.some((f) => f.name === 'client/src/extension.ts'));
  });

  it('loads no built-in module that runs programs, reaches a network or compiles code', () => {
    const used = new Set<string>();
    for (const f of files) for (const l of loads(f)) if (!l.typeOnly && builtinOf(l.what)) used.add(`${builtinOf(l.what)} (${f.name})`);
    const allowed = (u: string) => {
      const [builtin, file] = u.split(' ');
      return ALLOWED_BUILTINS.has(builtin) || file === `(${ALLOWED_ONLY_IN[builtin]})`;
    };
    assert.deepEqual([...used].filter((u) => !allowed(u)), []);
  });

  it('loads code only from our own files and declared dependencies: never a computed path, never from the workspace', () => {
    const declared = new Set([...dependencies('server/package.json'), ...dependencies('client/package.json'), 'vscode']);
    const packageOf = (s: string) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);
    const wrong: string[] = [];
    for (const f of files) {
      for (const l of loads(f)) {
        if (!l.literal) wrong.push(`${f.name}: loads a computed module ${l.what}`);
        else if (!l.typeOnly && !l.what.startsWith('.') && !builtinOf(l.what) && !declared.has(packageOf(l.what))) wrong.push(`${f.name}: ${l.what} is not a dependency`);
      }
    }
    assert.deepEqual(wrong, []);
    for (const main of ['server/src/cli/main.ts', 'server/src/lsp/main.ts']) {
      assert.match(readFileSync(path.join(ROOT, main), 'utf8'), /, __filename\)/, `${main} passes its own file as the worker entry`);
    }
  });

  it('never evaluates text as code, never calls a network API, and starts workers only from its own entry file', () => {
    const wrong: string[] = [];
    for (const f of files) {
      walk(f.ast, (n) => {
        const at = `${f.name}:${f.ast.getLineAndCharacterOfPosition(n.getStart(f.ast)).line + 1}`;
        if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && ts.isIdentifier(n.expression)) {
          const callee = n.expression.text;
          if (callee === 'eval' || callee === 'Function') wrong.push(`${at}: ${callee}`);
          if (NETWORK_GLOBALS.has(callee)) wrong.push(`${at}: ${callee}`);
          if (callee === 'Worker' && !OWN_ENTRIES.has(n.arguments?.[0]?.getText(f.ast) ?? '')) wrong.push(`${at}: a Worker of ${n.arguments?.[0]?.getText(f.ast)}`);
          if ((callee === 'setTimeout' || callee === 'setInterval') && n.arguments?.[0] && ts.isStringLiteralLike(n.arguments[0])) wrong.push(`${at}: ${callee} of a string`);
        }
        if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'process' && ['binding', 'dlopen'].includes(n.name.text)) {
          wrong.push(`${at}: process.${n.name.text}`);
        }
      });
    }
    assert.deepEqual(wrong, []);
  });

  it('the CLI starts its lint workers from its own file', () => {
    const main = files.find((f) => f.name === 'server/src/cli/main.ts')!;
    assert.match(main.ast.getFullText(), /runCheck\(command\.options, __filename\)/);
  });

  it('the client starts exactly one program: the server module inside the extension', () => {
    const client = files.find((f) => f.name === 'client/src/extension.ts')!.ast.getFullText();
    assert.match(client, /const module = context\.asAbsolutePath\(path\.join\('dist', 'server\.js'\)\);/);
    assert.deepEqual(client.match(/\{ module, transport: TransportKind\.ipc/g)?.length, 2, 'run and debug start that module over IPC');
    assert.doesNotMatch(client, /\bcommand\s*:/, 'no executable is started');
  });
});
