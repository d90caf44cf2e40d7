/**
 * The end-to-end scenarios through the VS Code API, run inside VS Code's
 * extension host by @vscode/test-electron (see run.ts): the same behaviours
 * as the browser scenarios of test/e2e, asserted on what VS Code reports
 * (languages, diagnostics, symbols, folding, completions, code actions)
 * instead of on the page. What VS Code must report is what the analysis core
 * computes on the same text.
 *
 * The workspace folder VS Code opens holds our examples and, where present,
 * the real notices as `.notice` files (run.ts prepares it).
 */
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { analyze, parse, PART_KINDS, type AnalysisOptions, type RuleSetting } from '../../server/src/core';
import { documentSymbols } from '../../server/src/core/features/document-symbols';
import { foldingRanges } from '../../server/src/core/features/folding-ranges';
import { waitFor as waitUpTo } from '../helpers/wait-for';
import { REPORT_FILE } from './report-file';

const LANGUAGE_ID = 'notice';
/** Waits longer than this mean the extension is broken, not slow. */
const TIMEOUT_MS = 20_000;

interface Check {
  name: string;
  /** Resolves with the reason when the check cannot run here; `report` notes a step that could not. */
  run(folder: string, report: (line: string) => void): Promise<string | void>;
}

function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  return waitUpTo(what, probe, TIMEOUT_MS);
}

async function open(folder: string, name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(join(folder, name)));
  return vscode.window.showTextDocument(document);
}

/** The document's language once VS Code (or the extension) has settled it. */
async function languageOf(uri: vscode.Uri, expected: string): Promise<string> {
  const current = () => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())?.languageId;
  return waitFor(`${uri.fsPath} in ${expected}`, () => (current() === expected ? expected : undefined)).catch(() => current() ?? 'closed');
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

type Shown = { code: string; severity: vscode.DiagnosticSeverity; message: string; line: number; character: number };

