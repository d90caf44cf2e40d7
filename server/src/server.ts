/**
 * The notice language server: thin glue between the LSP connection and the
 * analysis core. Diagnostics are pushed, debounced per document; the outline
 * and folding are answered from the same cached analysis, so one version of a
 * document is parsed once. Runs over stdio (`--stdio`) or IPC (`--node-ipc`).
 */
import {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  DiagnosticSeverity,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Position,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyze,
  fixAllEdits,
  toLocale,
  type Analysis,
  type AnalysisOptions,
  type Finding,
  type Locale,
} from './core';
import { ValidationScheduler } from './validation-scheduler';
import { documentSymbols } from './core/features/document-symbols';
import { foldingRanges } from './core/features/folding-ranges';
import { FIX_ALL, fixAllAction, kindRequested, QUICK_FIX, quickFixes, type CodeActionData } from './core/features/code-actions';
import { completions } from './core/features/completion';
import { localize, type Message } from './core/i18n';
import { hoverAt } from './core/features/hover';
import { suppressionFixes } from './core/features/suppression-fixes';
import { isTooLargeToCheck, MAX_NOTICE_BYTES, megabytes } from './limits';
import { WorkspaceConfig, type NoticeSettings } from './workspace-config';

const DIAGNOSTIC_SOURCE = 'notice';
/** Renumbers the whole document; arguments: the document's URI and the version it was asked for. */
const RENUMBER_COMMAND = 'notice.renumberDocument';
/** Typed where a marker or the next inline item may begin. */
const COMPLETION_TRIGGERS = ['（', '(', '。', '；'];

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

/** The editor's display language; `notice.locale: auto` means this one. */
let clientLocale: Locale = 'en';
let canPullConfiguration = false;
/** The latest settings pushed with didChangeConfiguration, for clients that cannot be asked. */
let pushedSettings: NoticeSettings = {};

/** Per document: its settings, resolved once until the configuration changes. */
const optionsByUri = new Map<string, Promise<AnalysisOptions>>();
const analysesByUri = new Map<string, { version: number; options: AnalysisOptions; analysis: Analysis }>();
const validations = new ValidationScheduler(analyseForPublication, (uri, error) => logError(`validating ${uri}`, error));

