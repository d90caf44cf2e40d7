/**
 * Repairs through the real server: quick fixes, fix-all, the renumber
 * command and completion, each applied as an editor would, and stale
 * requests answered with nothing rather than with edits for other text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../../server/src/core';
import { CORPUS_000, corpusAvailable, readCorpus } from '../helpers/corpus';
import { ensureServerBuilt, ServerSession } from '../helpers/lsp-client';

const DRAFT = [
  '中共青川市审计局党组',
  '关于市委第二轮巡察整改进展情况的通报',
  '',
  '根据市委统一部署，2024年3月，市委第二巡察组对市审计局党组开展了常规巡察。',
  '',
  '一、整改工作基本情况',
  '（一）加强组织领导。一是成立领导小组；三是制定方案。',
  '（三）细化整改任务。', // line 7: should be （二）
  '(四)强化督促检查。', // line 8: should be （三）
  '二、巡察反馈意见整改落实情况',
  '（一）关于理论学习不深入的问题',
  '1.关于学习不深入的问题。',
  '3.关于调研不够的问题。',
  '（二）关于巡察移交问题线索和信访件办理情况',
  '三、下一步工作打算',
  '持续巩固整改成果。',
  '欢迎广大干部群众监督。联系电话：0999-12345678。',
].join('\n');

const WHOLE_DOCUMENT = { start: { line: 0, character: 0 }, end: { line: 17, character: 0 } };

/** The edit of a code action, checked to be one versioned change to `uri`, applied to `text`. */
function applyAction(action: CodeAction, uri: string, version: number, text: string): string {
  const [change, ...others] = action.edit!.documentChanges! as TextDocumentEdit[];
  expect(others).toEqual([]);
  expect(change.textDocument).toEqual({ uri, version });
  return TextDocument.applyEdits(TextDocument.create(uri, 'notice', version, text), change.edits);
}

