/**
 * The notice language server: thin glue between the LSP connection and the
 * analysis core. Diagnostics are pushed, debounced per document; the outline
 * and folding are answered from the same cached analysis, so one version of a
 * document is parsed once. Runs over stdio (`--stdio`) or IPC (`--node-ipc`).
 */
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, toLocale, type Analysis, type AnalysisOptions, type Finding, type Locale, type RuleSetting } from './core';
import { documentSymbols } from './core/features/document-symbols';
import { foldingRanges } from './core/features/folding-ranges';
import { quickFixes } from './core/features/code-actions';

/** Long enough that a burst of keystrokes is analysed once, short enough to feel immediate. */
const VALIDATION_DELAY_MS = 150;
const DIAGNOSTIC_SOURCE = 'notice';

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const RULE_SETTINGS: readonly string[] = ['off', 'info', 'warning', 'error'] satisfies RuleSetting[];

/** The `notice.*` settings as a client sends them; unchecked until `toOptions`. */
interface NoticeSettings {
  rules?: unknown;
  locale?: unknown;
}

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
const pendingValidations = new Map<string, NodeJS.Timeout>();

function logError(context: string, error: unknown): void {
  connection.console.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** Wraps a request handler so that a failure is logged and answered with `fallback` instead of escaping. */
function guarded<P, R>(context: string, fallback: R, handler: (params: P) => Promise<R>): (params: P) => Promise<R> {
  return async (params) => {
    try {
      return await handler(params);
    } catch (error) {
      logError(context, error);
      return fallback;
    }
  };
}

/** Keeps the known rule settings and locales; anything else falls back to the defaults. */
function toOptions(settings: NoticeSettings | undefined): AnalysisOptions {
  const rules: Record<string, RuleSetting> = {};
  if (settings?.rules && typeof settings.rules === 'object') {
    for (const [id, setting] of Object.entries(settings.rules)) {
      if (RULE_SETTINGS.includes(setting)) rules[id] = setting;
    }
  }
  const locale = settings?.locale === 'zh' || settings?.locale === 'en' ? settings.locale : clientLocale;
  return { locale, rules };
}

async function fetchOptions(uri: string): Promise<AnalysisOptions> {
  if (!canPullConfiguration) return toOptions(pushedSettings);
  try {
    return toOptions(await connection.workspace.getConfiguration({ scopeUri: uri, section: 'notice' }));
  } catch (error) {
    logError(`workspace/configuration for ${uri}`, error);
    return toOptions(pushedSettings);
  }
}

function optionsFor(uri: string): Promise<AnalysisOptions> {
  let options = optionsByUri.get(uri);
  if (!options) {
    options = fetchOptions(uri);
    optionsByUri.set(uri, options);
  }
  return options;
}

/**
 * The analysis of the document's current version under its settings, from
 * the cache when neither has changed. Undefined when the document is not open.
 */
async function currentAnalysis(uri: string): Promise<{ version: number; analysis: Analysis } | undefined> {
  if (!documents.get(uri)) return undefined;
  const options = await optionsFor(uri);
  // Re-read after the wait: the document may have changed or closed meanwhile.
  const document = documents.get(uri);
  if (!document) return undefined;
  const cached = analysesByUri.get(uri);
  if (cached && cached.version === document.version && cached.options === options) return cached;
  const entry = { version: document.version, options, analysis: analyze(document.getText(), options) };
  analysesByUri.set(uri, entry);
  return entry;
}

function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}

function publish(params: PublishDiagnosticsParams): void {
  connection.sendDiagnostics(params).catch((error: unknown) => logError(`publishDiagnostics for ${params.uri}`, error));
}

async function validate(uri: string): Promise<void> {
  const current = await currentAnalysis(uri);
  // Never publish for a version the editor has already moved past (or closed).
  if (!current || documents.get(uri)?.version !== current.version) return;
  publish({ uri, version: current.version, diagnostics: current.analysis.findings.map(toDiagnostic) });
}

function cancelValidation(uri: string): void {
  clearTimeout(pendingValidations.get(uri));
  pendingValidations.delete(uri);
}

function scheduleValidation(uri: string): void {
  cancelValidation(uri);
  const timer = setTimeout(() => {
    pendingValidations.delete(uri);
    validate(uri).catch((error: unknown) => logError(`validating ${uri}`, error));
  }, VALIDATION_DELAY_MS);
  pendingValidations.set(uri, timer);
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
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'notice' },
  };
});

connection.onDidChangeConfiguration((change) => {
  try {
    pushedSettings = change.settings?.notice ?? {};
    optionsByUri.clear();
    for (const document of documents.all()) scheduleValidation(document.uri);
  } catch (error) {
    logError('didChangeConfiguration', error);
  }
});

// Fires on open as well as on every change.
documents.onDidChangeContent(({ document }) => scheduleValidation(document.uri));

documents.onDidClose(({ document }) => {
  cancelValidation(document.uri);
  optionsByUri.delete(document.uri);
  analysesByUri.delete(document.uri);
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

connection.onCodeAction(
  guarded('codeAction', [], async ({ textDocument, range }): Promise<CodeAction[]> => {
    const current = await currentAnalysis(textDocument.uri);
    if (!current) return [];
    // The edits carry the version they were computed for: the editor refuses them once the text has moved on.
    const versioned = { uri: textDocument.uri, version: current.version };
    return quickFixes(current.analysis, range).map((action) => ({
      title: action.title,
      kind: action.kind,
      diagnostics: [toDiagnostic(action.finding)],
      isPreferred: action.isPreferred,
      edit: { documentChanges: [{ textDocument: versioned, edits: action.edits }] },
    }));
  }),
);

documents.listen(connection);
connection.listen();
