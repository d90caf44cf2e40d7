/**
 * Large batches. `--jobs`: files checked on several threads are reported
 * exactly as on one, in the same order, with the same totals and exit
 * status; a configuration file's problems are told once, whichever threads
 * met it. A reader that stops early ends the run quietly.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultThreads } from '../../server/src/cli/check-files';
import { ensureServerBuilt } from '../helpers/lsp-client';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin/notice-lint.js');
const EXAMPLES = path.join(REPO, 'examples');

let work: string;

function lint(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A batch like a records office's: many notices, a few unreadable, one folder with a broken configuration. */
beforeAll(() => {
  ensureServerBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-jobs-'));
  const examples = fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.notice'));
  for (const folder of ['a', 'b', 'broken-config']) {
    fs.mkdirSync(path.join(work, folder));
    for (let i = 0; i < 12; i++) {
      for (const example of examples) fs.copyFileSync(path.join(EXAMPLES, example), path.join(work, folder, `${i}-${example}`));
    }
  }
  fs.writeFileSync(path.join(work, 'broken-config/.noticerc.json'), '{ "rules": ');
  fs.writeFileSync(path.join(work, 'a/5-binary.notice'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  fs.writeFileSync(path.join(work, 'b/7-gbk.notice'), Buffer.from([0xd5, 0xfb, 0xb8, 0xc4, 0xcd, 0xa8, 0xb1, 0xa8]));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the default number of threads', () => {
  it('is one per 1 000 files, one per processor at most, eight at most, and at least one', () => {
    expect([0, 999, 1_999, 2_000, 5_000].map((files) => defaultThreads(files, 2))).toEqual([1, 1, 1, 2, 2]);
    expect([1_000, 3_000, 8_000, 100_000].map((files) => defaultThreads(files, 64))).toEqual([1, 3, 8, 8]);
    expect(defaultThreads(100_000, 1)).toBe(1);
  });
});

describe('notice-lint --jobs', () => {
  it('reports the same findings, problems, totals and status on one thread and on several', () => {
    const one = lint(['--jobs', '1', 'a', 'b', 'broken-config']);
    expect(one.status).toBe(2);
    expect(one.stdout).toMatch(/checked: \d+ errors?, \d+ warnings?/);
    expect(one.stderr).toContain('a/5-binary.notice: binary file');
    expect(one.stderr).toContain('b/7-gbk.notice: not valid UTF-8');
    for (const jobs of ['2', '3']) {
      const several = lint(['--jobs', jobs, 'a', 'b', 'broken-config']);
      expect(several).toEqual(one);
    }
  });

  it('tells a broken configuration file once, though every thread reads it', () => {
    const { stderr } = lint(['--jobs', '3', 'broken-config']);
    const problems = stderr.split('\n').filter((line) => line.includes('.noticerc.json'));
    expect(problems).toHaveLength(1);
  });

  it('gives the same JSON and the same diff on several threads', () => {
    for (const args of [['--format', 'json'], ['--dry-run']]) {
      const one = lint([...args, '--jobs', '1', 'a', 'b']);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(lint([...args, '--jobs', '3', 'a', 'b'])).toEqual(one);
    }
  });

  it('fixes files on several threads as on one', () => {
    for (const jobs of ['1', '3']) fs.cpSync(path.join(work, 'b'), path.join(work, `fix-${jobs}`), { recursive: true });
    const one = lint(['--fix', '--jobs', '1', 'fix-1']);
    const several = lint(['--fix', '--jobs', '3', 'fix-3']);
    expect(several.status).toBe(one.status);
    expect(several.stdout.replaceAll('fix-3', 'fix-1')).toBe(one.stdout);
    const changed = fs.readdirSync(path.join(work, 'b')).filter((name) => {
      const before = fs.readFileSync(path.join(work, 'b', name));
      return !before.equals(fs.readFileSync(path.join(work, 'fix-1', name)));
    });
    expect(changed.length).toBeGreaterThan(0);
    for (const name of fs.readdirSync(path.join(work, 'fix-1'))) {
      expect(fs.readFileSync(path.join(work, 'fix-3', name))).toEqual(fs.readFileSync(path.join(work, 'fix-1', name)));
    }
  });

  it('refuses a --jobs that is not a positive whole number', () => {
    for (const jobs of ['0', '-2', '1.5', 'many']) {
      const { status, stderr } = lint([`--jobs=${jobs}`, 'a']);
      expect(status).toBe(2);
      expect(stderr).toContain(`--jobs takes a positive whole number, not "${jobs}"`);
    }
  });
});

describe('notice-lint output read only in part', () => {
  it('ends quietly when its reader stops, as `notice-lint … | head` does', () => {
    // More output than a pipe holds (64 KB on Linux), so that the checker writes into a pipe `head` has closed.
    const pipeline = `"${process.execPath}" "${BIN}" --outline a b broken-config | head -c 100 >/dev/null`;
    const { stderr } = spawnSync('sh', ['-c', pipeline], { cwd: work, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(lint(['--outline', 'a', 'b', 'broken-config']).stdout.length).toBeGreaterThan(64 * 1024);
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe('notice-lint output read slowly', () => {
  it('stops checking while its reader lags, instead of holding the output, and writes all of it in the end', async () => {
    // --fix shows how far the run got: each file is rewritten as it is checked.
    const folder = path.join(work, 'slow-reader');
    fs.mkdirSync(folder);
    const copies = 600;
    for (let i = 0; i < copies; i++) fs.copyFileSync(path.join(EXAMPLES, 'with-mistakes.notice'), path.join(folder, `${i}.notice`));
    const original = fs.readFileSync(path.join(EXAMPLES, 'with-mistakes.notice'));
    const fixedSoFar = () => fs.readdirSync(folder).filter((name) => !fs.readFileSync(path.join(folder, name)).equals(original)).length;

    const child = spawn(process.execPath, [BIN, '--fix', '--format', 'json', '--jobs', '2', folder], { env: { ...process.env, LANG: 'C' } });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Nothing reads the output for a while: a pipe and this side's buffer hold some 130 KB, about sixty of these reports.
    await sleep(2000);
    const whilePaused = fixedSoFar();
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    // 1: what is left after the fix includes errors; 2 would be a failure to read or write.
    expect([0, 1]).toContain(await exited);

    // Unread, the checker without backpressure fixed all 600 in those two seconds and held their JSON.
    expect(whilePaused).toBeGreaterThan(0);
    expect(whilePaused).toBeLessThan(200);
    expect(fixedSoFar()).toBe(copies);
    const reports = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Array<{ file: string }>;
    expect(reports.map((report) => path.basename(report.file)).sort()).toEqual(Array.from({ length: copies }, (_, i) => `${i}.notice`).sort());
  });
});

