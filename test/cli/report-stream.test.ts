/**
 * The checker writes each file's report as it comes; put together, what it
 * writes is exactly the whole output written at once: JSON as
 * `JSON.stringify` lays out the array of reports, text as one line per
 * finding (after the outline, if asked) and the summary.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/core';
import { findingLines, outlineLines, ReportStream, toFileReport, type FileReport } from '../../server/src/cli/report';
import { CORPUS_000, CORPUS_003, corpusAvailable, readCorpus } from '../helpers/corpus';
import { draftNotice } from '../helpers/drafts';

function written(format: 'text' | 'json', withOutline: boolean, reports: FileReport[], summary = 'summary'): string {
  let out = '';
  const stream = new ReportStream(format, withOutline, (chunk) => (out += chunk));
  for (const report of reports) stream.add(report);
  stream.end(summary);
  return out;
}

const drafts = [
  toFileReport('a.notice', analyze(draftNotice({ body: ['一、整改工作情况', '三、下一步工作', '企企业“引号'] }))),
  toFileReport('empty.notice', analyze('')),
  toFileReport('b.notice', analyze(draftNotice({ body: ['（一）"半角"引号, 逗号'] }))),
];
const corpus = corpusAvailable ? [CORPUS_000, CORPUS_003].map((file) => toFileReport(file, analyze(readCorpus(file)))) : [];

describe('ReportStream', () => {
  it.each([0, 1, 3])('writes the JSON of %i reports as JSON.stringify writes their array', (count) => {
    const reports = [...drafts, ...corpus].slice(0, count);
    expect(written('json', false, reports)).toBe(`${JSON.stringify(reports, null, 2)}\n`);
  });

  it('writes the JSON of both corpus notices and the drafts as one array', () => {
    const reports = [...corpus, ...drafts];
    expect(JSON.parse(written('json', false, reports))).toEqual(reports);
  });

  it('writes text as the finding lines of each report in turn, then the summary', () => {
    const reports = [...drafts, ...corpus];
    const lines = reports.flatMap(findingLines);
    expect(lines.length).toBeGreaterThan(5);
    expect(written('text', false, reports, '3 files checked')).toBe(`${[...lines, '3 files checked'].join('\n')}\n`);
    const withOutline = reports.flatMap((report) => [...outlineLines(report), ...findingLines(report)]);
    expect(written('text', true, reports, 'done')).toBe(`${[...withOutline, 'done'].join('\n')}\n`);
  });

  it('writes only the summary, or an empty array, when no file was read', () => {
    expect(written('text', false, [], '0 files checked')).toBe('0 files checked\n');
    expect(written('json', false, [])).toBe('[]\n');
  });
});
