/**
 * Every table of the review, in one language: what the view shows behind each chart, the
 * sheets of the workbook, the CSVs and the report's tables. Cells keep their kind (a count,
 * a duration in ms, a share as part/whole, text) so each output renders them its own way:
 * the workbook as real numbers and times, the screen and documents as text with the votes'
 * percentage rule.
 */
import { en as reviewEn, vi as reviewVi } from './strings';
import { en as labelsEn, vi as labelsVi } from '../labels';
import { formatDate, formatDayMonth } from '../dates';
import { romanNumeral } from '../term';
import { sittingOfLabel } from '../attendance/sittingLabel';
import { fill, keepDash, type Lang } from '../strings';
import { formatClock, wholeSeconds } from '../timing/timer';
import { formatPercent } from '../votes/rule';
import { resolutionName } from '../votes/announce';
import { KIND_LEVELS } from '../personnel/result';
import { OUTCOME_NAMES, reasonInBrackets, voteHeading } from '../personnel/words';
import { personnelLevels } from '../personnel/catalog';
import { groupLabel } from '../roster/groupName';
import { compareReviews, type CompareValue, type Share } from './compare';
import { largestRemainder, sharesOf, WORK_KINDS, workShares, type PersonnelFigure, type Review, type SittingBlock, type TimeBlock, type VoteFigure } from './figures';

export type Cell = CompareValue | { kind: 'text'; text: string } | null;

