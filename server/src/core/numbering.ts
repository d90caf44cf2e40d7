/**
 * What the numbering of a document should be, level by level: the scheme each
 * level follows (restart under each parent, or continuous across parents), the
 * dominant marker style of each level, and the number every heading should
 * carry. Rules report against it; fixes renumber towards it, so that a fixed
 * document leaves the rules nothing to report.
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
  /** The number of its first item when its chain of predecessors is numbered continuously. */
  continuousStart: number;
}

/** The marker styles the user's configuration accepts, by family; a family not named accepts any. */
export type AcceptedStyles = Partial<Record<MarkerFamily, readonly MarkerStyle[]>>;

export interface NumberingPlan {
  groups: SiblingGroup[];
  schemes: Map<MarkerFamily, Scheme>;
  styles: Map<MarkerFamily, MarkerStyle>;
  /**
   * The runs of groups numbered as one sequence, in document order: a single
   * group, or under continuous numbering a group and the groups that carry on from it.
   */
  sequences: SiblingGroup[][];
  /** The number each heading carries once its level follows the document's scheme. */
  targets: Map<Heading, number>;
  /** The marker styles the configuration accepts, by family. */
  accepted: AcceptedStyles;
}

function collectGroups(doc: NoticeDocument): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  /**
   * Groups the children of `parent`; returns their groups, one per family.
   * Arrays and plain objects, not Maps: there is a call for every heading
   * with children, thousands in a long document.
   */
  const visit = (parent: Heading | undefined, children: Heading[]): SiblingGroup[] => {
    const own: SiblingGroup[] = [];
    for (const child of children) {
      let group = own.find((candidate) => candidate.family === child.marker.family);
      if (!group) {
        group = { parent, family: child.marker.family, items: [], predecessor: undefined, continuousStart: 1 };
        own.push(group);
        groups.push(group);
      }
      group.items.push(child);
    }
    // A child's groups follow on from those of its earlier siblings.
    const lastByFamily: Partial<Record<MarkerFamily, SiblingGroup>> = {};
    for (const child of children) {
      if (child.children.length === 0) continue;
      for (const group of visit(child, child.children)) {
        const predecessor = lastByFamily[group.family];
        group.predecessor = predecessor;
        if (predecessor) group.continuousStart = predecessor.continuousStart + predecessor.items.length;
        lastByFamily[group.family] = group;
      }
    }
    return own;
  };
  visit(undefined, doc.roots);
  return groups;
}

export function groupStart(group: SiblingGroup, scheme: Scheme): number {
  return scheme === 'continuous' ? group.continuousStart : 1;
}

/** How many of a level's numbers already agree with `scheme`. */
function agreement(groups: SiblingGroup[], scheme: Scheme): number {
  let agreeing = 0;
  for (const group of groups) {
    const start = groupStart(group, scheme);
    group.items.forEach((item, index) => {
      if (item.marker.number === start + index) agreeing++;
    });
  }
  return agreeing;
}

/**
 * Restart or continuous, per level. A group that follows another and starts
 * at 1 shows restarting; one that starts higher can only come from
 * continuing, even when moving or deleting items has made its numbers wrong
 * (a section moved up keeps its `9.`). The majority of such groups decides;
 * on a tie, the scheme more numbers already agree with; then restart, the
 * common case.
 */
function chooseSchemes(groups: SiblingGroup[]): Map<MarkerFamily, Scheme> {
  const byFamily = new Map<MarkerFamily, SiblingGroup[]>();
  for (const group of groups) {
    const familyGroups = byFamily.get(group.family) ?? [];
    familyGroups.push(group);
    byFamily.set(group.family, familyGroups);
  }
  const schemes = new Map<MarkerFamily, Scheme>();
  for (const [family, familyGroups] of byFamily) {
    const following = familyGroups.filter((group) => group.predecessor);
    if (following.length === 0) continue;
    const restarting = following.filter((group) => group.items[0].marker.number === 1).length;
    const votes = 2 * restarting - following.length;
    const tieBreak = agreement(familyGroups, 'continuous') - agreement(familyGroups, 'restart');
    schemes.set(family, votes < 0 || (votes === 0 && tieBreak > 0) ? 'continuous' : 'restart');
  }
  return schemes;
}

/**
 * The most used style of each level among those the configuration accepts;
 * on a tie, the one seen first; where the document uses none of them, the
 * first accepted.
 */
function chooseStyles(headings: Heading[], accepted: AcceptedStyles): Map<MarkerFamily, MarkerStyle> {
  const counts = new Map<MarkerFamily, Map<MarkerStyle, number>>();
  for (const { marker } of headings) {
    if (accepted[marker.family]?.includes(marker.style) === false) continue;
    let byStyle = counts.get(marker.family);
    if (!byStyle) counts.set(marker.family, (byStyle = new Map()));
    byStyle.set(marker.style, (byStyle.get(marker.style) ?? 0) + 1);
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
  for (const heading of headings) {
    const family = heading.marker.family;
    const first = accepted[family]?.[0];
    if (first && !styles.has(family)) styles.set(family, first);
  }
  return styles;
}

export function schemeOf(plan: Pick<NumberingPlan, 'schemes'>, family: MarkerFamily): Scheme {
  return plan.schemes.get(family) ?? 'restart';
}

/** The style a level is written in: the document's, or GB/T 9704's for a level it does not use yet. */
export function styleOf(plan: NumberingPlan, family: MarkerFamily): MarkerStyle {
  return plan.styles.get(family) ?? DEFAULT_STYLE[family];
}

/** Whether a heading's marker is written unlike its level: what `numbering/style` reports and repairs. */
export function isOffStyle(plan: NumberingPlan, heading: Heading): boolean {
  return plan.styles.get(heading.marker.family) !== heading.marker.style;
}

export function planNumbering(doc: NoticeDocument, accepted: AcceptedStyles = {}): NumberingPlan {
  const groups = collectGroups(doc);
  const schemes = chooseSchemes(groups);
  const targets = new Map<Heading, number>();
  const sequences: SiblingGroup[][] = [];
  const sequenceOf = new Map<SiblingGroup, SiblingGroup[]>();
  for (const group of groups) {
    const scheme = schemeOf({ schemes }, group.family);
    const start = groupStart(group, scheme);
    group.items.forEach((item, index) => targets.set(item, start + index));
    const carried = scheme === 'continuous' && group.predecessor ? sequenceOf.get(group.predecessor) : undefined;
    const sequence = carried ?? [];
    if (!carried) sequences.push(sequence);
    sequence.push(group);
    sequenceOf.set(group, sequence);
  }
  return { groups, schemes, styles: chooseStyles(doc.headings, accepted), sequences, targets, accepted };
}

/**
 * The indexes where written numbers depart from their targets, one per
 * mistake: in a run of wrong numbers that carry on from one another (every
 * item after a skipped number, or a restarted group), only the first.
 */
export function sequenceDepartures(numbers: readonly number[], targets: readonly number[]): number[] {
  const departures: number[] = [];
  numbers.forEach((found, index) => {
    if (found === targets[index]) return;
    const carriesOn = index > 0 && numbers[index - 1] !== targets[index - 1] && found === numbers[index - 1] + 1;
    if (!carriesOn) departures.push(index);
  });
  return departures;
}
