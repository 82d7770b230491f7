import type { Locale, Message } from './engine';

export function messageIn(m: Message, locale: Locale): string {
  return locale === 'en' ? m.en : m.zh;
}
