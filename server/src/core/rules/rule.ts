import type { Locale } from '../i18n';
import type { Fix, NoticeDocument, Range, Severity } from '../model';
import type { NumberingPlan } from '../numbering';
import type { PhraseEntry } from '../phrases';

/** What every rule sees besides the document: computed once per analysis. */
export interface RuleContext {
  locale: Locale;
  numbering: NumberingPlan;
  /** The user's formulations, checked besides the built-in ones. */
  phrases: readonly PhraseEntry[];
  /** The ids of all rules, for naming unknown ones. */
  ruleIds: ReadonlySet<string>;
}

export interface RuleReport {
  range: Range;
  message: string;
  fixes?: Fix[];
}

export interface Rule {
  /** The stable id from DOMAIN.md, e.g. `numbering/sequence`. */
  id: string;
  defaultSeverity: Severity;
  check(doc: NoticeDocument, context: RuleContext): RuleReport[];
}
