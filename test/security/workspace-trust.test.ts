import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface Manifest {
  activationEvents?: string[];
  scripts?: Record<string, string>;
  capabilities?: { untrustedWorkspaces?: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, unknown> } };
}

const manifest = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Manifest;

/**
 * Each setting, sorted by whether a workspace's own `.vscode/settings.json` may set it in a
 * workspace the user has not trusted. A new setting fails this test until it is sorted here.
 */
const HARMLESS = ['callscript.enable', 'callscript.locale', 'callscript.now', 'callscript.trace.server', 'callscript.documentLanguages'];
/** A cloned repository must not be able to switch rules off or hide findings past a cap of its own until trusted. */
const RESTRICTED = ['callscript.rules', 'callscript.maxProblems'];

/**
 * Workspace trust. What an untrusted workspace cannot make the tool do is tested where it is done:
 * user regex patterns from callscript.json run only when trusted (test/engine/custom-patterns.test.ts,
 * "finds nothing in an untrusted workspace"; test/lsp/configuration.test.ts, "runs user regex
 * patterns only in a trusted workspace, and once trust is granted").
 */
describe('security: workspace trust and the manifest', () => {
  const pkg = manifest('package.json');

  it('supports untrusted workspaces in a limited way, explaining what is held back', () => {
    const trust = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    const description = trust?.description?.match(/^%(.+)%$/)?.[1];
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const text = (JSON.parse(readFileSync(path.join(ROOT, nls), 'utf8')) as Record<string, string>)[description ?? ''];
      assert.ok(text && text.length > 20, `${nls} explains it`);
    }
  });

  it('restricts exactly the settings that change what is checked, and every setting is sorted', () => {
    assert.deepEqual(pkg.capabilities?.untrustedWorkspaces?.restrictedConfigurations, RESTRICTED);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), [...HARMLESS, ...RESTRICTED].sort());
  });

  it('the client tells the server whether the workspace is trusted, at every start and when trust is granted', () => {
    const client = readFileSync(path.join(ROOT, 'client/src/extension.ts'), 'utf8');
    assert.match(client, /initializationOptions: \(\): CallscriptInitializationOptions => \(\{ trusted: workspace\.isTrusted/);
    assert.match(client, /workspace\.onDidGrantWorkspaceTrust\(\(\) => void client\?\.sendNotification\(TRUST_GRANTED_NOTIFICATION\)\)/);
  });

  it('activates only for call scripts and the documents a user may opt in to, and no package runs a script when it is installed', () => {
    // Markdown and plain text activate the extension, but start no server unless opted in (client/src/activation.ts).
    assert.deepEqual(pkg.activationEvents, ['onLanguage:callscript', 'onLanguage:markdown', 'onLanguage:plaintext']);
    for (const file of ['package.json', 'server/package.json', 'client/package.json']) {
      const scripts = Object.keys(manifest(file).scripts ?? {});
      assert.deepEqual(scripts.filter((s) => /^(pre|post)?install$|^prepare$|^vscode:prepublish$/.test(s)), [], file);
    }
  });
});
