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

/** Which rules a range of `disable` / `enable` comments leaves silenced: all but some, or some. */
interface RangeState {
  all: boolean;
  /** With `all`, the rules enabled again; without, the rules disabled. */
  rules: ReadonlySet<string>;
}

/** Decides, for findings in any order, whether the comments silence them; built once per document. */
export type Suppression = (finding: Finding) => boolean;

export function suppression(directives: readonly Directive[]): Suppression {
  if (directives.length === 0) return () => false;
  const wholeFile = directives.filter((d) => d.kind === 'disable-file');
  // `disable-next-line` comments by the line they govern: the next one that is not a comment too.
  const commentLines = new Set(directives.map((d) => d.line));
  const nextLine = new Map<number, Directive[]>();
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-line') continue;
    let line = directive.line + 1;
    while (commentLines.has(line)) line++;
    nextLine.set(line, [...(nextLine.get(line) ?? []), directive]);
  }
  // The state after each `disable` / `enable`, in line order.
  const changes: Array<{ line: number; state: RangeState }> = [];
  let state: RangeState = { all: false, rules: new Set() };
  for (const { kind, line, rules } of directives) {
    if (kind !== 'disable' && kind !== 'enable') continue;
    const next = new Set(state.rules);
    if (rules.length === 0) state = { all: kind === 'disable', rules: new Set() };
    else {
      // Disabling a rule while all are disabled takes back its exception; enabling one adds it.
      for (const rule of rules) (state.all === (kind === 'enable') ? next.add(rule) : next.delete(rule));
      state = { all: state.all, rules: next };
    }
    changes.push({ line, state });
  }
  const stateAt = (line: number): RangeState | undefined => {
    let lo = 0;
    let hi = changes.length - 1;
    let found: RangeState | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (changes[mid].line < line) {
        found = changes[mid].state;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return ({ rule, range }) => {
    const line = range.start.line;
    if (wholeFile.some((d) => covers(d, rule))) return true;
    if (nextLine.get(line)?.some((d) => covers(d, rule))) return true;
    const at = stateAt(line);
    return at !== undefined && at.all !== at.rules.has(rule);
  };
}

/** The comment that silences `rule` on `line`, or in the whole file. */
export function directiveText(kind: 'disable-next-line' | 'disable-file', rule: string): string {
  return `<!-- notice-${kind} ${rule} -->`;
}
