import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, MessageType, type DocumentSymbol, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../server/src/core';
import { ensureServerBuilt, ServerSession } from '../helpers/lsp-client';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';

/** Comfortably longer than the server's debounce, to be sure nothing more is coming. */
const QUIET_PERIOD_MS = 500;
/** Comfortably shorter than the server's debounce: a typist's pace, slow enough for the server to see each edit alone. */
const KEYSTROKE_GAP_MS = 30;

const MISNUMBERED = [
  '中共示例县教育局党组',
  '关于县委第一轮巡察整改进展情况的通报',
  '',
  '根据县委统一部署，县委第一巡察组对县教育局进行了巡察。',
  '',
  '一、整改工作基本情况',
  '（一）加强组织领导。成立领导小组。',
  '（三）细化整改任务。', // line 7: should be （二）
  '二、巡察反馈意见整改落实情况',
  '（一）关于理论学习不深入的问题',
  '1.关于学习不深入的问题。',
  '2.关于调研不够的问题。',
  '三、下一步工作打算',
  '持续巩固整改成果。',
].join('\n');

const MISNUMBERED_LINE = 7;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function codes(params: { diagnostics: { code?: number | string }[] }): (number | string | undefined)[] {
  return params.diagnostics.map((diagnostic) => diagnostic.code);
}

function childCounts(symbol: DocumentSymbol): number[] {
  return (symbol.children ?? []).map((child) => child.children?.length ?? 0);
}

/** The outline's parts: every symbol after the title. */
function parts(symbols: DocumentSymbol[]): DocumentSymbol[] {
  expect(symbols[0].kind).toBe(1); // SymbolKind.File: the title
  return symbols.slice(1);
}

