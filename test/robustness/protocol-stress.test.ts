/**
 * The real server over stdio under abuse: a thousand changes in a row, two
 * hundred documents at once, malformed and unknown messages, requests for
 * documents it does not hold, cancellations, and every way its client can go
 * away. After each, it must still answer correctly.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancellationTokenSource,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DocumentSymbol,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateNotice, seededRandom } from '../../bench/generate-notice';
import { analyze } from '../../server/src/core';
import { documentSymbols } from '../../server/src/core/features/document-symbols';
import { MAX_NOTICE_BYTES } from '../../server/src/limits';
import { ensureServerBuilt, ServerSession } from '../helpers/lsp-client';

/** Comfortably longer than the server's debounce, to be sure nothing more is coming. */
const QUIET_PERIOD_MS = 500;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What the server should publish for `text`: the core's findings, as diagnostics carry them. */
function expectedDiagnostics(text: string): Array<Pick<Diagnostic, 'code' | 'range' | 'message'>> {
  return analyze(text, { locale: 'zh' }).findings.map(({ rule, range, message }) => ({ code: rule, range, message }));
}

function published(params: PublishDiagnosticsParams): Array<Pick<Diagnostic, 'code' | 'range' | 'message'>> {
  return params.diagnostics.map(({ code, range, message }) => ({ code, range, message }));
}

const INSERTIONS = ['改', '（三）', '1.', '\n', '一是', '。', '\r\n', '二、', ''];

