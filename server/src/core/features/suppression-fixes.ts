/**
 * Quick fixes that silence a finding with a suppression comment: for the
 * finding's line (`notice-disable-next-line`, inserted above it with the
 * same indentation) or for the whole file (`notice-disable-file`, inserted
 * at the top). Offered after the rule's own repairs, never preferred.
 */
import type { Analysis } from '../analyze';
import { localize, type Locale, type Message } from '../i18n';
import type { Range } from '../model';
import { SUPPRESSION_RULE } from '../rules/suppression-comment';
import { directiveText } from '../suppressions';
import { QUICK_FIX, rangesTouch, type CodeActionData } from './code-actions';

const messages = {
  line: {
    zh: (a) => `在此行停用“${a.rule}”检查（添加注释，发布前须删除）`,
    en: (a) => `Disable ${a.rule} for this line (adds a comment to delete before publishing)`,
  },
  file: {
    zh: (a) => `在本文件停用“${a.rule}”检查（添加注释，发布前须删除）`,
    en: (a) => `Disable ${a.rule} for this file (adds a comment to delete before publishing)`,
  },
} satisfies Record<string, Message>;

const INDENT = /^[ \t\u3000]*/;

export function suppressionFixes(analysis: Analysis, range: Range, locale: Locale): CodeActionData[] {
  const { document, findings } = analysis;
  const lineBreak = /\r\n|\r|\n/.exec(document.text)?.[0] ?? '\n';
  const actions: CodeActionData[] = [];
  const offered = new Set<string>();
  for (const finding of findings) {
    if (finding.rule === SUPPRESSION_RULE || !rangesTouch(finding.range, range)) continue;
    const line = finding.range.start.line;
    const key = `${finding.rule}@${line}`;
    if (offered.has(key)) continue;
    offered.add(key);
    const indent = INDENT.exec(document.lines[line])![0];
    const top = { line: 0, character: 0 };
    const start = { line, character: 0 };
    actions.push(
      {
        title: localize(locale, messages.line, { rule: finding.rule }),
        kind: QUICK_FIX,
        findings: [finding],
        edits: [{ range: { start, end: start }, newText: `${indent}${directiveText('disable-next-line', finding.rule)}${lineBreak}` }],
        isPreferred: false,
      },
      {
        title: localize(locale, messages.file, { rule: finding.rule }),
        kind: QUICK_FIX,
        findings: [finding],
        edits: [{ range: { start: top, end: top }, newText: `${directiveText('disable-file', finding.rule)}${lineBreak}` }],
        isPreferred: false,
      },
    );
  }
  return actions;
}
