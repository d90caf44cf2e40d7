/**
 * Code actions: the repairs the rules attached to their findings, offered as
 * quick fixes for the findings that touch the range the editor asks about,
 * and fix-all (`source.fixAll.notice`), which applies every safe repair to
 * the whole document.
 */
import type { Analysis, AnalysisOptions } from '../analyze';
import { fixAllEdits } from '../fix-all';
import { localize, toLocale, type Message } from '../i18n';
import type { Finding, Fix, Range, TextEdit } from '../model';

export const QUICK_FIX = 'quickfix';
export const FIX_ALL = 'source.fixAll.notice';

export interface CodeActionData {
  title: string;
  kind: string;
  /** The findings the action repairs, so the editor can link it to their diagnostics. */
  findings: Finding[];
  edits: TextEdit[];
  isPreferred: boolean;
}

const titles = {
  fixAll: {
    zh: (a) => `整理全文编号（改动${a.count}处）`,
    en: (a) => `Fix the numbering of the whole document (${a.count} changes)`,
  },
} satisfies Record<string, Message>;

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Touching counts: a cursor at either end of a finding's range is on it. */
export function rangesTouch(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * Whether the editor wants actions of `kind`: it asked for no kind in
 * particular, or for `kind` or a kind that contains it (`source.fixAll` holds
 * `source.fixAll.notice`).
 */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** Fix-all as one action, when it changes anything. */
export function fixAllAction(analysis: Analysis, options: AnalysisOptions): CodeActionData | undefined {
  const edits = fixAllEdits(analysis, options);
  if (edits.length === 0) return undefined;
  const title = localize(toLocale(options.locale), titles.fixAll, { count: edits.length });
  const findings = analysis.findings.filter((finding) => finding.rule.startsWith('numbering/'));
  return { title, kind: FIX_ALL, findings, edits, isPreferred: false };
}

/**
 * The repairs of the findings touching `range`; after a numbering finding's
 * own repairs, fix-all as a quick fix too, when it does more than they do.
 */
export function quickFixes(analysis: Analysis, range: Range, options: AnalysisOptions): CodeActionData[] {
  const touching = analysis.findings.filter((finding) => finding.fixes?.length && rangesTouch(finding.range, range));
  // A fix shared by several findings (a level's renumbering, joining every broken line) is offered once, for all of them.
  const byFix = new Map<Fix, CodeActionData>();
  const actions: CodeActionData[] = [];
  for (const finding of touching) {
    finding.fixes!.forEach((fix, index) => {
      const offered = byFix.get(fix);
      if (offered) {
        offered.findings.push(finding);
        return;
      }
      const action = { title: fix.title, kind: QUICK_FIX, findings: [finding], edits: fix.edits, isPreferred: index === 0 };
      byFix.set(fix, action);
      actions.push(action);
    });
  }
  const numbering = touching.filter((finding) => finding.rule.startsWith('numbering/'));
  const fixAll = numbering.length ? fixAllAction(analysis, options) : undefined;
  if (fixAll && actions.every((action) => action.edits.length < fixAll.edits.length)) {
    actions.push({ ...fixAll, kind: QUICK_FIX, findings: numbering });
  }
  return actions;
}
