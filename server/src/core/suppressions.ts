/**
 * Comments that silence findings, written as HTML comments so that Markdown
 * drafts hide them:
 *
 *   <!-- notice-disable-next-line text/duplicate -->   the next line
 *   <!-- notice-disable punctuation/width -->          from here …
 *   <!-- notice-enable punctuation/width -->           … to here
 *   <!-- notice-disable-file count/mismatch -->        the whole file
 *
 * With no rule named, a comment covers every rule. Nothing but this tool
 * reads them: they are published with the text unless the drafter deletes
 * them, which `suppression/comment` reminds of. A comment stands alone on
 * its line; the parser reads such lines as blank.
 */
import type { Finding } from './model';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  line: number;
  kind: DirectiveKind;
  /** The rules named; empty for all rules. */
  rules: string[];
}

const DIRECTIVE = /^[ \t\u3000\ufeff]*<!--[ \t]*notice-(disable-next-line|disable-file|disable|enable)(?![\w-])(.*?)-->[ \t\u3000]*$/;
const RULE_LIST = /[\s,，、]+/;

export function findDirectives(lines: readonly string[]): Directive[] {
  const directives: Directive[] = [];
  lines.forEach((text, line) => {
    if (!text.includes('notice-')) return;
    const m = DIRECTIVE.exec(text);
    if (m) directives.push({ line, kind: m[1] as DirectiveKind, rules: m[2].split(RULE_LIST).filter(Boolean) });
  });
  return directives;
}

function covers(directive: Directive, rule: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(rule);
}

/** The line a `disable-next-line` comment at `line` governs: the next one that is not a comment too. */
function governedLine(directives: readonly Directive[], index: number): number {
  let line = directives[index].line + 1;
  for (let next = index + 1; next < directives.length && directives[next].line === line; next++) line++;
  return line;
}

/** Whether the comments silence `finding` (judged at the line where it starts). */
export function isSuppressed(finding: Finding, directives: readonly Directive[]): boolean {
  const line = finding.range.start.line;
  let all = false;
  const disabled = new Set<string>();
  const excepted = new Set<string>();
  for (let i = 0; i < directives.length; i++) {
    const directive = directives[i];
    if (directive.kind === 'disable-file' && covers(directive, finding.rule)) return true;
    if (directive.kind === 'disable-next-line' && covers(directive, finding.rule) && governedLine(directives, i) === line) return true;
    if (directive.line >= line || (directive.kind !== 'disable' && directive.kind !== 'enable')) continue;
    const named = directive.rules;
    if (directive.kind === 'disable') {
      if (named.length === 0) {
        all = true;
        excepted.clear();
      } else for (const rule of named) (all ? excepted.delete(rule) : disabled.add(rule));
    } else if (named.length === 0) {
      all = false;
      disabled.clear();
      excepted.clear();
    } else for (const rule of named) (all ? excepted.add(rule) : disabled.delete(rule));
  }
  return (all && !excepted.has(finding.rule)) || disabled.has(finding.rule);
}

/** The comment that silences `rule` on `line`, or in the whole file. */
export function directiveText(kind: 'disable-next-line' | 'disable-file', rule: string): string {
  return `<!-- notice-${kind} ${rule} -->`;
}
