/**
 * The review as a DOCX report in the Nghị định 30 layout, printed with the shared builder
 * (../nd30.ts): the same tables as the workbook and the view, and the view's charts as PNG
 * images (ECharts' SVG from Node, turned into PNG by resvg, which ships its own binary).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx';
import { romanNumeral } from '../../../common/term';
import type { Lang } from '../../../common/strings';
import type { Db } from '../../store/db';
import { getSessionRecord } from '../record/store';
import { reportSigner } from './signer';
import { SIGNER_TITLES } from '../../../common/review/signer';
import { NAME_BY_HAND } from '../../../common/record/signer';
import { documentRecord } from '../record/read';
import { getCouncil } from '../council/store';
import { councilIn } from '../record/minutes';
import { minutesWords } from '../record/minutes-strings';
import { fill } from '../../../common/strings';
import { reviewReportWords } from './report-strings';
import { heading, nd30Document, para, recipients, signatures, signer, table, toBuffer } from '../../documents/nd30';
import { docNumber, placeDate } from '../../documents/numbering';
import { fitColumns } from '../../documents/widths';
import { reviewChart, type ChartId } from '../../../common/review/charts';
import { chartSvg } from '../../../common/review/echarts';
import { workShares, type Review } from '../../../common/review/figures';
import { wholeSeconds } from '../../../common/timing/timer';
import { attendanceShort, cellText, formatShare, kindsAtAGlance, orList, personnelTables, questionOverrunsAtAGlance, respondentsAtAGlance, reviewTables, translator, votesAtAGlance, type Table, type TableId } from '../../../common/review/tables';
import { duration } from '../../documents/blocks';

/** Chart size in the SVG, and on the page: the text width of an A4 page with ND30 margins. */
const CHART_W = 800;
const CHART_H = 420;
const PAGE_W_PX = 600;

/**
 * A chart's height in the SVG (its width is CHART_W): as tall as what it draws needs, not a third
 * of a page each. A chart cannot be split, so one that does not fit at the foot of a page moves
 * overleaf and leaves that room empty: at 420 each, the questions' two-slice ring and a bar for each
 * of four delegate groups left a fifth of a page blank above them.
 * - kinds and plan: a bar per sitting or item, with axes, legend and labels: the full height;
 * - groups: a bar per delegate group, its title and axis (340 for the four of a commune council);
 * - outcomes: a ring of a few slices, labelled at its sides.
 */
export function chartHeight(id: ChartId, r: Review): number {
  if (id === 'groups') return Math.min(CHART_H, Math.max(220, 120 + 44 * Math.max(1, r.speaking.byGroup.length)));
  if (id === 'outcomes') return 300;
  return CHART_H;
}

/**
 * Liberation Sans (Debian's fonts-liberation2, which .ci/run installs; metrics of Arial, every
 * Vietnamese letter). Loading these files alone is much faster than scanning every system font
 * for each chart; where they are missing, the system's fonts are scanned instead.
 */
const FONT_DIRS = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'];
const FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'];
let fontFiles: string[] | undefined;
function sansFiles(): string[] {
  fontFiles ??= FONT_FILES.map((f) => FONT_DIRS.map((d) => path.join(d, f)).find((p) => fs.existsSync(p))).filter((p): p is string => p !== undefined);
  return fontFiles;
}

/** An ECharts SVG as a PNG at twice the page resolution, in a sans-serif that has every Vietnamese letter. */
export function chartPng(svg: string): Buffer {
  const files = sansFiles();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_W * 1.5 },
    background: '#ffffff',
    font: { fontFiles: files, loadSystemFonts: files.length === 0, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  }).render();
  return png.asPng();
}

function chartParagraph(id: ChartId, r: Review, lang: Lang): Paragraph {
  const option = reviewChart(id, r, lang);
  const title = translator(lang)(`review.chart.${id}`);
  const height = chartHeight(id, r);
  // Not kept with the table after it: a table that fits a page is kept whole (nd30 `table`), and
  // chained to the chart the two together left the report's first page blank under its opening
  // sentence. The chart carries its own title, so it reads alone at the foot of a page.
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 60 },
    children: [
      new ImageRun({
        type: 'png',
        data: chartPng(chartSvg(option, CHART_W, height)),
        transformation: { width: PAGE_W_PX, height: Math.round((PAGE_W_PX * height) / CHART_W) },
        altText: { name: id, title, description: title },
      }),
    ],
  });
}

