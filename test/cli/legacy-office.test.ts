import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { docx } from '../office-files';
import { removeDir, runCli, tempDir } from './cli-harness';

/**
 * The first sector of an OLE2 compound file (Word and Excel 97–2003 save these), its directory
 * naming the given streams as the format does: UTF-16 names in 128-byte entries.
 */
function compoundFile(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(128 * Math.max(1, streams.length));
  streams.forEach((name, i) => directory.write(name, i * 128, 'utf16le'));
  return Buffer.concat([header, directory]);
}

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'html'];
const WORD = { zh: '旧版 Office 格式(Word 97–2003),请另存为 .docx', en: 'legacy Office format (Word 97–2003); save it as .docx' };
const EXCEL = { zh: '旧版 Office 格式(Excel 97–2003),请另存为 .xlsx', en: 'legacy Office format (Excel 97–2003); save it as .xlsx' };

describe('legacy .doc and .xls files (and Office files that are really such)', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    writeFileSync(path.join(dir, '外呼话术.doc'), compoundFile('WordDocument', '1Table'));
    writeFileSync(path.join(dir, '话术库.xls'), compoundFile('Workbook'));
    // Saved in the old format under the new name, as happens when a file is renamed rather than converted.
    writeFileSync(path.join(dir, 'renamed.xlsx'), compoundFile('Workbook'));
    writeFileSync(path.join(dir, 'renamed.docx'), compoundFile('WordDocument'));
    // A password-protected .docx is a compound file too: telling it to re-save as .docx would be wrong.
    writeFileSync(path.join(dir, 'locked.docx'), compoundFile('EncryptedInfo', 'EncryptedPackage'));
    // A web page saved as .xls, and an empty .doc: neither is a compound file, neither is read.
    writeFileSync(path.join(dir, 'export.xls'), '<html><table><tr><td>话术</td></tr></table></html>');
    writeFileSync(path.join(dir, 'empty.doc'), '');
    writeFileSync(path.join(dir, 'ok.docx'), docx([{ p: '坐席:这不是我的职责。' }]));
  });
  after(() => removeDir(dir));

  for (const format of FORMATS) {
    it(`${format}: each is told plainly, in Chinese or English, the exit code is 2, and the other files are still checked`, () => {
      for (const [locale, key] of [['zh-CN', 'zh'], ['en', 'en']] as const) {
        const run = runCli(['check', '.', '--format', format, '--locale', locale], dir);
        assert.equal(run.code, 2, run.stderr);
        const told = (file: string) => new RegExp(`^callscript: ${file.replace('.', '\\.')}: (.*)$`, 'm').exec(run.stderr)?.[1];
        assert.equal(told('外呼话术.doc'), WORD[key]);
        assert.equal(told('renamed.docx'), WORD[key]);
        assert.equal(told('empty.doc'), WORD[key]);
        assert.equal(told('话术库.xls'), EXCEL[key]);
        assert.equal(told('renamed.xlsx'), EXCEL[key]);
        assert.equal(told('export.xls'), EXCEL[key]);
        assert.match(told('locked.docx') ?? '', key === 'zh' ? /受密码保护/ : /protected by a password/);
        assert.doesNotMatch(run.stderr, /TypeError|at .*\.js:\d+/, 'no crash');
        if (format !== 'stylish' && format !== 'json') {
          assert.ok(run.stdout.includes(WORD[key]) && run.stdout.includes(EXCEL[key]), `${format} reports them as well`);
        }
        assert.ok(run.stdout.includes('ok.docx'), 'ok.docx was checked');
      }
    });
  }
});
