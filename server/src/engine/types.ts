/** Shared shapes of the engine. Offsets are UTF-16 code units into the document text, as LSP counts them. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh-CN' | 'zh-TW' | 'zh-HK' | 'en';

export interface Message {
  zh: string;
  en: string;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  /** Words put in place of a phrase: applied beside other fixes' words, it leaves out what it would repeat. */
  rewording?: boolean;
  /** Worked out from the whole call (how it opens, what its closing says): applied only in a pass that applies no other edit. */
  afterOthers?: boolean;
}

export interface Fix {
  title: Message;
  edits: TextEdit[];
  /** The fix a user most likely wants; at most one per finding. */
  preferred?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: Message;
  start: number;
  end: number;
  fixes: Fix[];
}

/** Where a rule's data comes from: a seed file and its section. */
export interface Citation {
  seed: string;
  section: string;
}