describe('notice language server over stdio', () => {
  let zh: ServerSession;
  let en: ServerSession;

  beforeAll(async () => {
    ensureServerBuilt();
    [zh, en] = await Promise.all([ServerSession.start({ locale: 'zh-cn' }), ServerSession.start({ locale: 'en' })]);
  });

  afterAll(() => {
    zh?.kill();
    en?.kill();
  });

  it('offers incremental sync, document symbols and folding', () => {
    expect(zh.initializeResult.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.notice'] },
      executeCommandProvider: { commands: ['notice.renumberDocument'] },
    });
  });

  it('reports a misnumbered heading with the rule id and a Chinese message for zh-cn', async () => {
    const uri = 'file:///drafts/misnumbered-zh.notice';
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, MISNUMBERED);
    const { version, diagnostics } = await published;
    expect(version).toBe(1);
    const sequence = diagnostics.filter((d) => d.code === 'numbering/sequence');
    expect(sequence).toHaveLength(1);
    expect(sequence[0]).toMatchObject({
      source: 'notice',
      severity: DiagnosticSeverity.Error,
      range: { start: { line: MISNUMBERED_LINE, character: 0 }, end: { line: MISNUMBERED_LINE, character: 3 } },
    });
    expect(sequence[0].message).toMatch(/应为“（二）”.*实为“（三）”/);
  });

  it('words the same finding in English for en', async () => {
    const uri = 'file:///drafts/misnumbered-en.notice';
    const published = en.nextDiagnostics(uri);
    await en.open(uri, MISNUMBERED);
    const sequence = (await published).diagnostics.find((d) => d.code === 'numbering/sequence');
    expect(sequence?.message).toMatch(/expected “（二）”, found “（三）”/);
  });

  it('without workspace/configuration, applies the settings pushed with didChangeConfiguration', async () => {
    const uri = 'file:///drafts/misnumbered-en.notice';
    const published = en.nextDiagnostics(uri);
    await en.changeSettings({ rules: { 'numbering/sequence': 'warning' } });
    const sequence = (await published).diagnostics.find((d) => d.code === 'numbering/sequence');
    expect(sequence?.severity).toBe(DiagnosticSeverity.Warning);
    expect(en.configurationRequests).toBe(0);
  });

  it('publishes for the final version only after a burst of changes', async () => {
    const uri = 'file:///drafts/burst.notice';
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, MISNUMBERED);
    for (const [version, marker] of [[2, '（四）'], [3, '（五）'], [4, '（六）'], [5, '（七）']] as const) {
      await sleep(KEYSTROKE_GAP_MS);
      await zh.change(uri, version, [
        { range: { start: { line: MISNUMBERED_LINE, character: 0 }, end: { line: MISNUMBERED_LINE, character: 3 } }, text: marker },
      ]);
    }
    const { version, diagnostics } = await published;
    expect(version).toBe(5);
    expect(diagnostics.find((d) => d.code === 'numbering/sequence')?.message).toMatch(/实为“（七）”/);
    await sleep(QUIET_PERIOD_MS);
    expect(zh.publicationsFor(uri).map((params) => params.version)).toEqual([5]);
  });

  it('clears the finding once an incremental edit fixes the number', async () => {
    const uri = 'file:///drafts/fixed.notice';
    const first = zh.nextDiagnostics(uri);
    await zh.open(uri, MISNUMBERED);
    expect(codes(await first)).toContain('numbering/sequence');
    const second = zh.nextDiagnostics(uri);
    await zh.change(uri, 2, [
      { range: { start: { line: MISNUMBERED_LINE, character: 1 }, end: { line: MISNUMBERED_LINE, character: 2 } }, text: '二' },
    ]);
    const fixed = await second;
    expect(fixed.version).toBe(2);
    expect(codes(fixed)).not.toContain('numbering/sequence');
  });

  it('offers a quick fix whose edits, applied, renumber the item', async () => {
    const uri = 'file:///drafts/quick-fix.notice';
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, MISNUMBERED);
    const finding = (await published).diagnostics.find((d) => d.code === 'numbering/sequence')!;
    const [action] = await zh.codeActions(uri, finding.range);
    expect(action).toMatchObject({ kind: 'quickfix', title: '将“（三）”改为“（二）”', isPreferred: true });
    expect(action.diagnostics?.map((d) => d.code)).toEqual(['numbering/sequence']);
    const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
    expect(change.textDocument).toEqual({ uri, version: 1 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'notice', 1, MISNUMBERED), change.edits);
    expect(fixed).toBe(MISNUMBERED.replace('（三）', '（二）'));
  });

  it('publishes an empty list when a document closes, and nothing for it afterwards', async () => {
    const uri = 'file:///drafts/closed.notice';
    await zh.open(uri, MISNUMBERED);
    await sleep(KEYSTROKE_GAP_MS);
    const cleared = zh.nextDiagnostics(uri);
    // Closed before the debounce ends: the pending validation must not publish.
    await zh.close(uri);
    expect(await cleared).toEqual({ uri, diagnostics: [] });
    await sleep(QUIET_PERIOD_MS);
    expect(zh.publicationsFor(uri)).toEqual([{ uri, diagnostics: [] }]);
  });

  it('answers empty, without an error, for a document that is not open', async () => {
    expect(await zh.documentSymbols('file:///drafts/never-opened.notice')).toEqual([]);
    expect(await zh.foldingRanges('file:///drafts/never-opened.notice')).toEqual([]);
  });

  it('returns the outline and folding of a draft', async () => {
    const uri = 'file:///drafts/outline.notice';
    await zh.open(uri, MISNUMBERED);
    const symbols = await zh.documentSymbols(uri);
    expect(symbols.map((s) => s.name)).toEqual([
      '中共示例县教育局党组关于县委第一轮巡察整改进展情况的通报',
      '一、整改工作基本情况',
      '二、巡察反馈意见整改落实情况',
      '三、下一步工作打算',
    ]);
    expect(symbols[2].children![0].children!.map((s) => s.name)).toEqual(['1.关于学习不深入的问题', '2.关于调研不够的问题']);
    expect(await zh.foldingRanges(uri)).toEqual([
      { startLine: 5, endLine: 7, kind: 'region' },
      { startLine: 8, endLine: 11, kind: 'region' },
      { startLine: 9, endLine: 11, kind: 'region' },
      { startLine: 12, endLine: 13, kind: 'region' },
    ]);
  });

  describe.runIf(corpusAvailable)('on the corpus', () => {
    const uri000 = 'file:///corpus/000.txt';
    const uri003 = 'file:///corpus/003.txt';
    const knownRules = new Set(RULES.map((rule) => rule.id));

    beforeAll(async () => {
      const published = Promise.all([zh.nextDiagnostics(uri000), zh.nextDiagnostics(uri003)]);
      await zh.open(uri000, readCorpus(CORPUS_000));
      await zh.open(uri003, readCorpus(CORPUS_003));
      await published;
    });

    it('003: two missing parts, no numbering findings', () => {
      const [publication] = zh.publicationsFor(uri003);
      expect(codes(publication).filter((code) => code === 'section/missing')).toHaveLength(2);
      expect(codes(publication).filter((code) => String(code).startsWith('numbering/'))).toEqual([]);
    });

    it('every diagnostic carries a known rule id and the source', () => {
      for (const { diagnostics } of [...zh.publicationsFor(uri000), ...zh.publicationsFor(uri003)]) {
        for (const diagnostic of diagnostics) {
          expect(knownRules.has(String(diagnostic.code)), String(diagnostic.code)).toBe(true);
          expect(diagnostic.source).toBe('notice');
        }
      }
    });

    it('000: the outline has three parts with 7, 5 and 6 children; part 二 with 3, 3, 3, 2 and 0', async () => {
      const outline = parts(await zh.documentSymbols(uri000));
      expect(outline.map((s) => s.children!.length)).toEqual([7, 5, 6]);
      expect(childCounts(outline[1])).toEqual([3, 3, 3, 2, 0]);
    });

    it('003: the outline has three parts; part 二 holds 4, 4, 3 and 2 items', async () => {
      const outline = parts(await zh.documentSymbols(uri003));
      expect(outline).toHaveLength(3);
      expect(childCounts(outline[1])).toEqual([4, 4, 3, 2]);
    });

    it('000: folds every heading that governs more than its own line', async () => {
      const ranges = await zh.foldingRanges(uri000);
      expect(ranges).toHaveLength(19);
      expect(ranges.filter((range) => [9, 27, 111].includes(range.startLine))).toEqual([
        { startLine: 9, endLine: 25, kind: 'region' },
        { startLine: 27, endLine: 109, kind: 'region' },
        { startLine: 111, endLine: 127, kind: 'region' },
      ]);
    });
  });

  it('logged no errors', () => {
    for (const session of [zh, en]) {
      expect(session.logMessages.filter((message) => message.type === MessageType.Error)).toEqual([]);
    }
  });
});

