import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURE_WORKSPACE } from './paths';

/** A fresh copy of the fixture workspace: the scenarios edit and save files, the repository stays as it is. */
export function scratchWorkspace(): { folder: string; remove(): void } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'callscript-e2e-workspace-'));
  const folder = path.join(parent, 'workspace');
  fs.cpSync(FIXTURE_WORKSPACE, folder, { recursive: true });
  return { folder, remove: () => fs.rmSync(parent, { recursive: true, force: true }) };
}
