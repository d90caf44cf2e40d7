/**
 * Notices written for the tests in the genre's usual phrasing, free of
 * mistakes, with part titles and counts worded unlike the two real notices:
 * a county bureau (巡察), a provincial enterprise (巡视, four numbering
 * levels), a university college (circled items), a ministry (central
 * inspection, inline items throughout), a township (the problems listed
 * with no aspects above them) and a hospital (整改措施/整改成效 labels, 第一…
 * and 首先… enumerations, petitions in a paragraph), the last also as copied
 * from a web page: BOM, CRLF, bold headings, full-width indents; a
 * procuratorate and a county public security bureau (problems numbered on
 * across the aspects, ①…② under 整改措施：, a count of the last round's
 * feedback under a problem); a street office (问题：/整改情况： labels,
 * parts read by what follows them, a contact part one channel per line);
 * a bank branch (percentages, a month's third as the feedback date, the
 * rest of a whole after a semicolon).
 * Nothing may be reported
 * in them, and all five parts must be found where they stand.
 */
import { describe, expect, it } from 'vitest';
import { analyze, PART_KINDS } from '../../server/src/core';
import { readFixture } from '../helpers/fixtures';

const DRAFTS: ReadonlyArray<readonly [name: string, rectificationTitle: string]> = [
  ['county-bureau', '坚持问题导向，逐项抓好整改落实'],
  ['enterprise', '巡视反馈意见整改落实情况'],
  ['university', '坚持问题导向，扎实推进整改落实'],
  ['ministry', '聚焦巡视反馈问题，不折不扣抓好整改落实'],
  ['township', '巡察反馈问题整改情况'],
  ['hospital', '对照反馈意见，逐条抓好整改'],
  ['hospital-web-copy', '对照反馈意见，逐条抓好整改'],
  ['procuratorate', '坚持问题导向，逐条逐项抓好整改落实'],
  ['police', '巡察反馈问题整改落实情况'],
  ['street', '巡察反馈问题整改落实情况'],
  ['bank', '聚焦问题，逐项推进整改落实'],
];

describe('notices in the usual phrasing', () => {
  for (const [name, rectificationTitle] of DRAFTS) {
    const text = readFixture(`test/fixtures/usual-phrasing/${name}.notice`);

    it(`${name}: no findings`, () => {
      expect(analyze(text, { locale: 'en' }).findings.map((f) => `${f.range.start.line + 1}: ${f.message} [${f.rule}]`)).toEqual([]);
    });

    it(`${name}: the five parts, the item-by-item one under “${rectificationTitle}”`, () => {
      const { parts } = analyze(text).document;
      expect(PART_KINDS.filter((kind) => parts[kind] === undefined)).toEqual([]);
      expect(parts.rectification?.heading?.title).toBe(rectificationTitle);
      expect(parts.situation?.heading?.marker.text).toBe('一、');
    });
  }
});

/** `text` with every line cut after `width` characters, as a copy from a PDF comes. */
function hardWrapped(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .flatMap((line) => {
      const pieces: string[] = [];
      for (let start = 0; start < line.length || pieces.length === 0; start += width) pieces.push(line.slice(start, start + width));
      return pieces;
    })
    .join('\n');
}

describe('the same notices hard-wrapped, as copied from a PDF', () => {
  for (const [name] of DRAFTS) {
    it.each([28, 33, 40])(`${name} at %i characters: the breaks reported, and no mark or number they cut`, (width) => {
      const { findings } = analyze(hardWrapped(readFixture(`test/fixtures/usual-phrasing/${name}.notice`), width), { locale: 'en' });
      expect(findings.filter((f) => f.rule === 'structure/broken-line').length).toBeGreaterThan(0);
      expect(findings.filter((f) => f.rule === 'punctuation/pair' || f.rule === 'contact/format').map((f) => `${f.range.start.line + 1}: ${f.message}`)).toEqual([]);
    });
  }
});

describe('the next steps under the other titles offices give them', () => {
  const text = readFixture('test/fixtures/usual-phrasing/county-bureau.notice');

  it.each(['后续工作安排', '下一阶段工作安排', '坚持常态长效，持续推进整改', '强化成果运用，建立长效机制'])('四、%s', (title) => {
    const { document, findings } = analyze(text.replace('四、下一步工作打算', `四、${title}`), { locale: 'en' });
    expect(document.parts.nextSteps?.heading?.title).toBe(title);
    expect(findings).toEqual([]);
  });

  it('but not the opening part titled with 长效机制, which stays the situation', () => {
    const { parts } = analyze(text.replace('一、提高政治站位，扎实推进巡察整改工作', '一、加强组织领导，建立长效机制')).document;
    expect(parts.situation?.heading?.title).toBe('加强组织领导，建立长效机制');
    expect(parts.nextSteps?.heading?.title).toBe('下一步工作打算');
  });
});

