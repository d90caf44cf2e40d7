/**
 * `--fix` and `--dry-run`: fix-all on the files checked. A fixed file is
 * written whole to a temporary file beside it, flushed, then renamed over
 * the original, so that a reader (or a crash) sees the old file or the new
 * one, never half of each. The BOM and every line ending are kept as read.
 */
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { fixAll, type AnalysisOptions } from '../core';

const BOM = '\ufeff';

/**
 * node:crypto, loaded only when a fix is written: every checker thread loads
 * this module, and a plain check has no use for crypto and the stream modules it pulls in.
 */
const crypto = (): typeof Crypto => require('node:crypto');

function withBom(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}

/** Replaces `file`'s content in one step; the temporary file is removed if anything fails. */
export function writeFileAtomically(file: string, content: string): void {
  // Through a symbolic link, the file it names is replaced, and the link stays.
  const target = fs.realpathSync(file);
  const { mode } = fs.statSync(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${crypto().randomBytes(6).toString('hex')}.tmp`);
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(temporary, 'wx', 0o600);
    fs.writeFileSync(descriptor, content, 'utf8');
    fs.fchmodSync(descriptor, mode & 0o7777);
    fs.fsyncSync(descriptor);
    fs.closeSync(descriptor);
    descriptor = undefined;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) fs.closeSync(descriptor);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** A unified diff from `before` to `after`, both named `name`, as `patch -p0` takes it. */
function unifiedDiff(name: string, before: string, after: string): string {
  return createTwoFilesPatch(name, name, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}

export type FixMode = 'write' | 'diff';

/** The text after fix-all, whether it changed, and in `diff` mode the diff; or why the fix could not be written. */
export type FixOutcome = { text: string; changed: boolean; diff: string | undefined } | { error: string };

export function fixInput(input: { name: string; text: string; bom: boolean }, mode: FixMode, options: AnalysisOptions): FixOutcome {
  const text = fixAll(input.text, options);
  const changed = text !== input.text;
  if (!changed) return { text, changed, diff: undefined };
  if (mode === 'diff') {
    return { text, changed, diff: unifiedDiff(input.name, withBom(input.text, input.bom), withBom(text, input.bom)) };
  }
  try {
    writeFileAtomically(input.name, withBom(text, input.bom));
  } catch (error) {
    return { error: `could not write the fix (${(error as Error).message}); the file is unchanged` };
  }
  return { text, changed, diff: undefined };
}
