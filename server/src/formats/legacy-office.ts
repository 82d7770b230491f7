import type { Message } from '../engine';

/** The signature of an OLE2 compound file: Word 97–2003, Excel 97–2003, and encrypted .docx/.xlsx. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an Office file protected by a password keeps its real (zip) content in, named in UTF-16. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export type OfficeFamily = 'word' | 'excel';

/**
 * Why a Word or Excel file cannot be read when it is a compound file rather than a zip: saved in
 * the 97–2003 format (whatever its extension says), or protected by a password. Undefined for any
 * other file. Nothing of such a file is read: it is told plainly instead of failing to unzip.
 */
export function compoundFileProblem(bytes: Uint8Array, family: OfficeFamily): Message | undefined {
  if (bytes.length < OLE2_MAGIC.length || OLE2_MAGIC.some((b, i) => bytes[i] !== b)) return undefined;
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)) {
    return { zh: '文件受密码保护,无法读取;请取消密码后再检查', en: 'the file is protected by a password and cannot be read; remove the password to check it' };
  }
  return legacyFormatProblem(family);
}

/** A `.doc` or `.xls` file is not read, whatever it holds (a compound file, or a web page saved under that name). */
export function legacyFormatProblem(family: OfficeFamily): Message {
  return family === 'word'
    ? { zh: '旧版 Office 格式(Word 97–2003),请另存为 .docx', en: 'legacy Office format (Word 97–2003); save it as .docx' }
    : { zh: '旧版 Office 格式(Excel 97–2003),请另存为 .xlsx', en: 'legacy Office format (Excel 97–2003); save it as .xlsx' };
}
