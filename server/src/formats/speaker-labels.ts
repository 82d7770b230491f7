import type { CallscriptConfig } from '../engine';
import { normalizePhrase } from '../engine/normalize';

/**
 * Role names that scripts kept in documents write as speaker labels besides the format's own
 * (坐席, 客服, 客户 …): a 12345 script's 话务员, a Word 话术's 客服代表, a transcript's 来电人. Read in
 * simplified form, so 話務員 and 顧客 are alike. Left unread, their lines were skipped as text before
 * any label, and a folder of such scripts checked clean.
 */
const AGENT_ROLES = ['话务员', '客服代表', '客服人员', '客服专员', '坐席员', '座席员', '坐席人员', '座席人员', '接线员', '工作人员'];
const CUSTOMER_ROLES = ['顾客', '来电人', '来电者', '来电客户', '市民', '客人'];

/** The longest label read: a role name longer than this is a sentence that holds a colon. */
const MAX_LABEL = 12;

export interface SpeakerLabels {
  agent: ReadonlySet<string>;
  customer: ReadonlySet<string>;
}

const simplified = (label: string) => normalizePhrase(label.replace(/\s+/g, '')).text;

/** The document labels in force: the built-in role names and those `documents.agentLabels`/`customerLabels` add. */
export function speakerLabelsOf(config: CallscriptConfig): SpeakerLabels {
  const d = config.documents;
  return {
    agent: new Set([...AGENT_ROLES, ...(d?.agentLabels ?? [])].map(simplified)),
    customer: new Set([...CUSTOMER_ROLES, ...(d?.customerLabels ?? [])].map(simplified)),
  };
}

/** `[ \t]*word[ \t]*` then a colon of either width: where a line's label ends, and its word. */
const LABEL_RE = new RegExp(`^[ \\t]*([^\\s:\\uFF1A]{1,${MAX_LABEL}})[ \\t]*[:\\uFF1A]`);

/**
 * A line whose label is one of the document's role names, as the format writes it: 话务员：您好 →
 * 坐席：您好 (the colon and what follows kept). `cut` is how many characters of the line the new
 * label stands for; undefined for any other line.
 */
export function asFormatLabel(line: string, labels: SpeakerLabels): { line: string; cut: number; label: string } | undefined {
  const m = LABEL_RE.exec(line);
  if (!m) return undefined;
  const word = simplified(m[1]);
  const role = labels.agent.has(word) ? 'agent' : labels.customer.has(word) ? 'customer' : undefined;
  if (role === undefined) return undefined;
  const label = role === 'agent' ? '坐席' : '客户';
  const cut = m[0].length - 1;
  return { line: label + line.slice(cut), cut, label };
}
