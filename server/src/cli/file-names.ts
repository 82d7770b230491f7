import type { Message } from '../engine';

/**
 * Node.js decodes file names as UTF-8 and puts U+FFFD for bytes that are not: such a name no
 * longer names the file, so it cannot be opened by it. Said plainly, not as "no such file".
 */
export function hasUndecodableName(p: string): boolean {
  return p.includes('\ufffd');
}

export const NAME_NOT_UTF8: Message = {
  zh: '文件名不是有效的 UTF-8,无法按名称打开;请将文件重命名为 UTF-8 名称后再检查',
  en: 'the file name is not valid UTF-8, so it cannot be opened by name; rename it to a UTF-8 name to check it',
};
