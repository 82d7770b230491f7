import type { Locale, Message } from './engine';
import { inRegion } from './regional-text';

export function messageIn(m: Message, locale: Locale): string {
  if (locale === 'en') return m.en;
  if (locale === 'zh-CN') return m.zh;
  return inRegion(m.zh, locale);
}

/** Chinese text written for zh-CN, in the script of the reader's locale (an English locale is not meant here). */
export function chineseIn(zh: string, locale: Locale): string {
  return locale === 'zh-TW' || locale === 'zh-HK' ? inRegion(zh, locale) : zh;
}

/** The locales `--locale` and `callscript.locale` accept (besides `auto` in the editor). */
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'zh-HK', 'en'];
