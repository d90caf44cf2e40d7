import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt } from '../helpers/lsp-client';

const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'bin/notice-lint.js');

/** A notice with one duplicated character (a warning) and one impossible date (an error). */
const DRAFT = ['中共示例市某局党组', '关于市委巡察整改进展情况的通报', '', '2024年2月30日，认真查找存在的的问题。'].join('\n');

let work: string;

function lint(args: string[], cwd = work) {
  const result = spawnSync(process.execPath, [BIN, '--format', 'json', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  const reports = result.stdout ? (JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ rule: string; severity: string }> }>) : [];
  const found = reports.flatMap((r) => r.diagnostics).filter((d) => !d.rule.startsWith('section/') && d.rule !== 'structure/title');
  return { status: result.status, stderr: result.stderr, found: found.map((d) => `${d.rule} ${d.severity}`) };
}

beforeAll(() => {
  ensureServerBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-lint-config-'));
  fs.mkdirSync(path.join(work, 'office/drafts'), { recursive: true });
  fs.writeFileSync(path.join(work, 'office/drafts/draft.notice'), DRAFT);
  fs.writeFileSync(path.join(work, 'plain.notice'), DRAFT);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('notice-lint configuration', () => {
  it('without configuration uses the defaults: an error, so exit 1', () => {
    expect(lint(['plain.notice'])).toMatchObject({ status: 1, found: ['date/invalid error', 'text/duplicate warning'] });
  });

  it('finds .noticerc.json from the file’s folder upwards and honours its severities in findings and exit status', () => {
    fs.writeFileSync(path.join(work, 'office/.noticerc.json'), JSON.stringify({ rules: { 'date/invalid': 'warning', 'text/duplicate': 'off', 'section/missing': 'off' } }));
    expect(lint(['office/drafts/draft.notice'])).toMatchObject({ status: 0, found: ['date/invalid warning'] });
    // The file beside the checked one, not the working folder's, decides.
    expect(lint(['draft.notice'], path.join(work, 'office/drafts')).status).toBe(0);
    expect(lint(['plain.notice']).status).toBe(1);
  });

  it('takes --config instead, for every file', () => {
    const config = path.join(work, 'strict.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'text/duplicate': 'error', 'date/invalid': 'off' } }));
    expect(lint(['--config', config, 'plain.notice', 'office/drafts/draft.notice'])).toMatchObject({
      status: 1,
      found: ['text/duplicate error', 'text/duplicate error'],
    });
  });

  it('renumbers with --dry-run in the accepted marker style', () => {
    const folder = path.join(work, 'styled');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '.noticerc.json'), JSON.stringify({ numberingStyles: ['1.'] }));
    fs.writeFileSync(path.join(folder, 'draft.notice'), ['一、整改工作基本情况', '1、加强组织领导。', '2、细化整改任务。'].join('\n'));
    const result = spawnSync(process.execPath, [BIN, '--dry-run', 'draft.notice'], { cwd: folder, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('+1.加强组织领导。');
    expect(result.stdout).toContain('+2.细化整改任务。');
  });

  it('names what it leaves out of a configuration, and stops with 2 on one it cannot read', () => {
    const odd = path.join(work, 'odd.json');
    fs.writeFileSync(odd, JSON.stringify({ rules: { 'no/such': 'off', 'text/duplicate': 'loud' } }));
    const partly = lint(['--config', odd, 'plain.notice']);
    expect(partly.status).toBe(1);
    expect(partly.stderr).toContain('unknown rule “no/such”');
    expect(partly.stderr).toContain('the setting of “text/duplicate” must be off, info, warning or error, not "loud"');
    const broken = path.join(work, 'broken.json');
    fs.writeFileSync(broken, '{ rules: }');
    const result = lint(['--config', broken, 'plain.notice']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken\.json is not valid JSON/);
    expect(lint(['--config', path.join(work, 'missing.json'), 'plain.notice']).status).toBe(2);
  });
});
