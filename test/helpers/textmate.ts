/**
 * The extension's TextMate grammar, loaded into the engine VS Code itself
 * colours with (vscode-textmate over the Oniguruma regex library), for the
 * tests and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const ROOT = join(__dirname, '../..');
const GRAMMAR_FILE = join(ROOT, 'syntaxes/notice.tmLanguage.json');
const SCOPE = 'text.notice';

let loading: Promise<IGrammar> | undefined;

/** The grammar, loaded once per process. */
export function noticeGrammar(): Promise<IGrammar> {
  loading ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
        createOnigString: (text: string) => new OnigString(text),
      }),
      loadGrammar: async (scope: string) => (scope === SCOPE ? parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), GRAMMAR_FILE) : null),
    });
    const grammar = await registry.loadGrammar(SCOPE);
    if (!grammar) throw new Error(`${GRAMMAR_FILE} does not define ${SCOPE}`);
    return grammar;
  })();
  return loading;
}

export interface Token {
  text: string;
  start: number;
  scopes: string[];
}

/** Each line's tokens, the lines tokenized in order as an editor does (a line's state carries to the next). */
export function tokenizeLines(grammar: IGrammar, lines: readonly string[]): Token[][] {
  let state: StateStack = INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), start: token.startIndex, scopes: token.scopes }));
  });
}
