/**
 * Generates realistic rectification progress notices of any size, for the
 * benchmark and the fuzz tests: title, opening, the five parts, headings at
 * every level with bodies on the same line or below, inline enumerations
 * (`一是`, `第一，`, `①`), counts, contact details and signature — in the
 * full-width style (`（一）` `1.`) or the half-width web style (`(一)` `1、`),
 * numbered restarting under each parent or continuously. The wording is our
 * own, assembled from phrase banks; the same seed always gives the same text.
 */
import { toChineseNumeral, toCircled } from '../server/src/core/numerals';

export interface NoticeShape {
  /** The same seed gives the same notice. */
  seed: number;
  /** Approximate size in UTF-8 bytes; the notice grows item by item until it reaches it. */
  targetBytes: number;
  /** `restart`: `1.` again under each `（一）`; `continuous`: `1.` … `N.` across them. */
  scheme?: 'restart' | 'continuous';
  /** `full`: `（一）` `1.` and full-width punctuation; `half`: `(一)` `1、` as many web pages print it. */
  width?: 'full' | 'half';
  lineBreak?: '\n' | '\r\n' | '\r';
  /** Sprinkles the slips drafters make (a skipped number, an odd marker style, a doubled character), about one in forty items. */
  mistakes?: boolean;
}

/** Numbers in [0, 1) from a seed (mulberry32): small, fast, and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['青川市', '临河县', '东岚省', '南屏市', '西溪区', '北沅县'];
const BODIES = ['文化和旅游局', '教育局', '自然资源厅', '卫生健康委员会', '交通运输局', '档案馆', '科技学院', '投资集团有限公司'];

const ACTIONS = [
  '深入学习贯彻党的创新理论',
  '把巡视整改作为重大政治任务抓紧抓实',
  '建立健全整改工作责任体系',
  '压紧压实主体责任和监督责任',
  '坚持问题导向和目标导向相结合',
  '层层传导压力、逐级落实责任',
  '做到件件有着落、事事有回音',
  '对照问题清单逐项研究整改措施',
  '完善议事规则和决策程序',
  '加强对关键岗位和重点环节的监督',
  '严格执行中央八项规定及其实施细则精神',
  '持续整治形式主义官僚主义',
  '推动整改成果转化为制度成果',
  '紧紧扭住责任制这个牛鼻子',
  '实实在在解决群众急难愁盼问题',
  '开展专项检查并建立整改台账',
  '健全选人用人工作机制',
  '加强干部队伍教育管理监督',
  '规范财务管理和资产处置流程',
  '强化意识形态阵地建设和管理',
  '一一对照问题制定整改措施',
  '坚持久久为功、常抓不懈',
];
const RESULTS = [
  '整改工作取得阶段性成效',
  '相关制度已印发实施',
  '问题已全部整改到位',
  '形成长效工作机制',
  '干部作风明显转变',
  '群众满意度进一步提升',
  '已完成专项清理',
  '相关责任人已受到严肃处理',
];
const PROBLEMS = [
  '学习贯彻党的创新理论不够深入',
  '落实全面从严治党主体责任不够有力',
  '意识形态工作责任制落实不到位',
  '选人用人工作不够规范',
  '基层党组织建设存在薄弱环节',
  '财务管理制度执行不严格',
  '重点领域廉洁风险防控不到位',
  '作风建设有待加强',
  '服务中心大局的能力不够强',
  '干部队伍建设统筹谋划不足',
];
const SITUATION_TITLES = ['提高政治站位', '加强组织领导', '细化整改方案', '强化督促检查', '注重建章立制', '坚持开门整改'];
const NEXT_TITLES = ['坚持标准不降', '健全长效机制', '强化成果运用', '加强监督检查', '锤炼过硬作风'];

class Writer {
  private readonly parts: string[] = [];
  private bytes = 0;
  constructor(private readonly lineBreak: string) {}

  /** Adds a line; returns its index, for `fill`. */
  line(text = ''): number {
    this.bytes += Buffer.byteLength(text) + this.lineBreak.length;
    return this.parts.push(text) - 1;
  }

  /** Fills in a line left empty, once what it says is known. */
  fill(index: number, text: string): void {
    this.parts[index] = text;
  }

  get size(): number {
    return this.bytes;
  }

  text(): string {
    return this.parts.join(this.lineBreak);
  }
}

