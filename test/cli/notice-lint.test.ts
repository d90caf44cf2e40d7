import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_000, CORPUS_003, CORPUS_DIR, corpusAvailable } from '../helpers/corpus';
import { ensureServerBuilt } from '../helpers/lsp-client';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin/notice-lint.js');

let work: string;

/** Runs the checker as a user would, from a folder outside the project. */
function lint(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: work, input, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureServerBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-lint-'));
  fs.copyFileSync(path.join(REPO, 'examples/clean.notice'), path.join(work, 'clean.notice'));
  fs.copyFileSync(path.join(REPO, 'examples/with-mistakes.notice'), path.join(work, 'mistakes.notice.txt'));
  fs.writeFileSync(path.join(work, 'draft.md'), fs.readFileSync(path.join(REPO, 'examples/with-mistakes.notice')));
  fs.mkdirSync(path.join(work, 'bad'));
  fs.writeFileSync(path.join(work, 'bad/binary.notice'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  fs.writeFileSync(path.join(work, 'bad/gbk.notice'), Buffer.from([0xd5, 0xfb, 0xb8, 0xc4, 0xcd, 0xa8, 0xb1, 0xa8]));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('notice-lint text output', () => {
  it('prints file:line:column severity message [rule] and a summary, exit 1 on errors', () => {
    const { status, stdout } = lint(['mistakes.notice.txt']);
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('mistakes.notice.txt:12:1 error Numbering: expected “（三）”, found “（四）” [numbering/sequence]');
    expect(lines.at(-1)).toBe('1 file checked: 6 errors, 2 warnings, 0 info');
  });

  it('exits 0 on a clean notice and speaks Chinese with --locale zh', () => {
    const { status, stdout } = lint(['--locale', 'zh', 'clean.notice']);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('检查了 1 个文件：0 个错误，0 个警告，0 个提示');
  });

  it('takes the locale from LANG when not told', () => {
    const result = spawnSync(process.execPath, [BIN, 'mistakes.notice.txt'], { cwd: work, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' } });
    expect(result.stdout).toContain('编号应为“（三）”，实为“（四）”');
  });

  it('reads standard input for -', () => {
    const { status, stdout } = lint(['-'], fs.readFileSync(path.join(work, 'mistakes.notice.txt')));
    expect(status).toBe(1);
    expect(stdout).toContain('<stdin>:12:1 error');
  });

  it('searches directories for notice files only, and --ext adds endings', () => {
    const plain = lint(['.']);
    expect(plain.stdout).toMatch(/^2 files checked: .*; 2 could not be read$/m);
    expect(plain.stdout).not.toContain('draft.md');
    const withMd = lint(['--ext', '.md', '.']);
    expect(withMd.stdout).toContain('draft.md:12:1 error');
  });

  it('says so, and still exits 0, when a folder holds no notice files', () => {
    fs.mkdirSync(path.join(work, 'drafts-as-text'), { recursive: true });
    fs.writeFileSync(path.join(work, 'drafts-as-text/notice.txt'), '关于巡察整改进展情况的通报\n');
    const { status, stdout, stderr } = lint(['drafts-as-text']);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('0 files checked: 0 errors, 0 warnings, 0 info');
    expect(stderr).toBe(
      'notice-lint: drafts-as-text: no *.notice or *.notice.txt files in this folder, so nothing was checked there; name the files to check, or add endings with --ext (such as --ext .txt)\n',
    );
    expect(lint(['--locale', 'zh', '--ext', '.txt', 'drafts-as-text']).stderr).toBe('');
    expect(lint(['.']).stderr).not.toContain('no *.notice');
  });

  it('prints the outline with --outline', () => {
    const { stdout } = lint(['--outline', 'clean.notice']);
    expect(stdout).toContain('\n  二、市委巡察组反馈意见整改落实情况  (16)\n');
    expect(stdout).toContain('\n        （2）对近两年接待费用逐笔核查，发现的问题已全部整改  (32)\n');
  });
});

describe('notice-lint JSON output', () => {
  it('gives diagnostics, outline and section lines, 1-based', () => {
    const { stdout } = lint(['--format', 'json', 'clean.notice', 'mistakes.notice.txt']);
    const [clean, mistakes] = JSON.parse(stdout);
    expect(clean).toMatchObject({
      file: 'clean.notice',
      diagnostics: [],
      sections: { situation: 6, rectification: 16, petitions: 36, nextSteps: 40, contact: 44 },
    });
    expect(clean.outline.map((e: { marker: string; children: unknown[] }) => [e.marker, e.children.length])).toEqual([
      ['一、', 3],
      ['二、', 3],
      ['三、', 0],
    ]);
    expect(clean.outline[1].children[0]).toMatchObject({ level: 2, marker: '（一）', number: 1, line: 18 });
    expect(mistakes.diagnostics[2]).toEqual({
      rule: 'numbering/sequence',
      severity: 'error',
      message: 'Numbering: expected “（三）”, found “（四）”',
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 4,
    });
    expect(mistakes.sections.petitions).toBeNull();
  });
});

describe('notice-lint on bad input', () => {
  it('reports binary and non-UTF-8 files on stderr, checks the rest, exits 2', () => {
    const { status, stdout, stderr } = lint(['bad', 'clean.notice']);
    expect(status).toBe(2);
    expect(stderr).toContain('bad/binary.notice: binary file');
    expect(stderr).toContain('bad/gbk.notice: not valid UTF-8');
    expect(stdout).toContain('1 file checked');
  });

  it('names a missing file and exits 2', () => {
    const { status, stderr } = lint(['missing.notice']);
    expect(status).toBe(2);
    expect(stderr).toContain('missing.notice: no such file or directory');
  });

  it('words help and usage errors in Chinese when asked', () => {
    const help = lint(['--locale', 'zh', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^用法：notice-lint/);
    const bad = lint(['--locale', 'zh', '--format', 'xml', 'clean.notice']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('未知的 --format “xml”');
    expect(bad.stderr).toContain('用法：');
  });

  it('rejects bad usage with exit 2 and the usage text', () => {
    expect(lint([]).status).toBe(2);
    const badFormat = lint(['--format', 'xml', 'clean.notice']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('unknown --format "xml"');
  });

  it('reads an empty file, a BOM and CRLF', () => {
    fs.writeFileSync(path.join(work, 'empty.notice'), '');
    expect(lint(['empty.notice']).stdout).toContain('[structure/title]');
    const crlf = '\ufeff' + fs.readFileSync(path.join(work, 'mistakes.notice.txt'), 'utf8').replace(/\n/g, '\r\n');
    fs.writeFileSync(path.join(work, 'crlf.notice'), crlf);
    expect(lint(['crlf.notice']).stdout).toContain('crlf.notice:12:1 error');
  });
});

describe.skipIf(!corpusAvailable)('notice-lint on the corpus', () => {
  it('finds the parts of 000 and reports 003\'s missing parts', () => {
    const result = spawnSync(process.execPath, [BIN, '--format', 'json', CORPUS_000, CORPUS_003], { cwd: CORPUS_DIR, encoding: 'utf8' });
    const [first, second] = JSON.parse(result.stdout);
    expect(first.sections).toEqual({ situation: 10, rectification: 28, petitions: 108, nextSteps: 112, contact: 130 });
    expect(second.sections).toMatchObject({ petitions: null, contact: null });
  });
});
