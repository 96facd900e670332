/**
 * The counting records (biên bản kiểm phiếu) of a session's personnel votes: one part per
 * closed vote, naming the counting committee, the ballots, and the count and share of each
 * level per person, with the statutory sentences and any corrections. Built as blocks for the
 * shared Nghị định 30 builder (docx.ts), like the record branch's ballots.
 */
import type { Db } from '../../store/db';
import { personnelSlices } from './slices';
import type { PersonnelView } from '../../../common/personnel/model';
import { KIND_LEVELS } from '../../../common/personnel/result';
import { BODY_NAMES, KIND_NAMES, LEVEL_NAMES, OUTCOME_NAMES } from '../../../common/personnel/words';
import { docNumber, placeDate, type DocLang } from '../../documents/nd30';
import { readRecord } from '../record/read';
import { councilNames, termLabel } from '../record/minutes';
import { clockTime, dayDate, heading, isoDay, para, type Block, type DocModel, type DocPart } from '../../documents/blocks';

const W = {
  vi: {
    opening: (time: string, day: string, place: string, session: number, council: string, term: string, kind: string, title: string) =>
      `Vào hồi ${time}, ngày ${day}${place ? `, tại ${place}` : ''}, Ban kiểm phiếu của Kỳ họp thứ ${session}, ${council} ${term} đã tiến hành kiểm phiếu ${kind.toLowerCase()}: ${title}.`,
    committee: 'I. BAN KIỂM PHIẾU', head: 'Trưởng ban', member: 'Ủy viên', noCommittee: '(Chưa ghi danh sách Ban kiểm phiếu.)',
    results: 'II. KẾT QUẢ KIỂM PHIẾU',
    seats: (s: number, p: number) => `Tổng số đại biểu Hội đồng nhân dân: ${s}; số đại biểu có mặt: ${p}.`,
    ballots: (i: number, r: number, v: number, n: number) => `Số phiếu phát ra: ${i}; số phiếu thu vào: ${r}; số phiếu hợp lệ: ${v}; số phiếu không hợp lệ: ${n}.`,
    person: 'Họ và tên, chức vụ', outcome: 'Kết quả', exempt: (n: string, r: string) => `${n}: không lấy phiếu (${r}).`,
    announce: 'III. CÔNG BỐ KẾT QUẢ', corrections: 'Điều chỉnh', version: (v: number, r: string) => `Phiên bản ${v}: ${r}`,
    closing: 'Biên bản kiểm phiếu được lập và công bố trước kỳ họp.',
    signLeft: 'Các ủy viên', signRight: ['TM. Ban kiểm phiếu', 'Trưởng ban'], title: 'Biên bản kiểm phiếu', round: (n: number) => `(lần ${n})`,
    none: 'Kỳ họp chưa có cuộc bỏ phiếu nhân sự nào đã kết thúc.', body: 'Hội đồng nhân dân',
  },
  en: {
    opening: (time: string, day: string, place: string, session: number, council: string, term: string, kind: string, title: string) =>
      `At ${time} on ${day}${place ? `, at ${place}` : ''}, the counting committee of the ${session}th session of the ${council}, ${term}, counted the ballots of the ${kind.toLowerCase()}: ${title}.`,
    committee: 'I. COUNTING COMMITTEE', head: 'Head', member: 'Member', noCommittee: '(No counting committee recorded.)',
    results: 'II. RESULTS',
    seats: (s: number, p: number) => `Total council seats: ${s}; delegates present: ${p}.`,
    ballots: (i: number, r: number, v: number, n: number) => `Ballots issued: ${i}; returned: ${r}; valid: ${v}; invalid: ${n}.`,
    person: 'Full name and title', outcome: 'Result', exempt: (n: string, r: string) => `${n}: exempt (${r}).`,
    announce: 'III. ANNOUNCEMENT', corrections: 'Corrections', version: (v: number, r: string) => `Version ${v}: ${r}`,
    closing: 'This counting record was drawn up and announced to the session.',
    signLeft: 'Members', signRight: ['For the counting committee', 'Head'], title: 'Ballot-counting record', round: (n: number) => `(round ${n})`,
    none: 'The session has no closed personnel vote yet.', body: 'People’s Council',
  },
} as const;

