/** The checker's two output formats: one line per finding, or JSON with outline and parts. */
import type { Analysis } from '../core';
import { PART_KINDS, type Finding, type Heading, type Locale, type PartKind, type Severity } from '../core';

export interface OutlineEntry {
  level: number;
  marker: string;
  number: number;
  title: string;
  line: number;
  children: OutlineEntry[];
}

export interface FileReport {
  file: string;
  diagnostics: Array<{
    rule: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }>;
  outline: OutlineEntry[];
  sections: Record<PartKind, number | null>;
}

function outlineOf(heading: Heading): OutlineEntry {
  return {
    level: heading.depth,
    marker: heading.marker.text,
    number: heading.marker.number,
    title: heading.title,
    line: heading.line + 1,
    children: heading.children.map(outlineOf),
  };
}

/** Lines and columns become 1-based; columns stay in UTF-16 code units. */
export function toFileReport(file: string, { document, findings }: Analysis): FileReport {
  const sections = {} as Record<PartKind, number | null>;
  for (const kind of PART_KINDS) {
    const part = document.parts[kind];
    sections[kind] = part ? part.line + 1 : null;
  }
  return {
    file,
    diagnostics: findings.map((f: Finding) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
    })),
    outline: document.roots.map(outlineOf),
    sections,
  };
}

export function findingLines(report: FileReport): string[] {
  return report.diagnostics.map((d) => `${report.file}:${d.line}:${d.column} ${d.severity} ${d.message} [${d.rule}]`);
}

export function outlineLines(report: FileReport): string[] {
  const lines: string[] = [`${report.file}:`];
  const walk = (entry: OutlineEntry) => {
    lines.push(`${'  '.repeat(entry.level)}${entry.marker}${entry.title}  (${entry.line})`);
    entry.children.forEach(walk);
  };
  report.outline.forEach(walk);
  return lines;
}

export interface Totals {
  files: number;
  error: number;
  warning: number;
  info: number;
  unreadable: number;
  /** Files that --fix rewrote. */
  fixed: number;
}

export function summaryLine(locale: Locale, t: Totals): string {
  return locale === 'zh'
    ? `检查了 ${t.files} 个文件：${t.error} 个错误，${t.warning} 个警告，${t.info} 个提示` +
        (t.unreadable ? `；${t.unreadable} 个文件无法读取` : '') +
        (t.fixed ? `；已修正 ${t.fixed} 个文件` : '')
    : `${t.files} file${t.files === 1 ? '' : 's'} checked: ${t.error} error${t.error === 1 ? '' : 's'}, ${t.warning} warning${t.warning === 1 ? '' : 's'}, ${t.info} info` +
        (t.unreadable ? `; ${t.unreadable} could not be read` : '') +
        (t.fixed ? `; ${t.fixed} fixed` : '');
}

/**
 * Writes each file's report as soon as it is ready, in the text or the JSON
 * format, so that a run over thousands of files holds none of them (a
 * report's strings can keep its file's text alive: an outline title is a
 * slice of it) and a reader sees findings while the run goes on. JSON comes
 * out exactly as `JSON.stringify` would write the array of every report,
 * indented by two.
 */
export class ReportStream {
  private count = 0;

  constructor(
    private readonly format: 'text' | 'json',
    private readonly withOutline: boolean,
    private readonly write: (chunk: string) => void,
  ) {}

  add(report: FileReport): void {
    this.count++;
    if (this.format === 'json') {
      // Inside the array each line of the report's JSON is indented two more; a string in JSON never holds a line break.
      this.write(`${this.count === 1 ? '[\n' : ',\n'}  ${JSON.stringify(report, null, 2).replace(/\n/g, '\n  ')}`);
      return;
    }
    const lines = this.withOutline ? [...outlineLines(report), ...findingLines(report)] : findingLines(report);
    if (lines.length) this.write(`${lines.join('\n')}\n`);
  }

  /** Closes the JSON array, or writes the summary line after the findings. */
  end(summary: string): void {
    if (this.format === 'json') this.write(this.count ? '\n]\n' : '[]\n');
    else this.write(`${summary}\n`);
  }
}
