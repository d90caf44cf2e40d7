/**
 * The file, in the workspace folder, where suite.ts also writes its report:
 * a browser workbench (test/e2e runs the suite in code-server) cannot see the
 * extension host's console. Its last line starts with `done:`.
 */
export const REPORT_FILE = '.notice-extension-tests.log';