/**
 * Up to this many rows, and this many lines of text in them, a table is kept whole on one page
 * with its title: broken, the attendance table's last row went overleaf alone under its repeated
 * header. A few rows of several lines each (six votes of three to five lines) are a third of a
 * page: kept whole, they left half of the page before them empty.
 */
const SMALL_TABLE_ROWS = 6;
const SMALL_TABLE_LINES = 8;

/**
 * The attendance tables' heads, a point under the body: eight heads of two lines each at 13 pt
 * ("Vắng mặt / có lý do") are wider than A4 portrait, and the sittings' names wrapped beside them.
 */
const ATTENDANCE_HEAD_PT = 11;

/**
 * A table of the review on the page: chosen columns, each as wide as its words need, numbers
 * right-aligned. A table with no rows (no written answers, nobody questioned) says "Không có."
 * under its title rather than printing a header over nothing.
 */
function docTable(t: Table, lang: Lang, columns?: number[], limit = Infinity, shortened?: string, layout: { main?: number; align?: ('left' | 'right')[]; keepWithNext?: boolean; headPt?: number } = {}): FileChild[] {
  const cols = columns ?? t.columns.map((_, k) => k);
  const rows = t.rows.slice(0, limit);
  const title = para(t.title, { bold: true, italic: true, indent: false, keepNext: true, before: 9, after: 3 });
  if (rows.length === 0) return [title, para(reviewReportWords[lang].noRows)];
  const cells = [cols.map((k) => t.columns[k]), ...rows.map((r) => cols.map((k) => cellText(r[k], lang)))];
  // Each row as tall as its cell of most lines ("Nghị quyết về …\n(số 45/NQ-HĐND)").
  const lines = cells.slice(1).reduce((n, row) => n + Math.max(...row.map((c) => c.split('\n').length)), 0);
  return [
    title,
    table(cells, {
      widths: fitColumns(cells, { main: layout.main, headPt: layout.headPt }),
      headPt: layout.headPt,
      header: true,
      // A longer one broken where the page ends, its first and last two rows held together: kept
      // whole, a table that did not fit under a chart left the page half empty (page 1, under the kinds chart).
      keep: rows.length <= SMALL_TABLE_ROWS && lines <= SMALL_TABLE_LINES ? 'whole' : 'ends',
      keepWithNext: layout.keepWithNext,
      align: layout.align ?? cols.map((k, i) => (i === 0 || rows.some((r) => r[k]?.kind === 'text') ? 'left' : 'right')),
    }),
    // A shortened table says so, or a reader takes the first rows for all of them. No empty line
    // after the others: the next block is a title, a heading or a sentence with its own space above,
    // and the review's fifteen empty lines were near half a page (the Vietnamese report ran to a ninth).
    ...(rows.length < t.rows.length && shortened ? [para(fill(shortened, { shown: rows.length, total: t.rows.length }), { keepNext: layout.keepWithNext })] : []),
  ];
}


