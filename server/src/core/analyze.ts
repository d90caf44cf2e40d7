/** The one entry point the server, the checker and the tests share: text in, model and findings out. */
import { toLocale, type Locale } from './i18n';
import type { Finding, NoticeDocument, Severity } from './model';
import { planNumbering } from './numbering';
import { parse } from './parser';
import { RULES } from './rules';

export type RuleSetting = Severity | 'off';

export interface AnalysisOptions {
  locale?: Locale | string;
  /** Per-rule severity, or `off`; rules not named keep their default. */
  rules?: Record<string, RuleSetting>;
}

export interface Analysis {
  document: NoticeDocument;
  findings: Finding[];
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const document = parse(text);
  const context = { locale: toLocale(options.locale), numbering: planNumbering(document) };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const report of rule.check(document, context)) {
      findings.push({ rule: rule.id, severity: setting, ...report });
    }
  }
  return { document, findings: findings.sort(byPosition) };
}
