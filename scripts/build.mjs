// Bundles the extension client, the language server and the checker, one file each.
import { build } from 'esbuild';

const production = process.argv.includes('--production');

await build({
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/server.ts',
    cli: 'server/src/cli/main.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
});
