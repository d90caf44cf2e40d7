/** `notice-lint --fix` and `--dry-run`, run as a user would on copies of damaged notices. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyPatch } from 'diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { ensureServerBuilt } from '../helpers/lsp-client';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin/notice-lint.js');
const CLEAN = fs.readFileSync(path.join(REPO, 'examples/clean.notice'), 'utf8');
/** The clean example with its second `（一）`-level item numbered （三） and an inline item skipped. */
const DAMAGED = CLEAN.replace('（二）细化整改方案', '（三）细化整改方案').replace('二是对局属', '三是对局属');

let work: string;

function lint(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Buffer): string {
  fs.writeFileSync(path.join(work, name), content);
  return name;
}

const read = (name: string) => fs.readFileSync(path.join(work, name));

beforeAll(() => {
  ensureServerBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-fix-'));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('notice-lint --fix', () => {
  it('repairs a damaged copy in place, then reports what is left', () => {
    expect(DAMAGED).not.toBe(CLEAN);
    const name = write('damaged.notice', DAMAGED);
    const { status, stdout } = lint(['--fix', name]);
    expect(read(name).toString('utf8')).toBe(CLEAN);
    expect(stdout.trim()).toBe('1 file checked: 0 errors, 0 warnings, 0 info; 1 fixed');
    expect(status).toBe(0);
    expect(fs.readdirSync(work).filter((entry) => entry.includes('.tmp'))).toEqual([]);
  });

  it('keeps the BOM, CRLF line endings, a missing final newline and the file mode', () => {
    const crlf = (text: string) => `\ufeff${text.trimEnd().replace(/\n/g, '\r\n')}`;
    const name = write('crlf.notice', crlf(DAMAGED));
    fs.chmodSync(path.join(work, name), 0o640);
    expect(lint(['--fix', name]).status).toBe(0);
    expect(read(name).equals(Buffer.from(crlf(CLEAN), 'utf8'))).toBe(true);
    expect(fs.statSync(path.join(work, name)).mode & 0o777).toBe(0o640);
  });

  it('rewrites the file a symbolic link names, and keeps the link', () => {
    const name = write('target.notice', DAMAGED);
    fs.symlinkSync(name, path.join(work, 'link.notice'));
    expect(lint(['--fix', 'link.notice']).status).toBe(0);
    expect(fs.lstatSync(path.join(work, 'link.notice')).isSymbolicLink()).toBe(true);
    expect(read(name).toString('utf8')).toBe(CLEAN);
  });

  it('leaves a file with nothing to fix untouched', () => {
    const name = write('clean.notice', CLEAN);
    const before = fs.statSync(path.join(work, name)).ino;
    const { status, stdout } = lint(['--fix', name]);
    expect(status).toBe(0);
    expect(stdout).not.toContain('fixed');
    expect(fs.statSync(path.join(work, name)).ino).toBe(before);
  });

  it('exits 2 on an unreadable file and leaves it untouched, fixing the others', () => {
    const gbk = Buffer.from([0xd5, 0xfb, 0xb8, 0xc4, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2]);
    const bad = write('gbk.notice', gbk);
    const good = write('good.notice', DAMAGED);
    const { status, stderr } = lint(['--fix', bad, good]);
    expect(status).toBe(2);
    expect(stderr).toContain('gbk.notice: not valid UTF-8');
    expect(read(bad).equals(gbk)).toBe(true);
    expect(read(good).toString('utf8')).toBe(CLEAN);
  });

  it.skipIf(process.getuid?.() === 0)('exits 2 on a file it may not read, and leaves it untouched', () => {
    const name = write('locked.notice', DAMAGED);
    fs.chmodSync(path.join(work, name), 0o200);
    expect(lint(['--fix', name]).status).toBe(2);
    fs.chmodSync(path.join(work, name), 0o600);
    expect(read(name).toString('utf8')).toBe(DAMAGED);
  });

  it('refuses standard input, which it cannot rewrite, and --dry-run with JSON', () => {
    expect(lint(['--fix', '-']).status).toBe(2);
    const json = lint(['--dry-run', '--format', 'json', 'clean.notice']);
    expect(json.status).toBe(2);
    expect(json.stderr).toContain('--dry-run prints a diff');
  });
});

describe('notice-lint --dry-run', () => {
  it('prints a unified diff that turns the file into the fixed one, changes nothing, exits 1', () => {
    const name = write('preview.notice', DAMAGED);
    const { status, stdout } = lint(['--dry-run', name]);
    expect(status).toBe(1);
    expect(read(name).toString('utf8')).toBe(DAMAGED);
    expect(stdout).toMatch(/^--- preview\.notice\n\+\+\+ preview\.notice\n@@ /);
    expect(stdout).toContain('\n-（三）细化整改方案');
    expect(stdout).toContain('\n+（二）细化整改方案');
    expect(applyPatch(DAMAGED, stdout)).toBe(CLEAN);
  });

  it('prints nothing and exits 0 when nothing would change', () => {
    const name = write('nothing.notice', CLEAN);
    expect(lint(['--dry-run', name])).toMatchObject({ status: 0, stdout: '' });
  });
});

describe.skipIf(!corpusAvailable)('notice-lint --fix on corpus 003 (acceptance)', () => {
  it('repairs a copy with （二）/（三） swapped and 5.–8. renumbered 1.–4.', () => {
    const original = readCorpus(CORPUS_003);
    let damaged = original.replace(/^（二）/m, '（@）').replace(/^（三）/m, '（二）').replace('（@）', '（三）');
    for (const n of [5, 6, 7, 8]) damaged = damaged.replace(new RegExp(`^${n}\\. `, 'm'), `${n - 4}. `);
    const name = write('003-damaged.txt', damaged);
    const { status, stdout } = lint(['--fix', name]);
    expect(read(name).toString('utf8')).toBe(original);
    // What is left are the two parts the notice really lacks.
    expect(stdout).toContain('; 1 fixed');
    expect(stdout.match(/\[section\/missing\]/g)).toHaveLength(2);
    expect(stdout).not.toContain('[numbering/');
    expect(status).toBe(1);
  });
});
