/**
 * The extension's client: starts the notice language server and connects
 * `notice` documents to it. All checking happens in the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

/** Served by the language server, which lets the client register it with VS Code. */
const RENUMBER_COMMAND = 'notice.renumberDocument';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'notice' },
      { scheme: 'untitled', language: 'notice' },
    ],
    // Sends `notice.*` settings to the server whenever they change, and tells it of changes to `.noticerc.json` files.
    synchronize: { configurationSection: 'notice', fileEvents: vscode.workspace.createFileSystemWatcher('**/.noticerc.json') },
    initializationOptions: { locale: vscode.env.language },
    middleware: {
      // From the command palette the command comes without arguments: it means the active notice, as shown now.
      executeCommand: (command, args, next) => {
        if (command !== RENUMBER_COMMAND || args.length > 0) return next(command, args);
        const document = vscode.window.activeTextEditor?.document;
        if (document?.languageId !== 'notice') return undefined;
        return next(command, [document.uri.toString(), document.version]);
      },
    },
  };
  // The id `notice` makes the client honour the `notice.trace.server` setting.
  const name = vscode.env.language.startsWith('zh') ? '整改通报' : 'Rectification notice';
  client = new LanguageClient('notice', name, serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