export async function reviewDocx(db: Db, r: Review, others: readonly Review[], lang: Lang): Promise<Buffer> {
  const w = reviewReportWords[lang];
  const who = reportSigner(db, r.session.id);
  const tables = new Map<TableId, Table>(reviewTables(r, lang, others).map((t) => [t.id, t]));
  const tb = (id: TableId, cols?: number[], limit?: number, shortened?: string) => docTable(tables.get(id)!, lang, cols, limit, shortened);
  const level = db.prepare('SELECT level FROM council WHERE id = 1').pluck().get() as string | undefined;
  const s = r.time.session;
  const work = workShares(s);
  const sp = r.speaking;
  const q = r.questioning;
  // The sittings' own time (the kinds table's whole-session clock) and what of it no item took up:
  // the sittings' clocks less the time their items ran (items outside any sitting left out of both).
  const clockCell = tables.get('kinds')!.rows.at(-1)!.at(-1);
  const sittingsClockMs = clockCell?.kind === 'ms' ? clockCell.ms : 0;
  const sittingsItemsMs = r.time.sittings.filter((x) => x.sittingId !== null).reduce((a, x) => a + wholeSeconds(x.actualMs), 0);
  // When every planned item ran, "Planned" and "Planned (items run)" print the same figures on each
  // row: one column says it, and the difference beside it is against that.
  const everyItemRan = tables.get('planSittings')!.rows.every((row) => cellText(row[1], lang) === cellText(row[2], lang));
  // "1 speech", "9 speeches": English counts agree with their noun (Vietnamese says both alike).
  // In words as the minutes write it ("6 giờ 42 phút 15 giây"), to the second the tables show.
  const spelled = (ms: number) => duration(wholeSeconds(ms), lang);
  const counted = (n: number, noun: 'speech' | 'question' | 'delegate') => fill(w[noun], { n });
  const leftEarly = r.attendance.some((a) => a.left > 0);
  // The sittings by day and month ("Sáng 17/12", "Morning 17 Dec"), the year given by the report's
  // title: "Buổi chiều 17/12/2019" took two lines beside eight heads.
  const attendance = attendanceShort(tables.get('attendance')!, r, lang);
  const notArrived = r.attendance.some((a) => a.notArrived > 0);
  const body: FileChild[] = [
    heading(w.section1),
    para(
      fill(w.time, {
        total: spelled(s.actualMs),
        reading: formatShare(work.reading, lang),
        discussion: formatShare(work.discussion, lang),
        questioning: formatShare(work.questioning, lang),
        procedure: formatShare(work.procedure, lang),
      }) +
        (sittingsClockMs > 0 ? ` ${fill(w.sittingsClock, { clock: spelled(sittingsClockMs), between: spelled(Math.max(0, sittingsClockMs - sittingsItemsMs)) })}` : ''),
    ),
    chartParagraph('kinds', r, lang),
    ...docTable(kindsAtAGlance(r, lang), lang, undefined, Infinity, undefined, { main: 0, align: ['left', 'right', 'right', 'right', 'right', 'right'] }),
    heading(w.section2),
    chartParagraph('plan', r, lang),
    // The chart numbers its bars by the items' order (STT): the items under it, by that number, are its key.
    // Its status too: a part of the programme reads "Phần", a skipped item "Bỏ qua", not a blank difference left unexplained.
    ...tb('items', [0, 1, 4, 5, 7, 8]),
    ...tb('planSittings', everyItemRan ? [0, 1, 3, 4] : undefined),
    ...tb('highlights', [0, 1, 2, 3, 4]),
    heading(w.section3),
    // A session where nobody spoke says so, as one without questioning does: not "0 speeches by 0
    // delegates; 0,00% …" above a bar chart with no bar (an empty frame and its axis).
    ...(sp.speeches === 0
      ? [para(translator(lang)('review.noSpeeches'))]
      : [
          para(
            fill(w.speaking, {
              speeches: counted(sp.speeches, 'speech'),
              speakers: counted(sp.speakers, 'delegate'),
              share: formatShare({ part: sp.votingSpeakers, whole: sp.votingDelegates }, lang),
              time: spelled(sp.ms),
            }),
          ),
          chartParagraph('groups', r, lang),
        ]),
    ...tb('groups'),
    ...tb('speakers', [0, 1, 3, 8], 20, w.speakersShown),
    // The item's title and sitting left to the workbook: the name, the kind and the times fit A4 portrait.
    ...tb('overruns', [0, 3, 4, 5, 6, 7]),
    heading(w.section4),
    // Every slip registered, as the minutes list them and the outcomes chart below counts them: a
    // question carried to the next session or withdrawn before it was asked is said too. A session
    // without questioning says so, not "0 questions registered; 0 delegates asked 0 questions".
    ...(q.registered === 0
      ? [para(w.noQuestions)]
      : [
          para(
            fill(w.questioning, {
              registered: counted(q.registered, 'question'),
              askers: counted(q.askers, 'delegate'),
              asked: counted(q.asked, 'question') + (q.followUps > 0 ? fill(w.questioningFollowUps, { n: q.followUps }) : ''),
              answered: q.byStatus.answered,
              written: q.byStatus.written,
              more: [
                ...(q.byStatus['next-session'] > 0 ? [fill(w.questioningNextSession, { n: q.byStatus['next-session'] })] : []),
                ...(q.byStatus.withdrawn > 0 ? [fill(w.questioningWithdrawn, { n: q.byStatus.withdrawn })] : []),
                ...(q.notAsked > 0 ? [fill(w.questioningNotAsked, { n: q.notAsked })] : []),
              ].join(''),
            }),
          ),
          para(
            fill(w.questioningOver, {
              questions: q.questionsOver,
              questionLimit: orList(q.limits.questionMs.map(spelled), lang),
              answers: q.answersOver,
              answerLimit: orList(q.limits.answerMs.map(spelled), lang),
            }),
          ),
        ]),
    // Said only when the chair gave any: "0 seconds of extra time" tells nothing.
    ...(q.askExtraMs + q.answerExtraMs > 0 ? [para(fill(w.questioningExtra, { ask: spelled(q.askExtraMs), answer: spelled(q.answerExtraMs) }))] : []),
    // A ring of nothing is an empty grey frame: a session without questioning has only the sentence above.
    ...(q.registered > 0 ? [chartParagraph('outcomes', r, lang)] : []),
    ...docTable(respondentsAtAGlance(r, lang), lang, undefined, Infinity, undefined, { main: 0, align: ['left', 'left', 'right', 'right', 'right'] }),
    ...(q.byRespondent.some((x) => x.agency === '') ? [para(w.noAgency)] : []),
    ...docTable(questionOverrunsAtAGlance(r, lang), lang, undefined, Infinity, undefined, { main: 0 }),
    // Which questions went to a written answer: the question itself, in the widest column, not only who asked whom.
    ...docTable(tables.get('written')!, lang, undefined, Infinity, undefined, { main: 2 }),
    heading(r.personnel.length > 0 ? w.section5Personnel : w.section5),
    ...docTable(votesAtAGlance(r, lang, { numbered: true }), lang, undefined, Infinity, undefined, { main: 0, align: ['left', 'right', 'left', 'left'] }),
    // Elections, dismissals and confidence votes, each under its heading as its counting record is:
    // each person's ballots of the total seats and the outcome. Printed only where the session held any.
    ...personnelTables(r, lang).flatMap((pt) => docTable(pt, lang, undefined, Infinity, undefined, { main: 0, align: ['left', 'left', 'left'] })),
    // Present, absent and excused add up to the voting delegates only while nobody left early: a
    // sitting with a delegate who left ("33 | 0 | 1" of 35) gets its "Về sớm" column, as the
    // workbook has, so the row adds up and the minutes' "Về sớm: …" is accounted for.
    // The late column and the groups of "present" are left out here: nine columns did not fit A4
    // portrait at 13 pt ("Phiên họ / p"); the groups have a table of their own below.
    // Likewise a sitting with a delegate marked not arrived and never seen gets its "Chưa đến" column,
    // the minutes' own list, so "7 | 1 | 1" of 10 is not read as one delegate lost.
    // Not chained to the table after it: the two and the closing held together could not all fit
    // at the foot of a page, and the chain broke inside this table, its last row alone overleaf.
    ...docTable(attendance, lang, [0, 1, 2, 5, 6, ...(notArrived ? [7] : []), ...(leftEarly ? [9] : []), 10], Infinity, undefined, { main: 0, headPt: ATTENDANCE_HEAD_PT, keepWithNext: r.attendance.length === 0 && !tables.has('compare') }),
    // Who of those present was seen in the hall (marked present) and who was counted by default (not
    // marked), per sitting, as the console counts them: what the office checks before signing.
    // The report's last table, kept with the closing sentence (and so with the signatures) when no
    // comparison follows: the closing and the signatures never stand alone on a last page.
    ...(r.attendance.length > 0 ? docTable({ ...attendance, title: w.presentGroups }, lang, [0, 2, 3, 4], Infinity, undefined, { main: 0, headPt: ATTENDANCE_HEAD_PT, keepWithNext: !tables.has('compare') || leftEarly }) : []),
    // The moment of the figure, where it differs from the minutes': they count a delegate who left
    // early as present at the sitting ("34/35, including 1 who left early"), this table at its close (33).
    ...(leftEarly ? [para(w.presentAtClose, { keepNext: !tables.has('compare') })] : []),
  ];
  if (tables.has('compare')) body.push(heading(w.section6), ...tb('compare'));
  // The council as the minutes name it.
  const { area, name: council } = councilIn(r.council?.name ?? '', level ?? '', lang);
  // The report's closing sentence, kept with the signatures: a report that ends on a table
  // otherwise lets the signature block start a page of its own.
  body.push(para(fill(w.closing, { n: r.session.number, council, roman: romanNumeral(r.session.term) }), { keepNext: true }));
  body.push(signatures({ left: recipients(lang, [w.toStanding, w.toCommittees, w.toArchive]), right: signer(SIGNER_TITLES[who.role].map((k) => translator(lang)(k)), [who.name ?? NAME_BY_HAND]) }));
  // The place before the date as the minutes write it: typed in their setup, else the council's.
  const record = documentRecord(getSessionRecord(db, r.session.id), getCouncil(db));
  return toBuffer(
    nd30Document({
      lang,
      header: {
        body: [minutesWords[lang].headerBody, area],
        number: docNumber('', 'BC-HĐND', lang),
        placeDate: placeDate(record.locality, r.session.endDate, lang),
      },
      title: w.title,
      subtitle: [fill(w.subtitle, { n: r.session.number }), fill(w.councilTerm, { council, roman: romanNumeral(r.session.term) })],
      body,
    }),
  );
}
