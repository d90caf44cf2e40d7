/**
 * What the numbering of a document should be, level by level: the scheme each
 * level follows (restart under each parent, or continuous across parents), the
 * dominant marker style of each level, and the sibling groups the sequence
 * rules walk. Rules report against it; fixes renumber towards it.
 */
import { DEFAULT_STYLE } from './markers';
import type { Heading, MarkerFamily, MarkerStyle, NoticeDocument } from './model';

export type Scheme = 'restart' | 'continuous';

/** The children of one parent that share a marker family, in document order. */
export interface SiblingGroup {
  parent: Heading | undefined;
  family: MarkerFamily;
  items: Heading[];
  /** The group under the nearest earlier sibling of `parent` holding the same family, if any. */
  predecessor: SiblingGroup | undefined;
}

export interface NumberingPlan {
  groups: SiblingGroup[];
  schemes: Map<MarkerFamily, Scheme>;
  styles: Map<MarkerFamily, MarkerStyle>;
}

function collectGroups(doc: NoticeDocument): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  /** Groups the children of `parent`; returns them by family. */
  const visit = (parent: Heading | undefined, children: Heading[]): Map<MarkerFamily, SiblingGroup> => {
    const byFamily = new Map<MarkerFamily, SiblingGroup>();
    for (const child of children) {
      let group = byFamily.get(child.marker.family);
      if (!group) {
        group = { parent, family: child.marker.family, items: [], predecessor: undefined };
        byFamily.set(child.marker.family, group);
        groups.push(group);
      }
      group.items.push(child);
    }
    // A child's groups follow on from those of its earlier siblings.
    const lastByFamily = new Map<MarkerFamily, SiblingGroup>();
    for (const child of children) {
      for (const [family, group] of visit(child, child.children)) {
        group.predecessor = lastByFamily.get(family);
        lastByFamily.set(family, group);
      }
    }
    return byFamily;
  };
  visit(undefined, doc.roots);
  return groups;
}

function lastNumber(group: SiblingGroup): number {
  return group.items[group.items.length - 1].marker.number;
}

/**
 * Restart or continuous, per level, by majority of the groups that could show
 * either; on a tie, the scheme the document shows first.
 */
function chooseSchemes(groups: SiblingGroup[]): Map<MarkerFamily, Scheme> {
  const votes = new Map<MarkerFamily, { restart: number; continuous: number; first: Scheme }>();
  for (const group of groups) {
    if (!group.predecessor) continue;
    const first = group.items[0].marker.number;
    const vote: Scheme | undefined =
      first === 1 ? 'restart' : first === lastNumber(group.predecessor) + 1 ? 'continuous' : undefined;
    if (!vote) continue;
    const tally = votes.get(group.family) ?? { restart: 0, continuous: 0, first: vote };
    tally[vote]++;
    votes.set(group.family, tally);
  }
  const schemes = new Map<MarkerFamily, Scheme>();
  for (const [family, { restart, continuous, first }] of votes) {
    schemes.set(family, continuous === restart ? first : continuous > restart ? 'continuous' : 'restart');
  }
  return schemes;
}

/** The most used style of each level; on a tie, the one seen first. */
function chooseStyles(headings: Heading[]): Map<MarkerFamily, MarkerStyle> {
  const counts = new Map<MarkerFamily, Map<MarkerStyle, number>>();
  for (const heading of headings) {
    const byStyle = counts.get(heading.marker.family) ?? new Map<MarkerStyle, number>();
    byStyle.set(heading.marker.style, (byStyle.get(heading.marker.style) ?? 0) + 1);
    counts.set(heading.marker.family, byStyle);
  }
  const styles = new Map<MarkerFamily, MarkerStyle>();
  for (const [family, byStyle] of counts) {
    let best: MarkerStyle = DEFAULT_STYLE[family];
    let bestCount = 0;
    for (const [style, count] of byStyle) {
      if (count > bestCount) {
        best = style;
        bestCount = count;
      }
    }
    styles.set(family, best);
  }
  return styles;
}

export function planNumbering(doc: NoticeDocument): NumberingPlan {
  const groups = collectGroups(doc);
  return { groups, schemes: chooseSchemes(groups), styles: chooseStyles(doc.headings) };
}

/** The number a group's first item should carry under `scheme`, given what precedes it as written. */
export function expectedStart(group: SiblingGroup, scheme: Scheme): number {
  return scheme === 'continuous' && group.predecessor ? lastNumber(group.predecessor) + 1 : 1;
}

/**
 * The places where a run of numbers departs from `start, start+1, …`, with
 * the number expected there. After a departure the walk follows whichever
 * reading explains the next number: a single wrong item (the next one
 * carries on from the expected number) or a shift (it carries on from the
 * number written), so one mistake yields one finding.
 */
export function sequenceDepartures(numbers: readonly number[], start: number): Array<{ index: number; expected: number }> {
  const departures: Array<{ index: number; expected: number }> = [];
  let expected = start;
  numbers.forEach((found, index) => {
    if (found !== expected) {
      departures.push({ index, expected });
      const next = numbers[index + 1];
      if (next !== expected + 1) expected = found;
    }
    expected++;
  });
  return departures;
}
