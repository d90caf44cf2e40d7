/**
 * The content checks as an editor meets them: the hover on a count, a
 * phrase's quick fix, the suppression quick fix, and `.noticerc.json` read
 * beside the document and again when the client reports it changed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { draftNotice } from '../helpers/drafts';
import { ensureServerBuilt, ServerSession } from '../helpers/lsp-client';

const DRAFT = draftNotice({
  body: ['一、整改工作基本情况', '', '（一）加强组织领导。规范党组书记未位表态制度，认真查找存在的的问题。'],
});
const SLIP_LINE = 7;

function apply(text: string, edits: TextDocumentEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'notice', 1, text), edits.flatMap((change) => change.edits));
}

describe('content checks over the protocol', () => {
  let zh: ServerSession;
  let work: string;

  beforeAll(async () => {
    ensureServerBuilt();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-server-'));
    zh = await ServerSession.start({ locale: 'zh-cn', settings: { phrases: ['三抓三促'] } });
  });

  afterAll(() => {
    zh?.kill();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('offers hover', () => {
    expect(zh.initializeResult.capabilities.hoverProvider).toBe(true);
  });

  it.runIf(corpusAvailable)('shows on a count in corpus 003 what the document holds', async () => {
    const uri = 'file:///corpus/003-hover.txt';
    const text = readCorpus(CORPUS_003);
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, text);
    await published;
    const line = text.split('\n').findIndex((l) => l.includes('4个方面13类问题'));
    const character = text.split('\n')[line].indexOf('13类问题') + 1;
    const hover = await zh.hover(uri, { line, character });
    expect(hover?.contents).toEqual({
      kind: 'markdown',
      value: '**13类问题**：各方面之下实有13个问题（（一）4个、（二）4个、（三）3个、（四）2个）。与文中相符。',
    });
    expect(await zh.hover(uri, { line: 0, character: 0 })).toBeNull();
  });

  it('repairs a misspelt formulation with its quick fix', async () => {
    const uri = 'file:///drafts/phrase.notice';
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, DRAFT);
    const slip = (await published).diagnostics.find((d) => d.code === 'phrase/standard')!;
    expect(slip.range.start.line).toBe(SLIP_LINE);
    const [action] = await zh.codeActions(uri, slip.range);
    expect(action).toMatchObject({ kind: 'quickfix', title: '将“未位表态”改为“末位表态”', isPreferred: true });
    expect(apply(DRAFT, action.edit!.documentChanges as TextDocumentEdit[])).toBe(DRAFT.replace('未位表态', '末位表态'));
  });

  it('silences a finding for its line with a comment, and the finding goes', async () => {
    const uri = 'file:///drafts/suppress.notice';
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, DRAFT);
    const doubled = (await published).diagnostics.find((d) => d.code === 'text/duplicate')!;
    const actions = await zh.codeActions(uri, doubled.range);
    const silence = actions.find((a) => a.title === '在此行停用“text/duplicate”检查（添加注释，发布前须删除）')!;
    expect(silence.isPreferred).toBe(false);
    const silenced = apply(DRAFT, silence.edit!.documentChanges as TextDocumentEdit[]);
    const next = zh.nextDiagnostics(uri);
    await zh.change(uri, 2, [{ text: silenced }]);
    const codes = (await next).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('text/duplicate');
    expect(codes).toContain('suppression/comment');
    expect(codes).toContain('phrase/standard');
  });

  it('checks the phrases of the settings', async () => {
    const uri = 'file:///drafts/settings-phrases.notice';
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, draftNotice({ body: ['一、整改工作基本情况', '深入开展“三爪三促”行动。'] }));
    const slip = (await published).diagnostics.find((d) => d.code === 'phrase/standard');
    expect(slip?.message).toBe('规范表述为“三抓三促”，此处写作“三爪三促”');
  });

  it('reads .noticerc.json beside the document over the settings, and again after the client reports a change', async () => {
    const file = path.join(work, 'draft.notice');
    const config = path.join(work, '.noticerc.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'text/duplicate': 'error', 'phrase/standard': 'off' } }));
    const uri = pathToFileURL(file).href;
    const published = zh.nextDiagnostics(uri);
    await zh.open(uri, DRAFT);
    const first = (await published).diagnostics;
    expect(first.find((d) => d.code === 'text/duplicate')?.severity).toBe(1);
    expect(first.map((d) => d.code)).not.toContain('phrase/standard');

    fs.writeFileSync(config, JSON.stringify({ rules: { 'text/duplicate': 'off', 'no/such': 'off' } }));
    const republished = zh.nextDiagnostics(uri);
    await zh.fileChanged(pathToFileURL(config).href);
    const second = (await republished).diagnostics.map((d) => d.code);
    expect(second).not.toContain('text/duplicate');
    expect(second).toContain('phrase/standard');
    expect(zh.logMessages.filter((m) => m.type === MessageType.Warning).map((m) => m.message)).toContain(`${config}：未知的规则“no/such”`);
  });

  it('logged no errors', () => {
    expect(zh.logMessages.filter((message) => message.type === MessageType.Error)).toEqual([]);
  });
});
