/**
 * What an end-to-end scenario is and what it is given. A scenario is one
 * module under scenarios/ and one line in scenarios/index.ts; it drives the
 * workbench as a user would and asserts on what the page shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyze, type AnalysisOptions, type Finding } from '../../server/src/core';
import type { ProblemRow, WorkbenchPage } from './workbench-page';

export interface Scenario {
  /** Short, file-name safe; names the screenshot and selects the scenario with --only. */
  name: string;
  /** What the scenario proves, in a sentence. */
  title: string;
  /** Adds the files the scenario needs to the workspace, before the workbench opens it. */
  prepare?(workspace: Workspace): void;
  run(context: ScenarioContext): Promise<void>;
}

/** A notice copied into the workspace under a `.notice` name. */
export interface WorkspaceNotice {
  /** Its file name in the workspace. */
  name: string;
  text: string;
}

export interface ScenarioContext {
  /** The project's folder (built tools are in dist/tools). */
  projectRoot: string;
  workbench: WorkbenchPage;
  /** The folder the workbench has open; scenarios may add files to it. */
  workspace: Workspace;
  /** The real notices of ../shared/corpus, or an empty list where that folder is absent. */
  corpus: WorkspaceNotice[];
  /** A second workbench on the same folder, in the same browser; the runner stops it after the scenario. */
  openWorkbench(options: SecondWorkbench): Promise<WorkbenchPage>;
  /** Packages a test fixture extension folder (under test/e2e/fixtures) into a .vsix and returns its path. */
  packageFixtureExtension(folder: string): string;
  /** Changes user settings through the settings.json editor, as a user would, and waits until they are saved. */
  updateUserSettings(changes: Record<string, unknown>): Promise<void>;
  /** Saves a screenshot of the page now, beside the one taken when the scenario ends. */
  screenshot(label: string): Promise<void>;
  log(line: string): void;
  /** Ends the scenario as skipped, saying why. */
  skip(reason: string): never;
  /** Records that one step could not run, saying why; the scenario goes on and is reported with it. */
  skipStep(reason: string): void;
}

export interface SecondWorkbench {
  /** VS Code's display language (`--locale`). */
  locale?: string;
  /**
   * A module of extension tests (exporting `run()`, as @vscode/test-electron
   * expects): the window opens as an Extension Development Host with the
   * installed notice extension under development, and runs it.
   */
  extensionTests?: string;
}

export class Skipped extends Error {}

export class Workspace {
  constructor(readonly folder: string) {}

  path(name: string): string {
    return join(this.folder, name);
  }

  read(name: string): string {
    return readFileSync(this.path(name), 'utf8');
  }

  write(name: string, text: string): void {
    writeFileSync(this.path(name), text);
  }
}

/** A finding as the Problems panel shows it, for comparing what the core finds with what the page shows. */
export function asProblemRow(file: string, finding: Finding): ProblemRow {
  return {
    file,
    severity: finding.severity,
    message: finding.message,
    source: 'notice',
    code: finding.rule,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
  };
}

/** What the Problems panel must list for `text` saved as `file`: the core's findings, in the panel's form. */
export function expectedProblems(file: string, text: string, options: AnalysisOptions = { locale: 'en' }): ProblemRow[] {
  return analyze(text, options).findings.map((finding) => asProblemRow(file, finding));
}

/** Rows in a stable order, so that two lists can be compared whatever order the panel sorts them in. */
function sortRows(rows: ProblemRow[]): ProblemRow[] {
  const key = (row: ProblemRow) => [row.file, String(row.line).padStart(6, '0'), String(row.column).padStart(6, '0'), row.code, row.message].join('\u0000');
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Waits until the Problems panel (which must be showing) lists for `file`
 * exactly the findings the core finds in `text` under `options`, in any
 * order, and returns its rows; on timeout the error shows what it listed.
 */
export function waitForCoreFindings(
  workbench: WorkbenchPage,
  file: string,
  text: string,
  options: AnalysisOptions = { locale: 'en' },
): Promise<ProblemRow[]> {
  const expected = sortRows(expectedProblems(file, text, options));
  return workbench.waitForProblems(file, `the ${expected.length} findings the core finds`, (rows) => isDeepStrictEqual(sortRows(rows), expected));
}

/** The 1-based number of the first line of `text` that starts with `prefix` (after indentation). */
export function lineStartingWith(text: string, prefix: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => line.replace(/^[\s\u3000]+/, '').startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with “${prefix}”`);
  return index + 1;
}