describe('repairs through the language server', () => {
  let session: ServerSession;

  beforeAll(async () => {
    ensureServerBuilt();
    session = await ServerSession.start({ locale: 'zh-cn' });
  });

  afterAll(() => session?.kill());

  it('advertises fix-all, the renumber command and completion', () => {
    expect(session.initializeResult.capabilities).toMatchObject({
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.notice'] },
      executeCommandProvider: { commands: ['notice.renumberDocument'] },
      completionProvider: { triggerCharacters: ['（', '(', '。', '；'] },
    });
  });

  it('offers fix-all only when asked for by kind, and its edits give the fixed document', async () => {
    const uri = 'file:///drafts/fix-all.notice';
    await session.open(uri, DRAFT);
    for (const only of [['source.fixAll.notice'], ['source.fixAll'], ['source']]) {
      const actions = await session.codeActions(uri, WHOLE_DOCUMENT, { diagnostics: [], only });
      expect(actions.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.notice', '整理全文编号（改动4处）']]);
      const fixed = applyAction(actions[0], uri, 1, DRAFT);
      expect(fixed).toBe(fixAll(DRAFT));
      expect(fixed.split('\n').slice(6, 13)).toEqual([
        '（一）加强组织领导。一是成立领导小组；二是制定方案。',
        '（二）细化整改任务。',
        '（三）强化督促检查。',
        '二、巡察反馈意见整改落实情况',
        '（一）关于理论学习不深入的问题',
        '1.关于学习不深入的问题。',
        '2.关于调研不够的问题。',
      ]);
    }
    const quickOnly = await session.codeActions(uri, WHOLE_DOCUMENT, { diagnostics: [], only: ['quickfix'] });
    expect(quickOnly.map((a) => a.kind)).not.toContain('source.fixAll.notice');
    const unasked = await session.codeActions(uri, WHOLE_DOCUMENT);
    expect(unasked.map((a) => a.kind)).not.toContain('source.fixAll.notice');
  });

  it('offers this item, this level under its parent, and the whole document as quick fixes for a wrong number', async () => {
    const uri = 'file:///drafts/level.notice';
    const published = session.nextDiagnostics(uri);
    await session.open(uri, DRAFT);
    const { diagnostics } = await published;
    const wrong = diagnostics.find((d) => d.code === 'numbering/sequence' && d.range.start.line === 7)!;
    const actions = await session.codeActions(uri, wrong.range, { diagnostics: [wrong] });
    expect(actions.map((a) => [a.kind, a.title, a.isPreferred])).toEqual([
      ['quickfix', '将“（三）”改为“（二）”', true],
      ['quickfix', '将“一、”下此级编号依次改为“（一）”至“(三)”（改动2处）', false],
      ['quickfix', '整理全文编号（改动4处）', false],
      ['quickfix', '在此行停用“numbering/sequence”检查（添加注释，发布前须删除）', false],
      ['quickfix', '在本文件停用“numbering/sequence”检查（添加注释，发布前须删除）', false],
    ]);
    const levelFixed = applyAction(actions[1], uri, 1, DRAFT);
    expect(levelFixed.split('\n').slice(7, 9)).toEqual(['（二）细化整改任务。', '(三)强化督促检查。']);
  });

  it('offers a fix that several findings share once, for all of them', async () => {
    const uri = 'file:///drafts/shared.notice';
    const published = session.nextDiagnostics(uri);
    await session.open(uri, DRAFT.replace('(四)强化督促检查。', '（五）强化督促检查。'));
    const { diagnostics } = await published;
    const wrong = diagnostics.filter((d) => d.code === 'numbering/sequence' && d.range.start.line >= 7 && d.range.start.line <= 8);
    expect(wrong).toHaveLength(2);
    const range = { start: wrong[0].range.start, end: wrong[1].range.end };
    const actions = await session.codeActions(uri, range, { diagnostics: wrong });
    const level = actions.filter((a) => a.title.includes('依次改为'));
    expect(level).toHaveLength(1);
    expect(level[0].diagnostics?.map((d) => d.range.start.line)).toEqual([7, 8]);
  });

  it('returns no actions for diagnostics of an older version, and fresh ones for the current version', async () => {
    const uri = 'file:///drafts/stale.notice';
    const first = session.nextDiagnostics(uri);
    await session.open(uri, DRAFT);
    const old = (await first).diagnostics.find((d) => d.code === 'numbering/sequence' && d.range.start.line === 7)!;
    expect(old.data).toEqual({ version: 1 });
    // A line inserted at the top moves every finding down by one.
    const second = session.nextDiagnostics(uri);
    await session.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const current = (await second).diagnostics.find((d) => d.code === 'numbering/sequence' && d.range.start.line === 8)!;
    expect(await session.codeActions(uri, old.range, { diagnostics: [old] })).toEqual([]);
    expect(await session.codeActions(uri, current.range, { diagnostics: [old] })).toEqual([]);
    const fresh = await session.codeActions(uri, current.range, { diagnostics: [current] });
    expect(fresh[0].title).toBe('将“（三）”改为“（二）”');
    const text = `\n${DRAFT}`;
    expect(applyAction(fresh[0], uri, 2, text)).toBe(`\n${DRAFT.replace('（三）细化', '（二）细化')}`);
  });

  it('tells diagnostics of other text by their rule, range and message when the client drops their data', async () => {
    const uri = 'file:///drafts/stale-without-data.notice';
    const first = session.nextDiagnostics(uri);
    await session.open(uri, DRAFT);
    const { data: _, ...old } = (await first).diagnostics.find((d) => d.code === 'numbering/sequence' && d.range.start.line === 7)!;
    expect((await session.codeActions(uri, old.range, { diagnostics: [old] }))[0].title).toBe('将“（三）”改为“（二）”');
    const second = session.nextDiagnostics(uri);
    await session.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    await second;
    expect(await session.codeActions(uri, old.range, { diagnostics: [old] })).toEqual([]);
  });

  it('still offers fix-all on save when the diagnostics the editor holds are of an older version', async () => {
    const uri = 'file:///drafts/save.notice';
    const first = session.nextDiagnostics(uri);
    await session.open(uri, DRAFT);
    const old = (await first).diagnostics;
    await session.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const actions = await session.codeActions(uri, WHOLE_DOCUMENT, { diagnostics: old, only: ['source.fixAll.notice'] });
    expect(applyAction(actions[0], uri, 2, `\n${DRAFT}`)).toBe(`\n${fixAll(DRAFT)}`);
  });

  it('inserts a missing part with its quick fix', async () => {
    const uri = 'file:///drafts/missing.notice';
    const withoutPetitions = DRAFT.replace('（二）关于巡察移交问题线索和信访件办理情况\n', '');
    const published = session.nextDiagnostics(uri);
    await session.open(uri, withoutPetitions);
    const missing = (await published).diagnostics.find((d) => d.code === 'section/missing')!;
    const [action] = await session.codeActions(uri, missing.range, { diagnostics: [missing] });
    expect(action.title).toBe('插入“（二）关于巡察移交问题线索和信访件办理情况”部分');
    const fixed = applyAction(action, uri, 1, withoutPetitions);
    expect(fixed.split('\n').slice(12, 15)).toEqual([
      '3.关于调研不够的问题。',
      '（二）关于巡察移交问题线索和信访件办理情况',
      '巡察组移交问题线索×件、信访件×件，已全部登记、逐件交办。截至目前，已办结×件，其余正按规定程序办理。',
    ]);
  });

  it('renumbers the whole document with notice.renumberDocument, as one versioned edit through the client', async () => {
    const uri = 'file:///drafts/command.notice';
    await session.open(uri, DRAFT, 7);
    const before = session.appliedEdits.length;
    await session.executeCommand('notice.renumberDocument', [uri, 7]);
    const [request] = session.appliedEdits.slice(before);
    expect(request.label).toBe('整理全文编号');
    const [change] = request.edit.documentChanges as TextDocumentEdit[];
    expect(change.textDocument).toEqual({ uri, version: 7 });
    expect(TextDocument.applyEdits(TextDocument.create(uri, 'notice', 7, DRAFT), change.edits)).toBe(fixAll(DRAFT));
  });

  it('refuses to renumber a version the document has moved past, and says so', async () => {
    const uri = 'file:///drafts/command-stale.notice';
    await session.open(uri, DRAFT);
    await session.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const before = session.appliedEdits.length;
    const shown = session.shownMessages.length;
    await session.executeCommand('notice.renumberDocument', [uri, 1]);
    expect(session.appliedEdits.length).toBe(before);
    expect(session.shownMessages.slice(shown)).toEqual([{ type: MessageType.Warning, message: '文档已修改，未重新编号，请再试一次。' }]);
  });

  it('says when there is nothing to renumber', async () => {
    const uri = 'file:///drafts/command-clean.notice';
    await session.open(uri, fixAll(DRAFT));
    const shown = session.shownMessages.length;
    await session.executeCommand('notice.renumberDocument', [uri, 1]);
    expect(session.shownMessages.slice(shown)).toEqual([{ type: MessageType.Info, message: '全文编号无需调整。' }]);
  });

  it('completes the next marker at the start of a line, and the next inline item', async () => {
    const uri = 'file:///drafts/completion.notice';
    const text = `${DRAFT}\n`;
    await session.open(uri, text);
    const atEnd = { line: 17, character: 0 };
    const items = await session.completion(uri, atEnd);
    // After 三、 and its paragraphs: the next part, or a first item under 三、.
    expect(items.map((i) => [i.label, i.textEdit])).toEqual([
      ['四、', { range: { start: atEnd, end: atEnd }, newText: '四、' }],
      ['（一）', { range: { start: atEnd, end: atEnd }, newText: '（一）' }],
    ]);
    const afterFirstItem = { line: 6, character: '（一）加强组织领导。一是成立领导小组；'.length };
    expect((await session.completion(uri, afterFirstItem)).map((i) => i.label)).toEqual(['二是']);
  });

  describe.runIf(corpusAvailable)('on corpus 000', () => {
    it('inserts the deleted (五) petition part under 二、, half-width, and then no section finding is published', async () => {
      const lines = readCorpus(CORPUS_000).split('\n');
      const start = lines.findIndex((line) => line.includes('(五)关于巡视移交'));
      const damaged = [...lines.slice(0, start), ...lines.slice(start + 4)].join('\n');
      const uri = 'file:///corpus/000-without-petitions.txt';
      const published = session.nextDiagnostics(uri);
      await session.open(uri, damaged);
      const missing = (await published).diagnostics.filter((d) => d.code === 'section/missing');
      expect(missing).toHaveLength(1);
      const [action] = await session.codeActions(uri, missing[0].range, { diagnostics: missing });
      const fixed = applyAction(action, uri, 1, damaged);
      expect(fixed.split('\n')[start]).toBe('  (五)关于巡视移交问题线索和信访件办理情况');
      const republished = session.nextDiagnostics(uri);
      await session.change(uri, 2, [{ text: fixed }]);
      const codes = (await republished).diagnostics.map((d) => String(d.code));
      expect(codes.filter((code) => code.startsWith('section/') || code.startsWith('numbering/'))).toEqual([]);
    });

    it('fix-all through the server leaves the real notice as it is', async () => {
      const uri = 'file:///corpus/000-fix-all.txt';
      await session.open(uri, readCorpus(CORPUS_000));
      const actions = await session.codeActions(uri, WHOLE_DOCUMENT, { diagnostics: [] as Diagnostic[], only: ['source.fixAll'] });
      expect(actions).toEqual([]);
    });
  });
});

describe('a code action request overtaken by a change', () => {
  let session: ServerSession;

  beforeAll(async () => {
    ensureServerBuilt();
    // A client that is asked for its settings: the server waits for them while a change arrives.
    session = await ServerSession.start({ locale: 'zh-cn', settings: {} });
  });

  afterAll(() => session?.kill());

  it('gets no edits when the document changes while the request is answered, and fresh ones after', async () => {
    const uri = 'file:///drafts/overtaken.notice';
    await session.open(uri, DRAFT);
    const overtaken = session.codeActions(uri, WHOLE_DOCUMENT, { diagnostics: [], only: ['source.fixAll'] });
    await session.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    expect(await overtaken).toEqual([]);
    expect(session.configurationRequests).toBe(1);
    const [fresh] = await session.codeActions(uri, WHOLE_DOCUMENT, { diagnostics: [], only: ['source.fixAll'] });
    expect(applyAction(fresh, uri, 2, `\n${DRAFT}`)).toBe(`\n${fixAll(DRAFT)}`);
  });
});
