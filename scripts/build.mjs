// Bundles the extension client, the language server and the checker, one file each.
// With --tools, bundles instead the development tools written in TypeScript
// (end-to-end test runners, `npm run try`) into dist/tools/, which the .vsix leaves out.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const tools = process.argv.includes('--tools');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

if (tools) {
  await build({
    ...common,
    entryPoints: {
      try: 'scripts/try.ts',
      e2e: 'test/e2e/run.ts',
      electron: 'test/electron/run.ts',
      'electron-suite': 'test/electron/suite.ts',
    },
    outdir: 'dist/tools',
    // Tools load playwright-core, @vscode/test-electron and vscode where they are installed.
    packages: 'external',
    external: ['vscode'],
  });
} else {
  await build({
    ...common,
    entryPoints: {
      client: 'client/src/extension.ts',
      server: 'server/src/server.ts',
      cli: 'server/src/cli/main.ts',
      'cli-worker': 'server/src/cli/worker.ts',
    },
    outdir: 'dist',
    external: ['vscode'],
    minify: production,
  });
}
