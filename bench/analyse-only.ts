/**
 * `node dist/bench/analyse-only.js FILE COPIES`: reads FILE once and analyses
 * it COPIES times, then exits. Timed as a whole process beside the checker,
 * it is the least any checker built on this analysis can take in a fresh
 * process: start-up, loading the core and the analyses with the JIT still
 * cold, and nothing else (no walking, reading per file, or printing).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../server/src/core';

const [file, copies] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
for (let i = 0; i < Number(copies); i++) analyze(text);