export const TABLE_IDS = [
  'kinds',
  'planSittings',
  'items',
  'highlights',
  'speaking',
  'speakers',
  'groups',
  'committees',
  'speechKinds',
  'overruns',
  'questioning',
  'respondents',
  'questionOverruns',
  'written',
  'votes',
  'personnel',
  'attendance',
  'compare',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface Table {
  id: TableId;
  title: string;
  /** Short name for a workbook sheet (at most 31 characters). */
  sheet: string;
  columns: string[];
  rows: Cell[][];
  /** Short heads under a group's, where a screen's columns are too narrow for the full ones (attendanceHeads). */
  heads?: GroupedHeads;
}

/**
 * A table's heads in two rows: each group's title over its columns' short heads ("Vắng mặt" over
 * "Không lý do", "Có lý do", "Chưa đến"); a group of no title is one column whose head takes both
 * rows. The full heads (`columns`) stay each column's tooltip and accessible name, and are what
 * the workbook and the report print.
 */
export interface GroupedHeads {
  groups: { title: string | null; span: number }[];
  /** One a column, in order. */
  short: string[];
}

const en = { ...reviewEn, ...labelsEn };
const vi: Record<ReviewKey, string> = { ...reviewVi, ...labelsVi };
export type ReviewKey = keyof typeof en;
const dictionaries: Record<Lang, Record<ReviewKey, string>> = { en, vi };

/** The review's words, the same in the console and in the exports (which run in Node). */
export function translator(lang: Lang): (key: ReviewKey, params?: Record<string, string | number>) => string {
  return (key, params = {}) => fill(dictionaries[lang][key], params);
}

/** "3:00"; "2:00 or 3:00" when there are several (a limit the council changed during the session). */
export function orList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return translator(lang)('review.or', { list: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

const text = (t: string): Cell => ({ kind: 'text', text: t });
/**
 * A respondent's agency, or a dash where none was entered anywhere (explained under the report's
 * table): an empty cell read as a line left unfilled. "Phòng Tài chính - Kế hoạch" wraps after its dash, never before.
 */
const agencyCell = (agency: string): Cell => text(keepDash(agency) || '—');
const n = (v: number): Cell => ({ kind: 'count', n: v });
const ms = (v: number): Cell => ({ kind: 'ms', ms: wholeSeconds(v) });
/** A difference of the figures the row shows: 0:00 against 15:00 reads −15:00, not −14:59. */
const difference = (actual: number, planned: number): Cell => ms(wholeSeconds(actual) - wholeSeconds(planned));
const share = (part: number, whole: number): Cell => ({ kind: 'share', share: { part, whole } });

/** "84,48%" / "84.48%": the votes' half-up, two-decimal rule. */
export const formatShare = (s: Share, lang: Lang): string => `${formatPercent(s.part, s.whole, lang)}%`;

/**
 * A head or a cell as a data file holds it: the no-break spaces that keep a word's syllables on
 * one line on screen and in the report are plain spaces in a workbook or a CSV, where a reader
 * sorts, filters and looks headers up by what they type.
 */
export const plainSpaces = (s: string): string => s.replace(/\u00a0/g, ' ');

/** Its converse for a cell of the screen and the report: a phrase or a name held on one line ("1 không tán thành", "Trần Văn Lâm"). */
const whole = (s: string): string => s.replace(/ /g, '\u00a0');

/** A cell as the screen, the CSV and the report print it. */
export function cellText(c: Cell, lang: Lang): string {
  if (c === null) return '';
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'count':
      return String(c.n);
    case 'ms':
      return formatClock(c.ms);
    case 'share':
      return formatShare(c.share, lang);
  }
}

/**
 * "Buổi sáng 08/12/2026" / "Morning 8 Dec 2026"; items outside any sitting have their own label.
 * `short`: "Sáng 08/12" / "Morning 8 Dec", for a table of many columns where the report's title
 * already gives the year (the DOCX's attendance: the full name took two lines beside eight heads).
 */
export function sittingName(b: Pick<SittingBlock, 'date' | 'part'>, lang: Lang, gap = ' ', short = false): string {
  const t = translator(lang);
  if (b.date === null || b.part === null) return t('review.unassigned');
  return short ? `${t(`sitting.partShort.${b.part}`)}${gap}${formatDayMonth(b.date, lang)}` : `${t(`sitting.part.${b.part}`)}${gap}${formatDate(b.date, lang)}`;
}

/**
 * The sitting an overrun happened in, as the report's cell names it: an official answering the same
 * delegate on both days gives two rows that read alike but for it. Empty for an item outside any sitting.
 */
const overrunSitting = (s: Pick<SittingBlock, 'date' | 'part'> | null, lang: Lang): Cell => text(s ? sittingName(s, lang) : '');

/** "Ngày 17/12/2019", "Day 17 Dec 2019": a day's row of the time tables. */
function dayName(date: string | null, lang: Lang): string {
  const t = translator(lang);
  return date === null ? t('review.unassigned') : t('review.day', { date: formatDate(date, lang) });
}

/** A roll call's label ("2026-12-08 sáng", see sittingLabel.ts) as a sitting's name (`short`: see sittingName); other labels as typed. */
export function rollCallName(label: string, lang: Lang, short = false): string {
  const sitting = sittingOfLabel(label);
  return sitting ? sittingName(sitting, lang, ' ', short) : label;
}

/**
 * The attendance table with its sittings named short ("Sáng 08/12", "Morning 8 Dec"), as the report
 * and the view print it beside ten heads: the full names took two lines a row (three in English at
 * 1024 px). The report's title, and the view's tooltips, give the year.
 */
export function attendanceShort(table: Table, r: Review, lang: Lang): Table {
  return { ...table, rows: table.rows.map((row, i) => [text(rollCallName(r.attendance[i].label, lang, true)), ...row.slice(1)]) };
}

/** A group of heads: a title over its columns' short heads, or (title null) one column in full. */
type HeadGroup = { title: string | null; short: string[] };

/** `table` with its heads grouped as `parts` say, one short head a column (see GroupedHeads). */
function grouped(table: Table, parts: HeadGroup[]): Table {
  return { ...table, heads: { groups: parts.map(({ title, short }) => ({ title, span: short.length })), short: parts.flatMap((p) => p.short) } };
}

/** Column `k` alone, its head in full over both rows. */
const alone = (table: Table, ...ks: number[]): HeadGroup[] => ks.map((k) => ({ title: null, short: [table.columns[k]] }));

/**
 * The attendance table's heads grouped for a screen: at 1024 px its ten full heads took three to
 * five lines each ("Vắng / mặt / không / có / lý do"). Present at the close over its total and its
 * two kinds, absent over its three; the rest as they are.
 */
export function attendanceHeads(table: Table, lang: Lang): Table {
  const t = translator(lang);
  const c = table.columns;
  return grouped(table, [
    ...alone(table, 0, 1),
    { title: c[2], short: [t('review.head.total'), t('review.head.confirmed'), t('review.head.unmarked')] },
    { title: t('review.head.absent'), short: [t('review.head.withoutLeave'), t('review.head.withLeave'), c[7]] },
    ...alone(table, 8, 9, 10),
  ]);
}

/**
 * The respondents' heads grouped for a screen: at 1024 px their ten full heads took two and three
 * lines ("Số lượt / trả lời vượt / quy định"). Asking over its questions, follow-ups and time,
 * answering over its turns, time and extra time, over the limit over its turns and time.
 */
export function respondentsHeads(table: Table, lang: Lang): Table {
  const t = translator(lang);
  const [turns, time] = [t('review.head.turns'), t('review.col.time')];
  return grouped(table, [
    ...alone(table, 0, 1),
    { title: t('review.head.asking'), short: [t('review.head.questions'), t('review.head.followUps'), time] },
    { title: t('review.head.answering'), short: [turns, time, t('review.head.extra')] },
    { title: t('review.col.over'), short: [turns, time] },
  ]);
}

/** The speakers' heads grouped for a screen: the speeches over their total and each kind ("Phát biểu lần đầu" took two lines at 1024 px). */
export function speakersHeads(table: Table, lang: Lang): Table {
  const t = translator(lang);
  return grouped(table, [
    ...alone(table, 0, 1, 2),
    { title: t('review.head.speeches'), short: [t('review.head.total'), t('review.head.first'), t('review.head.second'), t('review.head.debate'), t('review.col.other')] },
    ...alone(table, 8),
  ]);
}

/**
 * An overruns table's heads grouped for a screen (`named`: its columns before the four times): the
 * limit, the extra time, the time used and the time over under one head ("Thời gian quy định",
 * "Over the limit" took two and three lines beside the item's title).
 */
export function overrunsHeads(table: Table, lang: Lang, named: number): Table {
  const t = translator(lang);
  return grouped(table, [
    ...alone(table, ...Array.from({ length: named }, (_, k) => k)),
    { title: t('review.col.time'), short: [t('review.head.limit'), t('review.head.extra'), t('review.head.used'), t('review.head.over')] },
  ]);
}

export function sessionName(r: Review, lang: Lang): string {
  // "khóa XVII", as the console's header and the report's title write the term.
  return translator(lang)('session.label', { number: r.session.number, term: romanNumeral(r.session.term) });
}

/**
 * Parts in whole seconds that add up to the whole as shown (rounded): each part's fraction is
 * dropped, then the seconds so lost go one each to the parts that lost most. Else 1.6 s + 1.6 s
 * read 0:02 + 0:02 against a total of 0:03.
 */
const apportion = (parts: number[], total: number): number[] => largestRemainder(parts, 1000, wholeSeconds(total));

/**
 * A day's and the whole session's sitting clock: the sittings' clocks as their rows show them,
 * added up, so the column adds up and sets the items' total beside the time the sittings ran
 * (the difference is the time between items: roll calls, moving from one item to the next).
 * None for the items outside any sitting.
 */
const clockOf = (r: Review, date?: string | null): Cell =>
  date === null ? null : ms(r.time.sittings.filter((s) => s.sittingId !== null && (date === undefined || s.date === date)).reduce((a, s) => a + wholeSeconds(s.clockMs), 0));

/** A row of the kinds table: the name, each kind's time (WORK_KINDS order), the total, each kind's share, then `extra`. */
function kindsRow(label: string, b: TimeBlock, extra: Cell): Cell[] {
  const times = apportion(WORK_KINDS.map((k) => b.byWork[k]), b.actualMs).map(ms);
  const shares = workShares(b);
  return [text(label), ...times, ms(b.actualMs), ...WORK_KINDS.map((k): Cell => ({ kind: 'share', share: shares[k] })), extra];
}

/** The kinds table's heads: the sitting, each kind, the total, each kind's share, the sitting's clock. */
const KINDS_COLUMNS: ReviewKey[] = [
  'review.col.sitting',
  ...WORK_KINDS.map((k): ReviewKey => `review.work.${k}`),
  'review.col.total',
  ...WORK_KINDS.map((k): ReviewKey => `review.col.${k}Share`),
  'review.col.sittingClock',
];

const planRow = (label: string, b: TimeBlock): Cell[] => [text(label), ms(b.plannedMs), ms(b.plannedRunMs), ms(b.actualMs), difference(b.actualMs, b.plannedRunMs)];

/**
 * The tables of one review; `others` (earlier sessions) add the comparison table.
 * Empty tables are kept, so a workbook always has the same sheets.
 */
export function reviewTables(r: Review, lang: Lang, others: readonly Review[] = []): Table[] {
  const t = translator(lang);
  const table = (id: TableId, columns: ReviewKey[], rows: Cell[][]): Table => ({
    id,
    title: t(`review.table.${id}`),
    sheet: t(`review.sheet.${id}`).slice(0, 31),
    columns: columns.map((c) => t(c)),
    rows,
  });
  const byId = new Map(r.items.map((i) => [i.id, i]));
  const yesNo = (b: boolean) => text(t(b ? 'review.yes' : 'review.no'));
  // A delegate's empty group or committee is a blank cell, as every other table leaves one; the
  // row that totals those without one says so.
  const noGroup = (s: string) => text(groupLabel(s, lang) || t('review.noGroup'));
  const noCommittee = (s: string) => text(s || t('review.noCommittee'));
  const sp = r.speaking;
  const q = r.questioning;
  // The groups' (and the committees') shares of the speaking time add up to 100,00%, as the work shares do.
  const groupShares = sharesOf(sp.byGroup.map((g) => g.ms), sp.ms);
  const committeeShares = sharesOf(sp.byCommittee.map((g) => g.ms), sp.ms);
  const tables: Table[] = [
    table(
      'kinds',
      KINDS_COLUMNS,
      [
        ...r.time.sittings.map((s) => kindsRow(sittingName(s, lang), s, ms(s.clockMs))),
        ...r.time.days.map((d) => kindsRow(dayName(d.date, lang), d, clockOf(r, d.date))),
        kindsRow(t('review.wholeSession'), r.time.session, clockOf(r)),
      ],
    ),
    table('planSittings', ['review.col.sitting', 'review.col.planned', 'review.col.plannedRun', 'review.col.actual', 'review.col.difference'], [
      ...r.time.sittings.map((s) => planRow(sittingName(s, lang), s)),
      ...r.time.days.map((d) => planRow(dayName(d.date, lang), d)),
      planRow(t('review.wholeSession'), r.time.session),
    ]),
    table(
      'items',
      ['review.col.no', 'review.col.item', 'review.col.kind', 'review.col.work', 'review.col.status', 'review.col.planned', 'review.col.extra', 'review.col.actual', 'review.col.difference', 'review.col.pauses'],
      // Each item by its number in the programme ("2.1"), as the minutes and the Agenda and Live views name it.
      r.items.map((i) =>
        i.part
          ? // A part of the programme, never run itself: "Part", its budget against the time its items
            // ran, no kind of work, extra time or pauses of its own (its items have theirs).
            [
              text(i.number),
              text(i.title),
              text(t(`agenda.kind.${i.kind}`)),
              null,
              text(t('review.status.part')),
              ms(i.plannedMs),
              null,
              ms(i.actualMs),
              i.partRun ? difference(i.actualMs, i.plannedMs) : null,
              null,
            ]
          : [
              text(i.number),
              text(i.title),
              text(t(`agenda.kind.${i.kind}`)),
              text(t(`review.work.${i.work}`)),
              text(t(`live.status.${i.status}`)),
              ms(i.plannedMs),
              ms(i.extraMs),
              ms(i.actualMs),
              i.status === 'pending' || i.status === 'skipped' ? null : difference(i.actualMs, i.plannedMs),
              n(i.pauses),
            ],
      ),
    ),
    table(
      'highlights',
      ['review.col.which', 'review.col.item', 'review.col.planned', 'review.col.actual', 'review.col.difference'],
      (['overran', 'cutShort', 'skipped'] as const).flatMap((which) =>
        r.plan[which].map((id) => {
          const i = byId.get(id)!;
          return [text(t(`review.which.${which}`)), text(i.title), ms(i.plannedMs), ms(i.actualMs), which === 'skipped' ? null : difference(i.actualMs, i.plannedMs)];
        }),
      ),
    ),
    table('speaking', ['review.col.figure', 'review.col.value'], [
      [text(t('review.fig.speeches')), n(sp.speeches)],
      [text(t('review.fig.speakers')), n(sp.speakers)],
      [text(t('review.fig.votingSpokeShare')), share(sp.votingSpeakers, sp.votingDelegates)],
      [text(t('review.fig.speakingTime')), ms(sp.ms)],
      [text(t('review.col.first')), n(sp.byKind.speech.count)],
      [text(t('review.col.second')), n(sp.byKind.secondSpeech.count)],
      [text(t('review.col.debate')), n(sp.byKind.debateReply.count)],
    ]),
    table(
      'speakers',
      ['review.col.delegate', 'review.col.group', 'review.col.committee', 'review.col.speeches', 'review.col.first', 'review.col.second', 'review.col.debate', 'review.col.other', 'review.col.time'],
      sp.byDelegate.map((d) => [text(d.name), text(groupLabel(d.group, lang)), text(d.committee), n(d.count), n(d.first), n(d.second), n(d.debate), n(d.other), ms(d.ms)]),
    ),
    table(
      'groups',
      ['review.col.group', 'review.col.speakers', 'review.col.speeches', 'review.col.time', 'review.col.timeShare'],
      sp.byGroup.map((g, k) => [noGroup(g.group), n(g.speakers), n(g.count), ms(g.ms), { kind: 'share', share: groupShares[k] }]),
    ),
    table(
      'committees',
      ['review.col.committee', 'review.col.speakers', 'review.col.speeches', 'review.col.time', 'review.col.timeShare'],
      sp.byCommittee.map((g, k) => [noCommittee(g.committee), n(g.speakers), n(g.count), ms(g.ms), { kind: 'share', share: committeeShares[k] }]),
    ),
    table(
      'speechKinds',
      ['review.col.kind', 'review.col.speeches', 'review.col.time'],
      (Object.keys(sp.byKind) as (keyof typeof sp.byKind)[]).map((k) => [text(t(`spk.kind.${k}`)), n(sp.byKind[k].count), ms(sp.byKind[k].ms)]),
    ),
    table(
      'overruns',
      ['review.col.delegate', 'review.col.item', 'review.col.sitting', 'review.col.kind', 'review.col.limit', 'review.col.extra', 'review.col.spoken', 'review.col.over'],
      sp.overruns.map((o) => [text(o.name), text(o.itemTitle), overrunSitting(o.sitting, lang), text(t(`spk.kind.${o.kind}`)), ms(o.limitMs), ms(o.extraMs), ms(o.spokenMs), difference(o.spokenMs, o.limitMs)]),
    ),
    table('questioning', ['review.col.figure', 'review.col.value'], [
      [text(t('review.fig.registered')), n(q.registered)],
      [text(t('review.fig.asked')), n(q.asked)],
      [text(t('review.fig.askers')), n(q.askers)],
      [text(t('review.fig.respondentsQuestioned')), n(q.respondentsQuestioned)],
      [text(t('review.fig.followUps')), n(q.followUps)],
      ...(Object.keys(q.byStatus) as (keyof typeof q.byStatus)[]).map((s) => [text(t(`q.status.${s}`)), n(q.byStatus[s])]),
      // Slips still waiting when their item ended: "Not asked", not "Pending"; said only when there are any.
      ...(q.notAsked > 0 ? [[text(t('q.status.not-asked')), n(q.notAsked)]] : []),
      // Follow-ups' outcomes apart, only those that occurred: a question answered and its follow-up answered are not "2 answered".
      ...(Object.keys(q.followUpsByStatus) as (keyof typeof q.followUpsByStatus)[])
        .filter((s) => q.followUpsByStatus[s] > 0)
        .map((s) => [text(t('review.fig.followUpStatus', { status: t(`q.status.${s}`) })), n(q.followUpsByStatus[s])]),
      [text(t('review.fig.askTime')), ms(q.askMs)],
      [text(t('review.fig.answerTime')), ms(q.answerMs)],
      [text(t('review.fig.questionsOver', { limit: orList(q.limits.questionMs.map(formatClock), lang) })), n(q.questionsOver)],
      [text(t('review.fig.answersOver', { limit: orList(q.limits.answerMs.map(formatClock), lang) })), n(q.answersOver)],
      [text(t('review.fig.askExtra')), ms(q.askExtraMs)],
      [text(t('review.fig.answerExtra')), ms(q.answerExtraMs)],
      [text(t('review.fig.writtenDue')), n(q.written.length)],
      [text(t('review.fig.overdue')), n(q.overdue)],
    ]),
    table(
      'respondents',
      ['review.col.respondent', 'review.col.agency', 'review.col.questions', 'review.col.followUps', 'review.col.askTime', 'review.col.answers', 'review.col.answerTime', 'review.col.extra', 'review.col.answersOver', 'review.col.over'],
      q.byRespondent.map((x) => [text(x.name), agencyCell(x.agency), n(x.questions), n(x.followUps), ms(x.askMs), n(x.answers), ms(x.answerMs), ms(x.extraMs), n(x.answersOver), ms(x.overMs)]),
    ),
    table(
      'questionOverruns',
      ['review.col.person', 'review.col.turn', 'review.col.sitting', 'review.col.limit', 'review.col.extra', 'review.col.used', 'review.col.over'],
      q.overruns.map((o) => [
        text(o.name),
        text(o.counterpart === '' ? t('review.turn.answerAlone') : t(`review.turn.${o.turn}`, { who: o.counterpart })),
        overrunSitting(o.sitting, lang),
        ms(o.limitMs),
        ms(o.extraMs),
        ms(o.usedMs),
        difference(o.usedMs, o.limitMs),
      ]),
    ),
    table(
      'written',
      ['review.col.asker', 'review.col.respondent', 'review.col.question', 'review.col.due', 'review.col.overdue'],
      q.written.map((w) => [text(w.asker), text(w.respondent), text(w.text), text(formatDate(w.dueDate, lang)), yesNo(w.overdue)]),
    ),
    table(
      'votes',
      ['review.col.resolutionNumber', 'review.col.resolution', 'review.col.method', 'review.col.for', 'review.col.against', 'review.col.abstain', 'review.col.notVoting', 'review.col.base', 'review.col.needed', 'review.col.margin', 'review.col.forShare', 'review.col.result'],
      r.votes.list.map((v) => [
        text(v.resolutionNumber),
        text(v.title),
        text(t(`votes.method.${v.method}`)),
        n(v.for),
        n(v.against),
        n(v.abstain),
        n(v.notVoting),
        n(v.base),
        n(v.needed),
        n(v.margin),
        share(v.for, v.base),
        text(t(v.passed ? 'votes.passed' : 'votes.failed')),
      ]),
    ),
    table(
      'attendance',
      // "Present" in its two groups beside it, as the console counts them: seen in the hall (marked p,
      // or late with the time they came in) and not marked, counted present by the rule, not seen.
      ['review.col.sitting', 'review.col.voting', 'review.col.present', 'review.col.confirmed', 'review.col.unmarked', 'review.col.absent', 'review.col.excused', 'review.col.notArrived', 'review.col.late', 'review.col.left', 'review.col.presentShare'],
      r.attendance.map((a) => [text(rollCallName(a.label, lang)), n(a.voting), n(a.present), n(a.confirmed), n(a.unmarked), n(a.absent), n(a.excused), n(a.notArrived), n(a.late), n(a.left), share(a.present, a.voting)]),
    ),
  ];
  // The personnel votes, where the session held any: a sheet of the workbook after the votes, as the report and the view print them.
  if (r.personnel.length > 0) tables.splice(tables.findIndex((x) => x.id === 'attendance'), 0, { ...personnelAtAGlance(r, lang), sheet: t('review.sheet.personnel').slice(0, 31) });
  if (others.length > 0) {
    // Oldest first, this session last: "62% → 41%" reads left to right.
    const all = [...others, r];
    tables.push({
      id: 'compare',
      title: t('review.table.compare'),
      sheet: t('review.sheet.compare').slice(0, 31),
      columns: [t('review.col.figure'), ...all.map((x) => sessionName(x, lang))],
      rows: compareReviews(all).map((row) => [text(t(`review.cmp.${row.key}`)), ...row.values]),
    });
  }
  return tables;
}

/** Names of the kinds of work in the language, in WORK_KINDS order (legends and headers). */
export const workNames = (lang: Lang): string[] => WORK_KINDS.map((w) => translator(lang)(`review.work.${w}`));

/**
 * The votes as a reader takes them in at a glance, in the Review view at 1366×768 and in the
 * report on A4 portrait: not the workbook's twelve columns, but the votes for as the announcement
 * gives them ("30/35 (85,71%)"), the rest in words and only where there are any ("1 không tán
 * thành", "2 không tham gia"), and the result with what it needed and by how much it passed or
 * failed ("Đã thông qua" above "(cần 18, dư 12)"). A cell of several figures puts each on a line
 * of its own ("\n"), and each line holds together with no-break spaces: "1 không tán / thành" or
 * "thiếu / 6" reads as two figures, and "(needed 18," above "12 to spare)" makes the result three
 * lines (the column is then as wide as the margin, a little less room for the resolution's name). The screen gives the number a column of its own (a long title
 * is cut at two lines there); the report, `numbered`, names the resolution with its number in one
 * cell, as the announcement does, and has four columns.
 */
export function votesAtAGlance(r: Review, lang: Lang, { numbered = false } = {}): Table {
  const t = translator(lang);
  const glance = (v: VoteFigure): Cell[] => {
    const others = [
      [v.against, 'review.vote.against'],
      [v.abstain, 'review.vote.abstain'],
      [v.notVoting, 'review.vote.notVoting'],
    ] as const;
    const said = others.flatMap(([n, key]) => (n > 0 ? [whole(t(key, { n }))] : []));
    const margin = t(v.margin >= 0 ? 'review.vote.spare' : 'review.vote.short', { needed: v.needed, n: Math.abs(v.margin) });
    return [
      text(whole(t('review.vote.for', { for: v.for, base: v.base, share: formatShare({ part: v.for, whole: v.base }, lang) }))),
      text(said.length > 0 ? said.join('\n') : t('review.vote.noOthers')),
      text(`${whole(t(v.passed ? 'votes.passed' : 'votes.failed'))}\n${whole(`(${margin})`)}`),
    ];
  };
  const glanceColumns = [t('review.col.for'), t('review.col.others'), t('review.col.result')];
  return {
    id: 'votes',
    title: t('review.table.votes'),
    sheet: '',
    columns: numbered ? [t('review.col.resolution'), ...glanceColumns] : [t('review.col.resolutionNumber'), t('review.col.resolution'), ...glanceColumns],
    rows: r.votes.list.map((v) =>
      numbered
        ? [text(resolutionName({ resolutionTitle: v.title, resolutionNumber: v.resolutionNumber }, lang)), ...glance(v)]
        : [text(v.resolutionNumber), text(v.title), ...glance(v)],
    ),
  };
}

/** A personnel vote as headed in the review: "Bầu bổ sung: Ủy viên Ủy ban nhân dân huyện", and its round when held again. */
function personnelHeading(v: PersonnelFigure, lang: Lang): string {
  return voteHeading(v, lang) + (v.round > 1 ? ` ${translator(lang)('review.personnel.round', { round: v.round })}` : '');
}

/**
 * A person's cells as the counting record gives them: the name (with the office, where the vote
 * has one for the person), each level's count of the total seats and its share ("Đồng ý: 26/35
 * (74,29%)", the 2025 law's base for an election, a dismissal and a confidence vote alike), and
 * the outcome ("Trúng cử", "Tín nhiệm thấp từ 2/3: trình miễn nhiệm"). A confidence vote's three
 * levels each have a line; one whose low confidence met neither threshold says so ("Tín nhiệm thấp không
 * quá nửa", the law’s words denied): an empty cell read as a line not counted. Spoilt lines are counted only where there were any.
 */
function personnelCells(v: PersonnelFigure, p: PersonnelFigure['people'][number], lang: Lang): Cell[] {
  const t = translator(lang);
  const levels = KIND_LEVELS[v.kind].filter((l) => (l === 'invalid' ? p.counts.invalid > 0 : true));
  const level = (l: (typeof levels)[number]) => personnelLevels[lang][l].replace(/^./u, (c) => c.toLocaleUpperCase(lang));
  return [
    text([whole(p.fullName), p.title.trim()].filter(Boolean).join('\n')),
    text(levels.map((l) => whole(t('review.personnel.line', { level: level(l), n: p.counts[l], base: p.base, share: p.percent[lang][l] }))).join('\n')),
    // "Trúng cử", "Không được miễn nhiệm" held whole; a confidence vote's outcomes are sentences, left to
    // wrap between words, never inside "quá nửa" ("không quá / nửa").
    text(v.kind === 'confidence' ? OUTCOME_NAMES[lang][p.outcome].replace('quá nửa', 'quá\u00a0nửa') : whole(OUTCOME_NAMES[lang][p.outcome])),
  ];
}

/**
 * One on the vote not rated, as the console's count grid lists them: the name with the post, and
 * "Không lấy phiếu (nghỉ hưu từ tháng 01/2025)" where the ballots would be; no result.
 */
function exemptCells(p: NonNullable<PersonnelFigure['exempt']>[number], lang: Lang): Cell[] {
  const reason = reasonInBrackets(p.reason);
  return [text([whole(p.fullName), p.title.trim()].filter(Boolean).join('\n')), text(translator(lang)('review.personnel.exempt', { reason: reason ? ` (${reason})` : '' })), null];
}

/** A vote's rows: each person rated, then each one exempt. */
const personnelRows = (v: PersonnelFigure, lang: Lang): Cell[][] => [...v.people.map((p) => personnelCells(v, p, lang)), ...(v.exempt ?? []).map((p) => exemptCells(p, lang))];

/**
 * The session's personnel votes (elections, dismissals, removals, confidence votes) in one table,
 * a row per person under the vote's heading: the workbook's sheet.
 */
export function personnelAtAGlance(r: Review, lang: Lang): Table {
  const t = translator(lang);
  return {
    id: 'personnel',
    title: t('review.table.personnel'),
    sheet: '',
    columns: [t('review.col.personnelVote'), t('review.col.personnelName'), t('review.col.personnelBallots'), t('review.col.result')],
    rows: r.personnel.flatMap((v) => personnelRows(v, lang).map((cells, i) => [text(i === 0 ? personnelHeading(v, lang) : ''), ...cells])),
  };
}

/**
 * Each personnel vote as a table of its own, headed by what was voted on, as the counting records
 * are: the Review view and the report's section V. A column for the vote beside the names, the
 * ballots and the outcome left it a few letters wide on A4 portrait ("Bầu bổ / sung: Ủy / viên Ủy").
 */
export function personnelTables(r: Review, lang: Lang): Table[] {
  const t = translator(lang);
  return r.personnel.map((v) => ({
    id: 'personnel',
    title: personnelHeading(v, lang),
    sheet: '',
    columns: [t('review.col.personnelName'), t('review.col.personnelBallots'), t('review.col.result')],
    rows: personnelRows(v, lang),
  }));
}

/**
 * Time by kind of work as the report prints it on A4 portrait: a sitting's name on one line
 * ("Buổi sáng 17/12/2019", "Morning 17 Dec 2019") and a share for each kind. The workbook's
 * seven columns (three times, the total, two shares) left the name a seventh of the page, so
 * "Morning / 17 Dec / 2019" took three lines and the table ran onto a second page; and with only
 * two shares printed, a row's shares did not add up to 100%. Here each kind's time has its share
 * of the row's total under it ("20:00" above "30,64%"), the four adding up to the total beside
 * them, as the sentence above the table gives the session's. The Review view shows this table
 * under its chart too, with the sittings' clock (`clock`; the report says it in a sentence): in a
 * half-width card the workbook's eleven columns were cramped.
 */
export function kindsAtAGlance(r: Review, lang: Lang, o: { clock?: boolean } = {}): Table {
  const t = translator(lang);
  const kinds = WORK_KINDS.length;
  const row = (label: string, b: TimeBlock, clock: Cell): Cell[] => {
    const cells = kindsRow(label, b, clock);
    const over = (k: number) => text(`${cellText(cells[1 + k], lang)}\n${cellText(cells[2 + kinds + k], lang)}`);
    // The name held on one line ("Afternoon 18 Dec 2019"): beside four kinds, "2019" went under it.
    return [text(whole(label)), ...WORK_KINDS.map((_, k) => over(k)), cells[1 + kinds], ...(o.clock ? [clock] : [])];
  };
  return {
    id: 'kinds',
    title: t('review.table.kinds'),
    sheet: '',
    // A header's last two words held together: "Trình bày / báo cáo", not "Trình bày báo / cáo".
    columns: [t('review.col.sitting'), ...workNames(lang), t('review.col.total'), ...(o.clock ? [t('review.col.sittingClock')] : [])].map((h) =>
      h.split(' ').length > 2 ? h.replace(/ (\S+)$/, '\u00a0$1') : h,
    ),
    rows: [
      ...r.time.sittings.map((s) => row(sittingName(s, lang), s, ms(s.clockMs))),
      ...r.time.days.map((d) => row(dayName(d.date, lang), d, clockOf(r, d.date))),
      row(t('review.wholeSession'), r.time.session, clockOf(r)),
    ],
  };
}

/**
 * The longest questioning overruns as the report prints them on A4 portrait: who spoke and whose
 * turn it was in one cell, as a sentence ("Trần Văn Lâm trả lời Hồ Đức Lan"), each name held
 * together, then the limit, the extra time, the time used and the time over. Six columns (the
 * person, then "Trả lời Hồ Đức Lan") left both names too little room: "Trần Văn / Lâm" above
 * "Trả lời Trần Ngọc / Phúc". The workbook keeps the person and the turn apart. The sitting it
 * happened in is the cell's second line ("Buổi chiều 17/12/2019"): an official who answered the same
 * delegate on both days otherwise gave two rows that read alike.
 */
export function questionOverrunsAtAGlance(r: Review, lang: Lang): Table {
  const t = translator(lang);
  return {
    id: 'questionOverruns',
    title: t('review.table.questionOverruns'),
    sheet: '',
    columns: [t('review.col.turn'), t('review.col.limit'), t('review.col.extra'), t('review.col.used'), t('review.col.over')],
    rows: r.questioning.overruns.map((o) => [
      text(
        (o.counterpart === '' ? t('review.turn.answerAloneBy', { who: whole(o.name) }) : t(o.turn === 'question' ? 'review.turn.questionBy' : 'review.turn.answerBy', { who: whole(o.name), to: whole(o.counterpart) })) +
          (o.sitting ? `\n${sittingName(o.sitting, lang)}` : ''),
      ),
      ms(o.limitMs),
      ms(o.extraMs),
      ms(o.usedMs),
      difference(o.usedMs, o.limitMs),
    ]),
  };
}

/**
 * Time per respondent as the report prints it on A4 portrait: an official's name of three or four
 * words on one line, as the minutes write it, and each header on two lines at most. Seven columns
 * left the name a sixth of the page ("Trần Văn / Lâm"), so the two times of a turn share a cell,
 * asking and answering ("2:30 / 10:00"), and so do the extra time the chair gave and the time
 * over the limit, each pair held together with no-break spaces. The workbook keeps a column each.
 */
export function respondentsAtAGlance(r: Review, lang: Lang): Table {
  const t = translator(lang);
  const pair = (a: number, b: number) => text(`${formatClock(wholeSeconds(a))}\u00a0/\u00a0${formatClock(wholeSeconds(b))}`);
  const followUps = r.questioning.byRespondent.some((x) => x.followUps > 0);
  return {
    id: 'respondents',
    title: t('review.table.respondents'),
    sheet: '',
    // "19 + 1" under "Câu hỏi + chất vấn lại": the follow-ups beside the questions, as the questioning
    // paragraph counts them, so an official's answers outnumbering the questions read as the answers
    // their follow-ups had. The words are in the head, where the narrow column has room for them.
    columns: [t('review.col.respondent'), t('review.col.agency'), t(followUps ? 'review.col.questionsFollowUps' : 'review.col.questions'), t('review.col.askAnswer'), t('review.col.extraOver')],
    rows: r.questioning.byRespondent.map((x) => [
      text(x.name),
      agencyCell(x.agency),
      x.followUps > 0 ? text(`${x.questions} + ${x.followUps}`) : n(x.questions),
      pair(x.askMs, x.answerMs),
      pair(x.extraMs, x.overMs),
    ]),
  };
}
