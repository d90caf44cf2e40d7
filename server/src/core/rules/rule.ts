import type { Locale } from '../i18n';
import type { Fix, NoticeDocument, Range, Severity } from '../model';
import type { NumberingPlan } from '../numbering';

/** What every rule sees besides the document: computed once per analysis. */
export interface RuleContext {
  locale: Locale;
  numbering: NumberingPlan;
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
