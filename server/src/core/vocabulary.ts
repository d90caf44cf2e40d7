/**
 * Compound terms of the genre that ICU's general dictionary does not know
 * (it cuts 党组织 as 党|组织). Rules consult them where a word boundary
 * decides a verdict: `党组织组织生活会` is 党组织 then 组织生活会, not 组织
 * typed twice.
 */
export const GENRE_TERMS: readonly string[] = [
  '党组织',
  '基层党组织',
  '组织生活会',
  '民主生活会',
  '专题民主生活会',
  '组织生活',
  '党支部',
  '党总支',
  '中心组',
  '巡视组',
  '巡察组',
  '纪检监察组',
  '领导小组',
  '工作专班',
  '主题党日',
  '三会一课',
];

/**
 * Whether `text[start, end)` is the inside of a genre term that reaches
 * beyond it on the left or on the right.
 */
export function insideGenreTerm(text: string, start: number, end: number, side: 'left' | 'right'): boolean {
  const unit = text.slice(start, end);
  return GENRE_TERMS.some((term) => {
    if (term.length <= unit.length) return false;
    return side === 'left'
      ? term.endsWith(unit) && text.startsWith(term, end - term.length)
      : term.startsWith(unit) && text.startsWith(term, start);
  });
}

/** Suffixes of place names (`济南市` `市中区`): doubled where one name ends and the next begins. */
export const PLACE_SUFFIXES = '省市县区乡镇州旗';
