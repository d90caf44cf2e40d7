#!/usr/bin/env node
'use strict';
// The checker is bundled by `npm run build`; this file only finds it.
try {
  require('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli\.js/.test(String(error.message))) {
    process.stderr.write('notice-lint: not built yet; run `npm install && npm run build` in the project folder first.\n');
    process.exit(2);
  }
  throw error;
}
