import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalysisOptions, type Finding, type TextEdit } from '../../server/src/core';

/** The findings of one rule on `text`, messages in Chinese unless told otherwise. */
export function findingsOf(rule: string, text: string, options: AnalysisOptions = {}): Finding[] {
  return analyze(text, { locale: 'zh', ...options }).findings.filter((finding) => finding.rule === rule);
}

/** The text each finding's range covers (single-line ranges). */
export function flagged(text: string, findings: Finding[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return findings.map(({ range }) => lines[range.start.line].slice(range.start.character, range.end.character));
}

/** `text` with the edits applied, as an editor applies them. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///draft.notice', 'notice', 1, text), edits);
}