function shownDiagnostics(uri: vscode.Uri): Shown[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'notice')
    .map((diagnostic) => ({
      code: String(diagnostic.code),
      severity: diagnostic.severity,
      message: diagnostic.message,
      line: diagnostic.range.start.line,
      character: diagnostic.range.start.character,
    }))
    .sort((a, b) => a.line - b.line || a.character - b.character || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

function expectedDiagnostics(text: string, options: AnalysisOptions): Shown[] {
  return analyze(text, options)
    .findings.map((finding) => ({
      code: finding.rule,
      severity: SEVERITY[finding.severity],
      message: finding.message,
      line: finding.range.start.line,
      character: finding.range.start.character,
    }))
    .sort((a, b) => a.line - b.line || a.character - b.character || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

/** Waits until VS Code shows, for the document, the diagnostics the core finds in its current text. */
async function diagnosticsMatchCore(document: vscode.TextDocument, rules: AnalysisOptions['rules'] = {}): Promise<Shown[]> {
  const expected = expectedDiagnostics(document.getText(), { locale: vscode.env.language, rules });
  return waitFor(`the diagnostics of ${document.fileName}`, () => {
    const shown = shownDiagnostics(document.uri);
    return isDeepStrictEqual(shown, expected) ? shown : undefined;
  });
}

function notices(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.notice'));
}

const CHECKS: Check[] = [
  {
    name: 'language: by extension, and by first line for a .txt',
    async run(folder) {
      const clean = (await vscode.workspace.openTextDocument(vscode.Uri.file(join(folder, 'clean.notice')))).getText();
      writeFileSync(join(folder, 'title-first.txt'), clean.slice(clean.indexOf('\n') + 1));
      writeFileSync(join(folder, 'plain.txt'), '会议纪要\n\n一、会议议题\n');
      const titleFirst = (await open(folder, 'title-first.txt')).document;
      assert.equal(await languageOf(titleFirst.uri, LANGUAGE_ID), LANGUAGE_ID, 'title-first.txt');
      const plain = (await open(folder, 'plain.txt')).document;
      assert.equal(plain.languageId, 'plaintext', 'plain.txt');
      for (const name of notices(folder)) {
        const { document } = await open(folder, name);
        assert.equal(document.languageId, LANGUAGE_ID, name);
      }
      const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON?.name === 'notice');
      assert.ok(extension?.isActive, 'the notice extension is active');
    },
  },
  {
    name: 'diagnostics: each notice’s findings, with rule ids',
    async run(folder) {
      for (const name of notices(folder)) {
        const { document } = await open(folder, name);
        await diagnosticsMatchCore(document);
      }
    },
  },
  {
    name: 'outline: the document symbols the core computes, three top-level parts',
    async run(folder) {
      for (const name of notices(folder).filter((file) => file !== 'with-mistakes.notice')) {
        const { document } = await open(folder, name);
        const expected = documentSymbols(parse(document.getText()));
        const shown = await waitFor(`the symbols of ${name}`, async () => {
          const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
          return symbols && symbols.length === expected.length ? symbols : undefined;
        });
        const names = (symbols: { name: string; children?: { name: string }[] }[]) =>
          symbols.map((symbol) => [symbol.name, (symbol.children ?? []).map((child) => child.name)]);
        assert.deepEqual(names(shown), names(expected), name);
        assert.equal(shown.filter((symbol) => symbol.kind !== vscode.SymbolKind.File).length, 3, `${name}: three top-level parts`);
      }
    },
  },
  {
    name: 'folding: each heading folds what it governs',
    async run(folder) {
      const editor = await open(folder, 'clean.notice');
      const expected = foldingRanges(parse(editor.document.getText())).map((range) => [range.startLine, range.endLine]);
      const shown = await waitFor('the folding ranges', async () => {
        const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', editor.document.uri);
        return ranges && ranges.length > 0 ? ranges.map((range) => [range.start, range.end]) : undefined;
      });
      assert.deepEqual(shown, expected);
      const [start, end] = expected[0];
      editor.selection = new vscode.Selection(start, 0, start, 0);
      await vscode.commands.executeCommand('editor.fold');
      await waitFor(`lines ${start + 2}–${end + 1} hidden`, () =>
        editor.visibleRanges.every((range) => range.end.line <= start || range.start.line > end) ? true : undefined,
      );
      await vscode.commands.executeCommand('editor.unfold');
    },
  },
  {
    name: 'snippet: the skeleton is offered for its prefix and holds all five parts',
    async run(folder) {
      writeFileSync(join(folder, 'draft.notice'), '');
      const editor = await open(folder, 'draft.notice');
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'notice'));
      const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        editor.document.uri,
        new vscode.Position(0, 'notice'.length),
      );
      assert.ok(
        completions.items.some((item) => item.kind === vscode.CompletionItemKind.Snippet && (typeof item.label === 'string' ? item.label : item.label.label) === 'notice'),
        'the skeleton snippet is offered for “notice”',
      );
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, 0, 'notice'.length)));
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: 'Notice skeleton' });
      const { document } = analyze(editor.document.getText());
      assert.deepEqual(PART_KINDS.filter((kind) => !document.parts[kind]), [], 'every part is in the skeleton');
      const shown = await diagnosticsMatchCore(editor.document);
      assert.ok(!shown.some((diagnostic) => diagnostic.code === 'section/missing'));
      await editor.document.save();
    },
  },
  {
    name: 'misnumbering: the finding appears; the quick fix (when offered) repairs it',
    async run(folder, report) {
      const editor = await open(folder, 'clean.notice');
      const original = editor.document.getText();
      const line = original.split('\n').findIndex((text) => text.startsWith('（二）'));
      await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, 3), '（四）'));
      const shown = await diagnosticsMatchCore(editor.document);
      const finding = shown.find((diagnostic) => diagnostic.line === line && diagnostic.code === 'numbering/sequence');
      assert.ok(finding, 'the misnumbered heading is reported');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        new vscode.Range(line, 0, line, 3),
        vscode.CodeActionKind.QuickFix.value,
      );
      const repairs = actions.filter((action) => action.edit && action.kind?.value.startsWith('quickfix'));
      const fix = repairs.find((action) => action.title.includes('（二）')) ?? repairs[0];
      if (fix?.edit) {
        await vscode.workspace.applyEdit(fix.edit);
        assert.equal(editor.document.getText(), original, `after “${fix.title}” the notice is as before`);
      } else {
        report('  quick fix step skipped: none is offered');
      }
      await vscode.commands.executeCommand('workbench.action.files.revert');
    },
  },
  {
    name: 'settings: a rule’s severity changes the diagnostics',
    async run(folder) {
      const { document } = await open(folder, 'with-mistakes.notice');
      const settings = vscode.workspace.getConfiguration('notice');
      try {
        const steps: Record<string, RuleSetting>[] = [{ 'numbering/style': 'error' }, { 'numbering/style': 'off' }, {}];
        for (const rules of steps) {
          await settings.update('rules', rules, vscode.ConfigurationTarget.Global);
          await diagnosticsMatchCore(document, rules);
        }
      } finally {
        await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
      }
    },
  },
  {
    name: 'Chinese: messages in Chinese when the display language is Chinese',
    async run(folder) {
      if (!vscode.env.language.startsWith('zh')) {
        return `VS Code runs in “${vscode.env.language}” (start it with --locale zh-cn and a Chinese language pack)`;
      }
      const { document } = await open(folder, 'with-mistakes.notice');
      const shown = await diagnosticsMatchCore(document);
      assert.ok(shown.every((diagnostic) => /[\u4e00-\u9fff]/.test(diagnostic.message)));
      return undefined;
    },
  },
];

/** Called by VS Code's test runner; throws when a check fails. */
export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(folder, 'VS Code opened the test workspace');
  const report = (line: string) => {
    console.log(line);
    appendFileSync(join(folder, REPORT_FILE), `${line}\n`);
  };
  const failures: string[] = [];
  for (const check of CHECKS) {
    try {
      const skipped = await check.run(folder, report);
      report(skipped ? `– ${check.name}: skipped: ${skipped}` : `✔ ${check.name}`);
    } catch (error) {
      failures.push(check.name);
      report(`✘ ${check.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
  report(`done: ${failures.length} of ${CHECKS.length} checks failed`);
  if (failures.length > 0) throw new Error(`${failures.length} of ${CHECKS.length} checks failed: ${failures.join('; ')}`);
}