describe('server under stress (stdio)', () => {
  let session: ServerSession;

  beforeAll(async () => {
    ensureServerBuilt();
    session = await ServerSession.start({ locale: 'zh-cn' });
  });

  afterAll(() => session?.kill());

  it('after 1 000 changes in a row, ends with the diagnostics of the final version', async () => {
    const uri = 'file:///stress/rapid.notice';
    const opened = generateNotice({ seed: 11, targetBytes: 20_000, mistakes: true });
    const local = TextDocument.create(uri, 'notice', 1, opened);
    const texts = new Map<number, string>([[1, opened]]);
    // Seeded, so that a failure can be replayed.
    const next = seededRandom(11);
    const first = session.nextDiagnostics(uri);
    await session.open(uri, opened);
    await first;
    const final = session.nextDiagnostics(uri, (params) => params.version === 1001);
    for (let version = 2; version <= 1001; version++) {
      const line = Math.floor(next() * local.lineCount);
      const character = Math.floor(next() * (local.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).length + 1));
      const end = { line, character: character + Math.floor(next() * 3) };
      const change = { range: { start: { line, character }, end }, text: INSERTIONS[Math.floor(next() * INSERTIONS.length)] };
      TextDocument.update(local, [change], version);
      texts.set(version, local.getText());
      await session.change(uri, version, [change]);
    }
    const last = await final;
    await sleep(QUIET_PERIOD_MS);
    expect(published(last)).toEqual(expectedDiagnostics(local.getText()));
    const versions = session.publicationsFor(uri).map((params) => params.version!);
    expect(versions[versions.length - 1]).toBe(1001);
    // A publication in between is one the server made before later changes
    // reached it; each must still match the version it names, in order.
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    for (const params of session.publicationsFor(uri)) {
      expect(published(params)).toEqual(expectedDiagnostics(texts.get(params.version!)!));
    }
  });

  it('opens 200 documents at once and publishes the right diagnostics for each', async () => {
    const notices = Array.from({ length: 200 }, (_, i) => ({
      uri: `file:///stress/many-${i}.notice`,
      text: generateNotice({ seed: 1000 + i, targetBytes: 2_000 + 40 * i, mistakes: true, width: i % 2 ? 'half' : 'full' }),
    }));
    const publications = Promise.all(notices.map(({ uri }) => session.nextDiagnostics(uri)));
    await Promise.all(notices.map(({ uri, text }) => session.open(uri, text)));
    const received = await publications;
    received.forEach((params, i) => {
      expect(params.version).toBe(1);
      expect(published(params)).toEqual(expectedDiagnostics(notices[i].text));
    });
    await Promise.all(notices.map(({ uri }) => session.close(uri)));
  });

  it('leaves a document over the size limit unchecked, says so once, and checks it again once it is back under', async () => {
    const uri = 'file:///stress/%E8%B6%85%E5%A4%A7.notice';
    const small = generateNotice({ seed: 21, targetBytes: 5_000, mistakes: true });
    // Over 16 MB as UTF-8, as the checker measures a file.
    const large = small + '\n' + '整改'.repeat(Math.ceil(MAX_NOTICE_BYTES / 6) + 1000);
    const opened = session.nextDiagnostics(uri);
    await session.open(uri, small);
    expect(published(await opened)).toEqual(expectedDiagnostics(small));
    expect((await opened).diagnostics.length).toBeGreaterThan(0);

    const grown = session.nextDiagnostics(uri, (params) => params.version === 2);
    const told = session.shownMessages.length;
    await session.change(uri, 2, [{ text: large }]);
    // The findings of the smaller version go; none are made for this one.
    expect((await grown).diagnostics).toEqual([]);
    expect(await session.documentSymbols(uri)).toEqual([]);
    expect(await session.foldingRanges(uri)).toEqual([]);
    expect(session.shownMessages.slice(told).map((shown) => shown.message)).toEqual([
      `超大.notice 过大（${(Buffer.byteLength(large) / 1024 / 1024).toFixed(1)} MB，上限 16.0 MB），未作检查。`,
    ]);

    // Edited while still too large: not told again.
    const edited = session.nextDiagnostics(uri, (params) => params.version === 3);
    await session.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '改' }]);
    expect((await edited).diagnostics).toEqual([]);
    expect(session.shownMessages.length).toBe(told + 1);

    const shrunk = session.nextDiagnostics(uri, (params) => params.version === 4);
    await session.change(uri, 4, [{ text: small }]);
    expect(published(await shrunk)).toEqual(expectedDiagnostics(small));
    expect(await session.documentSymbols(uri)).toEqual(documentSymbols(analyze(small).document));
    await session.close(uri);
  });

  describe('malformed, unknown and misdirected messages', () => {
    const uri = 'file:///stress/served.notice';
    const text = generateNotice({ seed: 5, targetBytes: 5_000 });

    /** The proof the server is still serving: a correct outline of an open document. */
    async function stillServes(): Promise<void> {
      expect(await session.documentSymbols(uri)).toEqual(documentSymbols(analyze(text).document));
    }

    beforeAll(async () => {
      const opened = session.nextDiagnostics(uri);
      await session.open(uri, text);
      await opened;
    });

    it('ignores bytes that are not JSON, JSON that is not a message, and a request without a method', async () => {
      for (const body of ['{not json', '', '[]', '42', 'null', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":999}', '{"foo":1}']) {
        session.sendRaw(body);
        await stillServes();
      }
    });

    it('answers MethodNotFound for an unknown request and ignores an unknown notification', async () => {
      await expect(session.request('notice/unknown', {})).rejects.toMatchObject({ code: ErrorCodes.MethodNotFound });
      await session.notify('notice/unknownNotification', { anything: [1, 2, 3] });
      await session.notify('$/unknownProtocolNotification', {});
      await stillServes();
    });

    it('answers InvalidParams for a request without a document, an error for null params', async () => {
      await expect(session.request('textDocument/documentSymbol', {})).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
      await expect(session.request('textDocument/foldingRange', { textDocument: { uri: 42 } })).rejects.toMatchObject({
        code: ErrorCodes.InvalidParams,
      });
      await expect(session.request('textDocument/documentSymbol', null)).rejects.toBeInstanceOf(ResponseError);
      await stillServes();
    });

    it('survives notifications of the wrong shape', async () => {
      await session.notify('textDocument/didOpen', {});
      await session.notify('textDocument/didOpen', { textDocument: { uri: 'file:///stress/numbers.notice', text: 7, version: 'x' } });
      await session.notify('textDocument/didChange', { textDocument: { uri }, contentChanges: 'not a list' });
      await session.notify('textDocument/didChange', { textDocument: { uri: 'file:///stress/never-opened.notice', version: 2 }, contentChanges: [{ text: 'x' }] });
      await session.notify('textDocument/didClose', { textDocument: { uri: 'file:///stress/never-opened.notice' } });
      await session.notify('workspace/didChangeConfiguration', { settings: 'not an object' });
      await session.notify('$/cancelRequest', { id: 123456 });
      await session.notify('$/cancelRequest', null);
      expect(await session.documentSymbols('file:///stress/numbers.notice')).toEqual([]);
      await stillServes();
    });

    it('answers empty for a closed document and for one never opened', async () => {
      const closed = 'file:///stress/closed.notice';
      await session.open(closed, text);
      await session.close(closed);
      for (const target of [closed, 'file:///stress/never-opened.notice']) {
        expect(await session.documentSymbols(target)).toEqual([]);
        expect(await session.foldingRanges(target)).toEqual([]);
      }
      await stillServes();
    });

    it('answers a cancelled request with RequestCancelled or its result, and goes on serving', async () => {
      const large = 'file:///stress/large.notice';
      const largeText = generateNotice({ seed: 6, targetBytes: 1_000_000 });
      await session.open(large, largeText);
      // The first request analyses the large document; the second, cancelled
      // at once, is still in the queue when the cancellation arrives.
      const first = session.documentSymbols(large);
      const source = new CancellationTokenSource();
      const second = session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: large } }, source.token);
      source.cancel();
      const expected = documentSymbols(analyze(largeText).document);
      expect(await first).toEqual(expected);
      const outcome = await second.then(
        (symbols) => symbols,
        (error: unknown) => error,
      );
      if (outcome instanceof ResponseError) expect(outcome.code).toBe(LSPErrorCodes.RequestCancelled);
      else expect(outcome).toEqual(expected);
      await session.close(large);
      await stillServes();
    });
  });
});

describe('server lifecycle when the client goes away', () => {
  const sessions: ServerSession[] = [];

  beforeAll(() => ensureServerBuilt());
  afterAll(() => sessions.forEach((session) => session.kill()));

  async function start(options: Partial<Parameters<typeof ServerSession.start>[0]> = {}): Promise<ServerSession> {
    const session = await ServerSession.start({ locale: 'en', ...options });
    sessions.push(session);
    return session;
  }

  /** A process standing in for the editor, alive until killed. */
  function standInEditor() {
    return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
  }

  it('exits with code 1 on exit without shutdown, as the protocol says', async () => {
    const session = await start();
    await session.notify('exit', undefined);
    expect(await session.exited).toBe(1);
  });

  it('exits when its standard input closes', async () => {
    const session = await start();
    session.closeInput();
    expect(await session.exited).not.toBeNull();
  });

  it('exits when the process named in initialize dies', async () => {
    const editor = standInEditor();
    const session = await start({ processId: editor.pid });
    editor.kill();
    // The server checks every three seconds; the test's timeout bounds the wait.
    expect(await session.exited).toBe(1);
  });

  it('exits when the process named by --clientProcessId dies', async () => {
    const editor = standInEditor();
    const session = await start({ processId: null, serverArgs: [`--clientProcessId=${editor.pid}`] });
    editor.kill();
    expect(await session.exited).toBe(1);
  });
});
