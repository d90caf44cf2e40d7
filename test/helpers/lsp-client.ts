/**
 * Drives the bundled language server as an editor would: `node dist/server.js`
 * as a child process over stdio (or IPC, as the extension starts it), spoken
 * to with the LSP protocol library.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type CancellationToken,
  type CodeAction,
  type CodeActionContext,
  type CompletionItem,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type ShowMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../../server/src/runtime-flags';

const REPO_ROOT = resolve(__dirname, '../..');
const SERVER_SOURCES = resolve(REPO_ROOT, 'server/src');
const SERVER_BUNDLE = resolve(REPO_ROOT, 'dist/server.js');

function newestModification(directory: string): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((entry) => statSync(join(directory, entry)).mtimeMs)
    .reduce((newest, time) => Math.max(newest, time), 0);
}

/** Bundles the server with the project's build script unless `dist/server.js` is newer than every source. */
export function ensureServerBuilt(): void {
  if (existsSync(SERVER_BUNDLE) && statSync(SERVER_BUNDLE).mtimeMs >= newestModification(SERVER_SOURCES)) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

export interface SessionOptions {
  /** `stdio` unless told otherwise. */
  transport?: 'stdio' | 'ipc';
  /** Sent as `initializationOptions.locale`, as the extension's client does. */
  locale: string;
  /**
   * The `notice` settings the client answers workspace/configuration with.
   * Without it the client does not offer workspace/configuration at all.
   */
  settings?: Record<string, unknown>;
  /** Sent as initialize's `processId`, the process whose death ends the server; this process by default. */
  processId?: number | null;
  /** More command-line arguments for the server, e.g. `--clientProcessId=…`. */
  serverArgs?: string[];
}

interface DiagnosticsWaiter {
  uri: string;
  accept: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

function startOverStdio(serverArgs: string[]): { child: ChildProcess; connection: ProtocolConnection } {
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER_BUNDLE, '--stdio', ...serverArgs], { cwd: REPO_ROOT });
  // Server crashes show up in the test output rather than vanishing.
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return { child, connection };
}

function startOverIpc(serverArgs: string[]): { child: ChildProcess; connection: ProtocolConnection } {
  const child = fork(SERVER_BUNDLE, ['--node-ipc', ...serverArgs], { cwd: REPO_ROOT, execArgv: [...SERVER_EXEC_ARGV], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return { child, connection: createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
}

/** One running server and the client end of its connection. */
export class ServerSession {
  /** Every diagnostics publication received, in order. */
  readonly publications: PublishDiagnosticsParams[] = [];
  readonly logMessages: LogMessageParams[] = [];
  readonly shownMessages: ShowMessageParams[] = [];
  /** Every workspace/applyEdit the server asked for; each is answered as applied. */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** How many workspace/configuration requests the server sent. */
  configurationRequests = 0;
  settings: Record<string, unknown> | undefined;
  initializeResult!: InitializeResult;
  private waiters: DiagnosticsWaiter[] = [];
  /** Settles when the server process ends, with its exit code. */
  readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
    options: SessionOptions,
  ) {
    this.settings = options.settings;
    this.exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.received(params));
    connection.onNotification(LogMessageNotification.type, (params) => this.logMessages.push(params));
    connection.onNotification(ShowMessageNotification.type, (params) => this.shownMessages.push(params));
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    connection.onRequest(ConfigurationRequest.type, ({ items }) => {
      this.configurationRequests++;
      return items.map((item) => (item.section === 'notice' ? (this.settings ?? null) : null));
    });
    connection.listen();
  }

  static async start(options: SessionOptions): Promise<ServerSession> {
    const serverArgs = options.serverArgs ?? [];
    const { child, connection } = options.transport === 'ipc' ? startOverIpc(serverArgs) : startOverStdio(serverArgs);
    const session = new ServerSession(child, connection, options);
    session.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: null,
      initializationOptions: { locale: options.locale },
      capabilities: {
        workspace: { configuration: options.settings !== undefined, applyEdit: true },
        textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** The server's process id, e.g. to read its memory use. */
  get pid(): number {
    return this.child.pid!;
  }

  private received(params: PublishDiagnosticsParams): void {
    this.publications.push(params);
    const ready = this.waiters.filter((waiter) => waiter.uri === params.uri && waiter.accept(params));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(params);
  }

  /** The next publication for `uri` that `accept` takes (any, by default), received from now on. */
  nextDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolveWaiter) => this.waiters.push({ uri, accept, resolve: resolveWaiter }));
  }

  publicationsFor(uri: string): PublishDiagnosticsParams[] {
    return this.publications.filter((params) => params.uri === uri);
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'notice', version, text },
    });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Changes the settings the client answers with, and tells the server as VS Code's client does. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { notice: settings } });
  }

  async documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    return ((await this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
  }

  async codeActions(uri: string, range: Range, context: CodeActionContext = { diagnostics: [] }): Promise<CodeAction[]> {
    const answer = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
    return (answer ?? []) as CodeAction[];
  }

  async executeCommand(command: string, args: unknown[]): Promise<void> {
    await this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const answer = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(answer) ? answer : (answer?.items ?? []);
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** Tells the server a watched file changed, as VS Code's client does for `.noticerc.json`. */
  async fileChanged(uri: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
  }

  async foldingRanges(uri: string): Promise<FoldingRange[]> {
    return (await this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
  }

  /** Any request, by method name: for methods the server does not know, or params of the wrong shape. */
  request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
    return this.connection.sendRequest(method, params, token);
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  /**
   * Writes `body` to the server's standard input as one framed message,
   * whatever it holds: for malformed JSON and messages. Over stdio only.
   */
  sendRaw(body: string): void {
    this.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** Closes the server's standard input, as when the editor holding the other end dies. */
  closeInput(): void {
    this.connection.dispose();
    this.child.stdin!.end();
  }

  /** The orderly end: shutdown, then exit. Resolves with the process's exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    return this.exited;
  }

  /** Ends the process whatever its state; for cleanup after the tests. */
  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}
