/** The one entry point the server, the checker and the tests share: text in, model and findings out. */
import { toLocale, type Locale } from './i18n';
import type { Finding, NoticeDocument, Severity } from './model';
import { planNumbering, type AcceptedStyles, type NumberingPlan } from './numbering';
import { parse } from './parser';
import type { PhraseEntry } from './phrases';
import { RULES } from './rules';
import { SUPPRESSION_RULE } from './rules/suppression-comment';
import { suppression } from './suppressions';

export type RuleSetting = Severity | 'off';

export interface AnalysisOptions {
  locale?: Locale | string;
  /** Per-rule severity, or `off`; rules not named keep their default. */
  rules?: Record<string, RuleSetting>;
  /** Standard formulations to check besides the built-in ones. */
  phrases?: readonly PhraseEntry[];
  /** The marker styles accepted at each level, where the user's configuration names them. */
  numberingStyles?: AcceptedStyles;
}

export interface Analysis {
  document: NoticeDocument;
  /** What the numbering should be: rules report against it, fixes and completion write towards it. */
  numbering: NumberingPlan;
  findings: Finding[];
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

/** One shared empty list, so the compiled phrase index is built once for it. */
const NO_PHRASES: readonly PhraseEntry[] = [];

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const document = parse(text);
  const numbering = planNumbering(document, options.numberingStyles);
  const context = {
    locale: toLocale(options.locale),
    numbering,
    phrases: options.phrases ?? NO_PHRASES,
    ruleIds: RULE_IDS,
  };
  const findings: Finding[] = [];
  const isSuppressed = suppression(document.directives);
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const report of rule.check(document, context)) {
      // Field by field, in the report's order: spreading the report after two
      // fields took a slow generic copy, a cost per finding.
      const finding: Finding = { rule: rule.id, severity: setting, range: report.range, message: report.message };
      if ('fixes' in report) finding.fixes = report.fixes;
      // The reminder to delete suppression comments is the one thing they cannot silence.
      if (rule.id === SUPPRESSION_RULE || !isSuppressed(finding)) findings.push(finding);
    }
  }
  return { document, numbering, findings: findings.sort(byPosition) };
}
