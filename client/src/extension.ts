/**
 * The extension's client: starts the notice language server and connects
 * `notice` documents to it. All checking happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/runtime-flags';

const LANGUAGE_ID = 'notice';
/** Served by the language server, which lets the client register it with VS Code. */
const RENUMBER_COMMAND = 'notice.renumberDocument';

let client: LanguageClient | undefined;

function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    // Sends `notice.*` settings to the server whenever they change, and tells it of changes to `.noticerc.json` files.
    synchronize: { configurationSection: 'notice', fileEvents: vscode.workspace.createFileSystemWatcher('**/.noticerc.json') },
    initializationOptions: { locale: vscode.env.language },
    middleware: {
      // From the command palette the command comes without arguments: it means the active notice, as shown now.
      executeCommand: (command, args, next) => {
        if (command !== RENUMBER_COMMAND || args.length > 0) return next(command, args);
        const document = vscode.window.activeTextEditor?.document;
        if (document?.languageId !== LANGUAGE_ID) return undefined;
        return next(command, [document.uri.toString(), document.version]);
      },
    },
  };
  // The id `notice` makes the client honour the `notice.trace.server` setting.
  const name = vscode.env.language.startsWith('zh') ? '整改通报' : 'Rectification notice';
  client = new LanguageClient(LANGUAGE_ID, name, serverOptions, clientOptions);
  return client.start();
}

/**
 * VS Code applies a language's `firstLine` pattern only to files that no
 * language claims by extension, so a `.txt` notice would stay plain text.
 * Plain-text documents whose first line is a notice title (the manifest's own
 * pattern) are switched to the notice language here.
 */
function adoptPlainTextNotices(context: vscode.ExtensionContext): void {
  const languages: { id: string; firstLine?: string }[] = context.extension.packageJSON.contributes.languages;
  const firstLine = new RegExp(languages.find((language) => language.id === LANGUAGE_ID)?.firstLine ?? '$^');
  const adopt = (document: vscode.TextDocument) => {
    if (document.languageId === 'plaintext' && firstLine.test(document.lineAt(0).text)) {
      vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID).then(undefined, () => undefined);
    }
  };
  vscode.workspace.textDocuments.forEach(adopt);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adopt));
}

/**
 * Activated by a notice document, or by a plain-text one (which may turn out
 * to be a notice); the language server starts with the first notice document,
 * so opening other text files costs no server process.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const isNotice = (document: vscode.TextDocument) => document.languageId === LANGUAGE_ID;
  if (vscode.workspace.textDocuments.some(isNotice)) {
    await startClient(context);
  } else {
    const waiting = vscode.workspace.onDidOpenTextDocument((document) => {
      if (!isNotice(document) || client) return;
      waiting.dispose();
      startClient(context).catch((error: unknown) => console.error('notice: the language server did not start', error));
    });
    context.subscriptions.push(waiting);
  }
  adoptPlainTextNotices(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
