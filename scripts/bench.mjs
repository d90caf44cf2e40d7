// `npm run bench` (after `npm run build`): bundles the benchmark and runs it.
// It goes to dist/bench/, two folders below the root as test/helpers is, so
// the paths the helpers work out from their own place still hold.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: { main: 'bench/main.ts', 'analyse-only': 'bench/analyse-only.ts' },
  outdir: 'dist/bench',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});

const { status } = spawnSync(process.execPath, ['dist/bench/main.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = status ?? 1;
