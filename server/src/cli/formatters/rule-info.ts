import { ruleById, ruleDocUrl, type Locale, type Severity } from '../../engine';
import { messageIn } from '../../messages';
import { citationText } from '../../engine/standards';

export interface RuleInfo {
  id: string;
  title: string;
  /** Undefined for a config's own patterns and requirements, which have no page and no default. */
  defaultSeverity: Severity | undefined;
  helpUri: string | undefined;
  /** The standards it comes from, as a reader looks them up: 《title》 section. */
  sources: string[];
}

/** What a report says about a rule: the pack's metadata, or just the id of a config-defined check. */
export function ruleInfo(id: string, locale: Locale): RuleInfo {
  const rule = ruleById(id);
  if (!rule) return { id, title: id, defaultSeverity: undefined, helpUri: undefined, sources: [] };
  return { id, title: messageIn(rule.title, locale), defaultSeverity: rule.defaultSeverity, helpUri: ruleDocUrl(id), sources: rule.sources.map(citationText) };
}