function logError(context: string, error: unknown): void {
  connection.console.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** Params naming a document, as every request here but executeCommand does. */
function namesDocument(params: unknown): boolean {
  return typeof (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri === 'string';
}

/**
 * Wraps a request handler. A request cancelled before it starts is answered
 * RequestCancelled; params of the wrong shape, InvalidParams; a failure is
 * logged and answered with `fallback` instead of escaping. Once computed, an
 * answer is sent even if cancelled meanwhile: it is correct and costs
 * nothing more.
 */
function guarded<P, R>(
  context: string,
  fallback: R,
  handler: (params: P) => Promise<R>,
  wellFormed: (params: P) => boolean = namesDocument,
): (params: P, token: CancellationToken) => Promise<R | ResponseError> {
  return async (params, token) => {
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${context}: cancelled`);
    if (!wellFormed(params)) return new ResponseError(ErrorCodes.InvalidParams, `${context}: malformed params`);
    try {
      return await handler(params);
    } catch (error) {
      logError(context, error);
      return fallback;
    }
  };
}

/** Configuration problems logged since the configuration last changed: each is logged once, not once per document. */
const loggedProblems = new Set<string>();
/** Settings and `.noticerc.json` files; malformed entries are left out and logged. */
const workspaceConfig = new WorkspaceConfig((message) => {
  if (loggedProblems.has(message)) return;
  loggedProblems.add(message);
  connection.console.warn(message);
});

async function fetchOptions(uri: string): Promise<AnalysisOptions> {
  let settings = pushedSettings;
  if (canPullConfiguration) {
    try {
      settings = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'notice' });
    } catch (error) {
      logError(`workspace/configuration for ${uri}`, error);
    }
  }
  return workspaceConfig.optionsFor(uri, settings, clientLocale);
}

function optionsFor(uri: string): Promise<AnalysisOptions> {
  let options = optionsByUri.get(uri);
  if (!options) {
    options = fetchOptions(uri);
    optionsByUri.set(uri, options);
  }
  return options;
}

const tooLargeMessages = {
  tooLarge: {
    zh: (a) => `${a.name} 过大（${a.size} MB，上限 ${a.limit} MB），未作检查。`,
    en: (a) => `${a.name} is too large to check (${a.size} MB; the limit is ${a.limit} MB).`,
  },
} satisfies Record<string, Message>;

/**
 * Documents over the size limit, with the version last found so: each is
 * told once (until it closes or comes back under the limit), and a version
 * is measured once, not at every request.
 */
const tooLarge = new Map<string, number>();

function markTooLarge(uri: string, version: number, text: string, locale: Locale): void {
  const told = tooLarge.has(uri);
  tooLarge.set(uri, version);
  if (told) return;
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const size = megabytes(Buffer.byteLength(text, 'utf8'));
  showMessage(MessageType.Warning, localize(locale, tooLargeMessages.tooLarge, { name, size, limit: megabytes(MAX_NOTICE_BYTES) }));
}

/**
 * The analysis of the document's current version under its settings, from
 * the cache when neither has changed. Undefined when the document is not
 * open, or too large to check: then every feature answers as for a closed one.
 */
async function currentAnalysis(
  uri: string,
): Promise<{ version: number; options: AnalysisOptions; analysis: Analysis } | undefined> {
  if (!documents.get(uri)) return undefined;
  const options = await optionsFor(uri);
  // Re-read after the wait: the document may have changed or closed meanwhile.
  const document = documents.get(uri);
  if (!document) return undefined;
  const cached = analysesByUri.get(uri);
  if (cached && cached.version === document.version && cached.options === options) return cached;
  if (tooLarge.get(uri) === document.version) return undefined;
  // A malformed didOpen can leave a "document" whose text is not a string; it is treated as not open.
  const text: unknown = document.getText();
  if (typeof text !== 'string') return undefined;
  if (isTooLargeToCheck(text)) {
    markTooLarge(uri, document.version, text, toLocale(options.locale));
    analysesByUri.delete(uri);
    return undefined;
  }
  tooLarge.delete(uri);
  const started = performance.now();
  const entry = { version: document.version, options, analysis: analyze(text, options) };
  validations.analysed(uri, performance.now() - started);
  analysesByUri.set(uri, entry);
  return entry;
}

/** The version rides along in `data`, which clients hand back with code action requests. */
function toDiagnostic(finding: Finding, version: number): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { version },
  };
}

function publish(params: PublishDiagnosticsParams): void {
  connection.sendDiagnostics(params).catch((error: unknown) => logError(`publishDiagnostics for ${params.uri}`, error));
}

/** Publishes `diagnostics` for `version` of the document, unless the editor has moved past that version (or closed it). */
function publishIfCurrent(uri: string, version: number, diagnostics: Diagnostic[]): void {
  if (documents.get(uri)?.version === version) publish({ uri, version, diagnostics });
}

/** Analyses the document now; what it returns publishes the result later, unless the document has moved on. */
async function analyseForPublication(uri: string): Promise<(() => void) | undefined> {
  const current = await currentAnalysis(uri);
  const version = documents.get(uri)?.version;
  // Too large to check: no findings, rather than those of an earlier, smaller version.
  if (!current) return version !== undefined && tooLarge.has(uri) ? () => publishIfCurrent(uri, version, []) : undefined;
  return () =>
    publishIfCurrent(
      uri,
      current.version,
      current.analysis.findings.map((finding) => toDiagnostic(finding, current.version)),
    );
}

connection.onInitialize((params) => {
  const requested: unknown = params.initializationOptions?.locale;
  clientLocale = toLocale(typeof requested === 'string' ? requested : params.locale);
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
      executeCommandProvider: { commands: [RENUMBER_COMMAND] },
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
    },
    serverInfo: { name: 'notice' },
  };
});

connection.onDidChangeConfiguration((change) => {
  try {
    pushedSettings = change.settings?.notice ?? {};
    loggedProblems.clear();
    optionsByUri.clear();
    for (const document of documents.all()) validations.changed(document.uri);
  } catch (error) {
    logError('didChangeConfiguration', error);
  }
});

// The client watches `.noticerc.json` files: any change may alter any document's options.
connection.onDidChangeWatchedFiles(() => {
  workspaceConfig.clear();
  loggedProblems.clear();
  optionsByUri.clear();
  for (const document of documents.all()) validations.changed(document.uri);
});

// Fires on open as well as on every change.
documents.onDidChangeContent(({ document }) => validations.changed(document.uri));

documents.onDidClose(({ document }) => {
  validations.forget(document.uri);
  optionsByUri.delete(document.uri);
  analysesByUri.delete(document.uri);
  tooLarge.delete(document.uri);
  publish({ uri: document.uri, diagnostics: [] });
});

connection.onDocumentSymbol(
  guarded('documentSymbol', [], async ({ textDocument }) => {
    const current = await currentAnalysis(textDocument.uri);
    return current ? documentSymbols(current.analysis.document) : [];
  }),
);

connection.onFoldingRanges(
  guarded('foldingRange', [], async ({ textDocument }) => {
    const current = await currentAnalysis(textDocument.uri);
    return current ? foldingRanges(current.analysis.document) : [];
  }),
);

connection.onHover(
  guarded('hover', null, async ({ textDocument, position }) => {
    const current = await currentAnalysis(textDocument.uri);
    const hover = current && hoverAt(current.analysis.document, position, toLocale(current.options.locale));
    return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: hover.range } : null;
  }),
);

/**
 * Whether a diagnostic the client names is one of ours from other text: it
 * carries an older version, or (from a client that does not hand `data`
 * back) no current finding has its rule, range and message.
 */
function isStale(diagnostic: Diagnostic, current: { version: number; analysis: Analysis }): boolean {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return false;
  const data: unknown = diagnostic.data;
  if (data && typeof data === 'object' && 'version' in data) return data.version !== current.version;
  return !current.analysis.findings.some(
    (finding) =>
      finding.rule === diagnostic.code &&
      finding.message === diagnostic.message &&
      samePosition(finding.range.start, diagnostic.range.start) &&
      samePosition(finding.range.end, diagnostic.range.end),
  );
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/**
 * Edits are only ever computed against the text the request was made for:
 * the version the server holds when the request arrives (clients send their
 * changes before their requests). A request whose document changes while it
 * is answered gets no actions rather than edits for text the client no
 * longer shows; nor do quick fixes for diagnostics of other text. Fix-all
 * repairs the text, not given diagnostics, so lagging diagnostics (a save
 * right after typing) do not hold it back.
 */
connection.onCodeAction(
  guarded('codeAction', [], async ({ textDocument, range, context }): Promise<CodeAction[]> => {
    const requestedVersion = documents.get(textDocument.uri)?.version;
    const current = await currentAnalysis(textDocument.uri);
    if (!current || current.version !== requestedVersion) return [];
    const actions: CodeActionData[] = [];
    const namesOtherText = context.diagnostics.some((diagnostic) => isStale(diagnostic, current));
    if (kindRequested(context.only, QUICK_FIX) && !namesOtherText) {
      actions.push(
        ...quickFixes(current.analysis, range, current.options),
        ...suppressionFixes(current.analysis, range, toLocale(current.options.locale)),
      );
    }
    // Fix-all is a source action: computed only when asked for by kind (on save, or from the Source Action menu).
    const fixAll = context.only && kindRequested(context.only, FIX_ALL) ? fixAllAction(current.analysis, current.options) : undefined;
    if (fixAll) actions.push(fixAll);
    // The edits carry the version they were computed for: the editor refuses them once the text has moved on.
    const versioned = { uri: textDocument.uri, version: current.version };
    return actions.map((action) => ({
      title: action.title,
      kind: action.kind,
      diagnostics: action.findings.map((finding) => toDiagnostic(finding, current.version)),
      isPreferred: action.isPreferred,
      edit: { documentChanges: [{ textDocument: versioned, edits: action.edits }] },
    }));
  }),
);

/** A message the user sees, sent as a notification so that nothing waits for it to be dismissed. */
function showMessage(type: MessageType, message: string): void {
  connection.sendNotification(ShowMessageNotification.type, { type, message }).catch((error: unknown) => logError('showMessage', error));
}

const renumberMessages = {
  label: { zh: () => '整理全文编号', en: () => 'Renumber the document' },
  nothingToDo: { zh: () => '全文编号无需调整。', en: () => 'The numbering needs no change.' },
  stale: { zh: () => '文档已修改，未重新编号，请再试一次。', en: () => 'The document changed meanwhile; nothing was renumbered. Please try again.' },
} satisfies Record<string, Message>;

/** `notice.renumberDocument [uri, version]`: fix-all as a command, applied through the client as one versioned edit. */
connection.onExecuteCommand(
  guarded('executeCommand', undefined, async ({ command, arguments: args }) => {
    const [uri, version] = args ?? [];
    if (command !== RENUMBER_COMMAND || typeof uri !== 'string') return;
    const requestedVersion = typeof version === 'number' ? version : documents.get(uri)?.version;
    const current = await currentAnalysis(uri);
    if (!current) return;
    const locale = toLocale(current.options.locale);
    if (current.version !== requestedVersion) {
      showMessage(MessageType.Warning, localize(locale, renumberMessages.stale, {}));
      return;
    }
    const edits = fixAllEdits(current.analysis, current.options);
    if (edits.length === 0) {
      showMessage(MessageType.Info, localize(locale, renumberMessages.nothingToDo, {}));
      return;
    }
    await connection.workspace.applyEdit({
      label: localize(locale, renumberMessages.label, {}),
      edit: { documentChanges: [{ textDocument: { uri, version: current.version }, edits }] },
    });
  }, (params) => typeof params?.command === 'string'),
);

connection.onCompletion(
  guarded('completion', [], async ({ textDocument, position }): Promise<CompletionItem[]> => {
    const current = await currentAnalysis(textDocument.uri);
    if (!current) return [];
    const items = completions(current.analysis, position, toLocale(current.options.locale));
    return items.map((item, index) => ({
      label: item.label,
      kind: item.kind === 'heading' ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
      detail: item.detail,
      // Most likely first: the order the core gives.
      sortText: String(index).padStart(3, '0'),
      textEdit: { range: item.range, newText: item.newText },
    }));
  }),
);

documents.listen(connection);
connection.listen();
