/**
 * notice-lint on a folder where many things are wrong: files that cannot be
 * read even by root (dangling links, loops of links), a folder link back to
 * an ancestor, binary and non-UTF-8 files, a named pipe and a device (which
 * must never stall it), and a file too large to be a notice. Each is reported
 * on stderr with its reason; the notices among them are still checked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NOTICE_BYTES } from '../../server/src/limits';
import { ensureServerBuilt } from '../helpers/lsp-client';

const ROOT = resolve(__dirname, '../..');
/** 整改 in GBK, and how Node reads those bytes as a UTF-8 name. */
const GBK_NAME = Buffer.from([0xd5, 0xfb, 0xb8, 0xc4]);
const GBK_NAME_AS_READ = `${GBK_NAME.toString('utf8')}.notice`;

function check(args: string[], locale = 'en', input?: Buffer) {
  // A checker that blocked on the pipe would be killed here and fail the test, not hang it.
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/notice-lint.js'), ...args], {
    encoding: 'utf8',
    input,
    timeout: 15_000,
    env: { ...process.env, LC_ALL: locale },
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(process.platform === 'win32')('notice-lint on a folder of troublesome files', () => {
  let folder: string;

  beforeAll(() => {
    ensureServerBuilt();
    folder = mkdtempSync(join(tmpdir(), 'notice-lint-files-'));
    cpSync(join(ROOT, 'examples/with-mistakes.notice'), join(folder, 'draft.notice'));
    mkdirSync(join(folder, 'nested'));
    cpSync(join(ROOT, 'examples/clean.notice'), join(folder, 'nested/clean.notice'));
    writeFileSync(join(folder, 'binary.notice'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(folder, 'gbk.notice'), Buffer.from([0xd5, 0xfb, 0xb8, 0xc4])); // 整改 in GBK
    // A name in GBK, as unzip writes one from a Windows archive: not UTF-8, so Node cannot name the file.
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), GBK_NAME, Buffer.from('.notice')]), '一、整改情况');
    writeFileSync(join(folder, 'huge.notice'), Buffer.alloc(MAX_NOTICE_BYTES + 1024 * 1024, '整'));
    symlinkSync(join(folder, 'nowhere'), join(folder, 'dangling.notice'));
    symlinkSync('loop-b.notice', join(folder, 'loop-a.notice'));
    symlinkSync('loop-a.notice', join(folder, 'loop-b.notice'));
    symlinkSync('..', join(folder, 'nested/back-up'));
    symlinkSync('/dev/zero', join(folder, 'device.notice'));
    execFileSync('mkfifo', [join(folder, 'pipe.notice')]);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reports each problem on stderr with its reason, checks the notices, and exits with 2', () => {
    const { status, signal, stdout, stderr } = check([folder]);
    expect(signal).toBeNull();
    expect(status).toBe(2);
    const reasons = Object.fromEntries(
      stderr
        .trim()
        .split('\n')
        .map((line) => /^notice-lint: (.+?): (.+)$/.exec(line)!.slice(1, 3))
        .map(([file, reason]) => [file.slice(folder.length + 1), reason]),
    );
    expect(reasons).toEqual({
      'binary.notice': 'binary file (contains NUL bytes), not checked',
      'gbk.notice': 'not valid UTF-8 text; save it as UTF-8 and try again',
      [GBK_NAME_AS_READ]:
        'the name is not valid UTF-8 (perhaps GBK, as unpacked from a Windows archive), so it cannot be opened: rename it, or unpack the archive with its encoding (unzip -O GBK)',
      'huge.notice': 'too large (17.0 MB; the limit is 16.0 MB), not checked',
      'dangling.notice': 'no such file or directory',
      'loop-a.notice': 'too many levels of symbolic links (a link loop)',
      'loop-b.notice': 'too many levels of symbolic links (a link loop)',
      'nested/back-up': `symbolic link loop (leads back to ${folder}), not followed`,
      'device.notice': 'not a regular file (a device), skipped',
      'pipe.notice': 'not a regular file (a named pipe), skipped',
    });
    expect(stdout).toContain(`${join(folder, 'draft.notice')}:`);
    expect(stdout.trim().split('\n').pop()).toMatch(/^2 files checked: .*; 10 could not be read$/);
  });

  it('says the same in Chinese', () => {
    const { status, stderr } = check([folder], 'zh_CN.UTF-8');
    expect(status).toBe(2);
    expect(stderr).toContain('pipe.notice: 不是普通文件（命名管道），已跳过');
    expect(stderr).toContain('huge.notice: 文件过大（17.0 MB，上限 16.0 MB），未检查');
    expect(stderr).toContain(`${GBK_NAME_AS_READ}: 文件名不是有效的 UTF-8（可能是 GBK 编码，如从 Windows 压缩包解出），无法打开`);
  });

  it('skips a named pipe given by name too, and still prints JSON for the rest', () => {
    const { status, stdout, stderr } = check(['--format', 'json', join(folder, 'pipe.notice'), join(folder, 'draft.notice')]);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(`notice-lint: ${join(folder, 'pipe.notice')}: not a regular file (a named pipe), skipped`);
    expect(JSON.parse(stdout).map((report: { file: string }) => report.file)).toEqual([join(folder, 'draft.notice')]);
  });

  it('refuses standard input larger than a file may be, without holding all of it', () => {
    const { status, stdout, stderr } = check(['-'], 'en', Buffer.alloc(MAX_NOTICE_BYTES + 1024 * 1024, '整'));
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('notice-lint: <stdin>: too large (over the limit of 16.0 MB), not checked');
    expect(stdout.trim()).toBe('0 files checked: 0 errors, 0 warnings, 0 info; 1 could not be read');
  });
});