function part(v: PersonnelView, lang: DocLang, ctx: { full: string; area: string; term: string; session: number; place: string; locality: string }): DocPart {
  const w = W[lang];
  const at = v.closedAt ?? v.openedAt ?? v.createdAt;
  const levels = KIND_LEVELS[v.kind];
  const heads = v.committee.filter((c) => c.role === 'head');
  const members = v.committee.filter((c) => c.role === 'member');
  const rated = v.people.filter((p) => p.result);
  const blocks: Block[] = [
    para(w.opening(clockTime(at, lang), dayDate(isoDay(at), lang), ctx.place, ctx.session, ctx.full, ctx.term, KIND_NAMES[lang][v.kind], v.title)),
    heading(w.committee),
    ...(v.committee.length
      ? v.committee.map((c, k) => para(`${k + 1}. ${c.fullName}${c.title ? `, ${c.title}` : ''} – ${c.role === 'head' ? w.head : w.member}.`))
      : [para(w.noCommittee)]),
    heading(w.results),
    para(w.seats(v.seats, v.present)),
    para(w.ballots(v.ballots.issued, v.ballots.returned, v.ballots.valid, v.ballots.invalid)),
    {
      kind: 'table',
      widths: [4, 26, ...levels.map(() => Math.floor(52 / levels.length)), 18],
      align: ['right', 'left', ...levels.map(() => 'right' as const), 'left'],
      rows: [
        ['', w.person, ...levels.map((l) => LEVEL_NAMES[lang][l].replace(/^./, (c) => c.toUpperCase())), w.outcome],
        ...rated.map((p, i) => [
          String(i + 1),
          `${p.fullName}${p.title ? `, ${p.title}` : ''} (${BODY_NAMES[lang][p.body]})`,
          ...levels.map((l) => `${p.counts[l]} (${p.result!.percent[lang][l]}%)`),
          p.result!.outcome === 'confidence' ? '' : OUTCOME_NAMES[lang][p.result!.outcome],
        ]),
      ],
    },
    ...v.people.filter((p) => !p.result).map((p) => para(w.exempt(p.fullName, p.exemptReason))),
    heading(w.announce),
    ...rated.map((p) => para([{ text: p.announcement![lang], bold: true }])),
  ];
  if (v.versions.length > 1) blocks.push(para([{ text: w.corrections, italic: true }]), ...v.versions.slice(1).map((x) => para(w.version(x.version, x.reason))));
  blocks.push(para(w.closing));
  return {
    header: { body: [w.body, ctx.area], number: docNumber('', 'BB-BKP', lang), placeDate: placeDate(ctx.locality, isoDay(at), lang) },
    title: w.title,
    subtitle: [`${KIND_NAMES[lang][v.kind]}: ${v.title}${v.round > 1 ? ` ${w.round(v.round)}` : ''}`, `${lang === 'vi' ? 'Kỳ họp thứ' : 'Session'} ${ctx.session}, ${ctx.full}`, ctx.term],
    blocks,
    signatures: {
      left: { titles: [w.signLeft], names: members.map((c) => c.fullName) },
      right: { titles: [...w.signRight], names: heads.map((c) => c.fullName) },
    },
  };
}

/** Counting records of the session's closed personnel votes; null when the session does not exist. */
export function personnelRecordModel(db: Db, sessionId: number, lang: DocLang = 'vi'): DocModel | null {
  const r = readRecord(db, sessionId);
  if (!r) return null;
  const { full, area } = councilNames(r.council.name);
  const ctx = { full, area, term: termLabel(r.session.term, r.session.startDate, lang), session: r.session.number, place: r.record.place, locality: r.record.locality };
  const votes = personnelSlices.personnel(db).filter((v) => v.sessionId === sessionId && v.status === 'closed');
  const parts = votes.map((v) => part(v, lang, ctx));
  if (parts.length === 0) {
    parts.push({
      header: { body: [W[lang].body, area], number: docNumber('', 'BB-BKP', lang), placeDate: placeDate(ctx.locality, null, lang) },
      title: W[lang].title,
      subtitle: [`${lang === 'vi' ? 'Kỳ họp thứ' : 'Session'} ${ctx.session}, ${full}`, ctx.term],
      blocks: [para(W[lang].none)],
      signatures: { right: { titles: [...W[lang].signRight], names: [] } },
    });
  }
  return { lang, parts, missing: [], fileName: `bien-ban-kiem-phieu-nhan-su-ky-hop-${ctx.session}.docx` };
}