describe('notice language server settings', () => {
  let session: ServerSession;

  beforeAll(async () => {
    ensureServerBuilt();
    session = await ServerSession.start({
      locale: 'zh-cn',
      settings: { rules: { 'numbering/sequence': 'off', 'section/missing': 'warning' }, locale: 'en' },
    });
  });

  afterAll(() => session?.kill());

  it('applies notice.rules and notice.locale, asked once per document', async () => {
    const uri = 'file:///drafts/settings.notice';
    const published = session.nextDiagnostics(uri);
    await session.open(uri, MISNUMBERED);
    const { diagnostics } = await published;
    await session.documentSymbols(uri);
    await session.foldingRanges(uri);
    expect(codes({ diagnostics })).not.toContain('numbering/sequence');
    const missing = diagnostics.filter((d) => d.code === 'section/missing');
    expect(missing.map((d) => d.severity)).toEqual([DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    expect(missing[0].message).toMatch(/^Required part missing/);
    expect(session.configurationRequests).toBe(1);
  });

  it('asks again and re-validates open documents when the settings change', async () => {
    const uri = 'file:///drafts/settings.notice';
    const published = session.nextDiagnostics(uri);
    await session.changeSettings({ rules: { 'numbering/sequence': 'info' }, locale: 'auto' });
    const sequence = (await published).diagnostics.find((d) => d.code === 'numbering/sequence');
    expect(sequence?.severity).toBe(DiagnosticSeverity.Information);
    // `auto` follows the client's locale, zh-cn.
    expect(sequence?.message).toMatch(/应为“（二）”/);
    expect(session.configurationRequests).toBe(2);
  });

  it('ignores unknown rule settings and keeps the defaults', async () => {
    const uri = 'file:///drafts/settings-invalid.notice';
    await session.changeSettings({ rules: { 'numbering/sequence': 'loud' }, locale: 'klingon' });
    const published = session.nextDiagnostics(uri);
    await session.open(uri, MISNUMBERED);
    const sequence = (await published).diagnostics.find((d) => d.code === 'numbering/sequence');
    expect(sequence?.severity).toBe(DiagnosticSeverity.Error);
    expect(sequence?.message).toMatch(/应为“（二）”/);
  });
});

describe('notice language server lifecycle', () => {
  const sessions: ServerSession[] = [];

  beforeAll(() => ensureServerBuilt());
  afterAll(() => sessions.forEach((session) => session.kill()));

  it.each(['stdio', 'ipc'] as const)('over %s: diagnoses a draft, then ends with exit code 0 after shutdown and exit', async (transport) => {
    const session = await ServerSession.start({ locale: 'en', transport });
    sessions.push(session);
    const uri = `file:///drafts/lifecycle-${transport}.notice`;
    const published = session.nextDiagnostics(uri);
    await session.open(uri, MISNUMBERED);
    expect(codes(await published)).toContain('numbering/sequence');
    expect(await session.shutdown()).toBe(0);
  });
});