export function generateNotice(shape: NoticeShape): string {
  const rand = seededRandom(shape.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const chance = (p: number) => rand() < p;
  const scheme = shape.scheme ?? 'restart';
  const half = shape.width === 'half';
  const out = new Writer(shape.lineBreak ?? '\n');

  const comma = half ? ',' : '，';
  const colon = half ? ':' : '：';
  const open = half ? '(' : '（';
  const close = half ? ')' : '）';
  const arabicMark = half ? '、' : '.';
  const chineseParen = (n: number) => `${open}${toChineseNumeral(n)}${close}`;
  const arabicParen = (n: number) => `${open}${n}${close}`;

  let lastAction = '';
  const action = (): string => {
    let chosen = pick(ACTIONS);
    if (chosen === lastAction) chosen = ACTIONS[(ACTIONS.indexOf(chosen) + 1) % ACTIONS.length];
    lastAction = chosen;
    return chosen;
  };
  /** A slip a drafter makes: a character typed twice. */
  const slip = (text: string): string => {
    if (!shape.mistakes || !chance(0.025)) return text;
    const at = 1 + Math.floor(rand() * (text.length - 2));
    return text.slice(0, at) + text[at] + text.slice(at);
  };
  const sentence = (clauses: number): string =>
    slip(Array.from({ length: clauses }, action).join(comma) + `${comma}${pick(RESULTS)}。`);
  /** An inline enumeration: `一是…；二是…。`, `第一，…第二，…` or `①…②…`. */
  const enumeration = (): string => {
    const count = 2 + Math.floor(rand() * 4);
    const style = rand();
    const items = Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      const label = style < 0.6 ? `${toChineseNumeral(n)}是` : style < 0.85 ? `第${toChineseNumeral(n)}${comma}` : toCircled(n);
      return label + action();
    });
    return items.join('；') + '。';
  };
  const paragraph = (): string => (chance(0.4) ? sentence(2) + enumeration() : sentence(2 + Math.floor(rand() * 3)));
  /** The number actually written: now and then a drafter skips one. */
  const written = (n: number) => (shape.mistakes && chance(0.02) ? n + 1 : n);

  const place = pick(PLACES);
  const body = pick(BODIES);
  const organisation = `${place}${body}`;
  const round = 1 + Math.floor(rand() * 9);
  const team = 1 + Math.floor(rand() * 9);
  const year = 2019 + Math.floor(rand() * 6);
  const month = 2 + Math.floor(rand() * 4);

  out.line(`中共${organisation}党组`);
  out.line(`关于${place}委第${toChineseNumeral(round)}轮巡察整改进展情况的通报`);
  out.line();
  out.line(
    `根据${place}委统一部署${comma}${year}年${month}月${3 + team}日至${month + 2}月${10 + team}日${comma}${place}委第${toChineseNumeral(team)}巡察组对${organisation}党组进行了常规巡察。` +
      `${year}年${month + 3}月${12 + team}日${comma}巡察组向${organisation}党组反馈了巡察意见。按照巡察工作有关要求${comma}现将巡察整改进展情况予以公布。`,
  );
  out.line();

  out.line('一、整改工作基本情况');
  out.line(paragraph());
  SITUATION_TITLES.slice(0, 3 + Math.floor(rand() * 3)).forEach((title, i) => {
    out.line(`${chineseParen(i + 1)}${title}。${paragraph()}`);
  });
  out.line();

  out.line(`二、${place}委巡察组反馈意见整改落实情况`);
  // The item-by-item part grows until the notice reaches its size; the counts
  // in its opening sentence are filled in afterwards, so they match.
  const countsLine = out.line();
  let group = 0;
  let item = 0;
  let tasks = 0;
  // Reserve room for the closing parts, which are about 2 KB.
  while (group < 3 || out.size < shape.targetBytes - 2500) {
    group++;
    out.line(`${chineseParen(written(group))}关于${pick(PROBLEMS)}的问题`);
    const items = 2 + Math.floor(rand() * 4);
    for (let i = 1; i <= items; i++) {
      item++;
      const n = scheme === 'continuous' ? item : i;
      const mark = shape.mistakes && chance(0.015) ? (half ? '.' : '、') : arabicMark;
      const heading = `${written(n)}${mark}关于${pick(PROBLEMS)}的问题。`;
      if (chance(0.3)) {
        out.line(heading);
        const subs = 2 + Math.floor(rand() * 3);
        for (let s = 1; s <= subs; s++) {
          tasks++;
          if (chance(0.15)) {
            // A fifth level: ① items on their own lines.
            out.line(`${arabicParen(s)}${action()}。`);
            out.line(`${toCircled(1)}${sentence(1)}`);
            out.line(`${toCircled(2)}${sentence(1)}`);
          } else {
            out.line(`${arabicParen(s)}${paragraph()}`);
          }
        }
      } else {
        tasks++;
        out.line(heading + paragraph());
        if (chance(0.4)) out.line(paragraph());
      }
    }
  }
  out.line(`${chineseParen(group + 1)}关于巡察移交问题线索和信访件办理情况`);
  out.line(`巡察组移交的问题线索${3 + team}件、信访件${5 + round}件${comma}均已办结${comma}相关情况已按规定报告。`);
  out.line();

  out.line('三、下一步工作打算');
  out.line(paragraph());
  NEXT_TITLES.slice(0, 3).forEach((title, i) => out.line(`${chineseParen(i + 1)}${title}。${paragraph()}`));
  out.line();
  out.line(
    `欢迎广大干部群众对巡察整改落实情况进行监督。联系电话${colon}0${800 + team}-${6000000 + round * 1234}；` +
      `邮政信箱${colon}${place}${body}办公室${comma}邮编${colon}${620000 + team * 11}；电子邮箱${colon}zhenggai${round}@example.cn。`,
  );
  out.line();
  out.line(`中共${organisation}党组`);
  out.line(`${year}年${month + 7}月${20 + team}日`);

  out.fill(
    countsLine,
    `对照巡察反馈的${group}个方面${item}个问题${comma}细化制定整改措施${tasks}项${comma}逐项明确责任领导、责任部门和完成时限。`,
  );
  return out.text();
}