describe('the item-by-item part under a title with no cue', () => {
  it('is found by its aspects, written 在…方面 as well as 关于…方面', () => {
    const text = readFixture('test/fixtures/usual-phrasing/county-bureau.notice')
      .replace('二、坚持问题导向，逐项抓好整改落实', '二、聚焦问题清单，推动整改落地见效')
      .replace(/（(一|二|三)）关于(.*)方面/g, '（$1）在$2方面');
    const { document, findings } = analyze(text, { locale: 'en' });
    expect(document.parts.rectification?.heading?.title).toBe('聚焦问题清单，推动整改落地见效');
    expect(document.parts.rectification?.heading?.children.map((child) => child.title.slice(0, 1))).toEqual(['在', '在', '在']);
    expect(findings).toEqual([]);
  });
});

describe('the petitions accounted for in a sentence of another part', () => {
  const text = readFixture('test/fixtures/usual-phrasing/township.notice')
    .replace('三、巡察移交信访件办理情况\n\n区委巡察组移交信访件3件，已全部办结。\n\n四、下一步工作措施', '三、下一步工作措施')
    .replace('截至目前，6个问题已全部完成整改。', '截至目前，6个问题已全部完成整改。对区委巡察组移交的3件信访件，已全部办结。');

  it('is the part, found where it stands, with no finding of a missing part or of the order', () => {
    const { document, findings } = analyze(text, { locale: 'en' });
    expect(document.parts.petitions?.line).toBe(document.parts.situation!.line + 2);
    expect(findings).toEqual([]);
  });

  it('but a sentence that names petitions without saying they were dealt with is not', () => {
    const { findings } = analyze(text.replace('对区委巡察组移交的3件信访件，已全部办结。', '重视群众信访工作。'), { locale: 'en' });
    expect(findings.map((f) => f.message)).toEqual(['Required part missing: handling of transferred clues and petitions']);
  });
});

describe('the next steps as a paragraph of their own', () => {
  const township = readFixture('test/fixtures/usual-phrasing/township.notice');

  it('is found after the item-by-item part, with no heading', () => {
    const { document, findings } = analyze(township.replace('四、下一步工作措施\n\n', ''), { locale: 'en' });
    expect(document.parts.nextSteps?.heading).toBeUndefined();
    expect(document.lines[document.parts.nextSteps!.line]).toMatch(/^下一步，镇党委将/);
    expect(findings).toEqual([]);
  });

  it('but not a problem’s own next step within the item-by-item part', () => {
    const text = township
      .replace('四、下一步工作措施\n\n下一步，镇党委将持续巩固巡察整改成果，加强日常监督，建立长效机制，确保整改工作取得实效。\n\n', '')
      .replace('对4名工作人员进行提醒谈话。（已完成）', '对4名工作人员进行提醒谈话。（已完成）\n下一步，将持续加强作风建设。');
    const { findings } = analyze(text, { locale: 'en' });
    expect(findings.map((f) => f.message)).toEqual(['Required part missing: next steps']);
  });
});

describe('the situation as a paragraph before the first heading', () => {
  const township = readFixture('test/fixtures/usual-phrasing/township.notice');
  const renumbered = (text: string) =>
    text.replace('二、巡察反馈', '一、巡察反馈').replace('三、巡察移交', '二、巡察移交').replace('四、下一步', '三、下一步');

  it('is found where it tells how the work was organised', () => {
    const { document, findings } = analyze(renumbered(township.replace('一、整改工作总体情况\n\n', '')), { locale: 'en' });
    expect(document.lines[document.parts.situation!.line]).toMatch(/^镇党委坚持把巡察整改/);
    expect(findings).toEqual([]);
  });

  it('but not where nothing tells it', () => {
    const text = renumbered(township.replace(/一、整改工作总体情况\n\n.*\n\n/, ''));
    expect(analyze(text, { locale: 'en' }).findings.map((f) => f.message)).toEqual(['Required part missing: situation of the rectification work']);
  });
});
