/**
 * The minutes of a session (biên bản kỳ họp, Nghị định 30/2020 Mẫu 1.9), or of one sitting,
 * written from the record in reading order. Vietnamese, and English for an English console.
 */
import { romanNumeral, termYears } from '../../../common/term';
import type { Db } from '../../store/db';
import type { Delegate } from '../../../common/roster/model';
import type { AgendaKind } from '../../../common/agenda/model';
import type { SpeechKind } from '../../../common/speakers/model';
import type { QuestionStatus } from '../../../common/questions/model';
import type { VoteView } from '../../../common/votes/result';
import type { PersonnelView } from '../../../common/personnel/model';
import type { PersonnelKind } from '../../../common/personnel/result';
import { resolutionName } from '../votes/announce';
import { elapsedMs } from '../../../common/timing/timer';
import { docNumber, placeDate, type DocLang } from '../../documents/nd30';
import { readRecord, termStartYear, type ItemEntry, type QuestionEntry, type SessionRecordData, type SittingEntry } from './read';
import { clockTime, dayDate, duration, heading, isoDay, para, type Block, type DocModel, type DocPart, type Missing, type Run } from '../../documents/blocks';

const LEVEL_WORD: Record<DocLang, Record<string, string>> = {
  vi: { province: 'tỉnh', district: 'huyện', commune: 'xã', other: '' },
  en: { province: 'province', district: 'district', commune: 'commune', other: '' },
};

/** "Hội đồng nhân dân huyện Đầm Hà" → { full, area: "huyện Đầm Hà" }, whatever abbreviation was typed. */
export function councilNames(name: string): { full: string; area: string } {
  const area = name.normalize('NFC').replace(/^\s*(Hội đồng nhân dân|HĐND)\s*/iu, '').trim();
  return { full: `Hội đồng nhân dân ${area}`.trim(), area };
}

/** "huyện Đầm Hà" → "Đầm Hà district" for English documents. */
export function englishArea(area: string, level: string): string {
  const word = LEVEL_WORD.vi[level];
  const bare = word && area.toLocaleLowerCase('vi').startsWith(`${word} `) ? area.slice(word.length + 1) : area;
  return word ? `${bare} ${LEVEL_WORD.en[level]}` : bare;
}

/** "khóa IV, nhiệm kỳ 2016–2021" / "term IV, 2016–2021". */
export function termLabel(term: number, startDate: string, lang: DocLang): string {
  const years = termYears(termStartYear(startDate));
  return lang === 'vi' ? `khóa ${romanNumeral(term)}, nhiệm kỳ ${years}` : `term ${romanNumeral(term)}, ${years}`;
}

const KIND_VERB: Record<DocLang, Partial<Record<AgendaKind, string>>> = {
  vi: {
    opening: 'khai mạc kỳ họp',
    report: 'trình bày báo cáo',
    submission: 'trình bày tờ trình',
    verification: 'trình bày báo cáo thẩm tra',
    discussion: 'điều hành thảo luận',
    questioning: 'điều hành phiên chất vấn',
    vote: 'điều hành biểu quyết',
    election: 'điều hành',
    closing: 'phát biểu bế mạc kỳ họp',
  },
  en: {
    opening: 'opened the session',
    report: 'presented the report',
    submission: 'presented the submission',
    verification: 'presented the verification report',
    discussion: 'led the discussion',
    questioning: 'led the questioning',
    vote: 'put the resolutions to the vote',
    election: 'led the proceedings',
    closing: 'closed the session',
  },
};

const SPEECH_KIND: Record<DocLang, Record<SpeechKind, string>> = {
  vi: { speech: 'phát biểu', secondSpeech: 'phát biểu lần hai', debateReply: 'tranh luận', pointOfOrder: 'phát biểu về thủ tục', explanation: 'giải trình' },
  en: { speech: 'spoke', secondSpeech: 'spoke a second time', debateReply: 'replied in debate', pointOfOrder: 'raised a point of order', explanation: 'explained' },
};

const METHOD: Record<DocLang, Record<VoteView['method'], string>> = {
  vi: { hands: 'biểu quyết bằng hình thức giơ tay', named: 'biểu quyết bằng hình thức ghi tên', secret: 'biểu quyết bằng hình thức bỏ phiếu kín' },
  en: { hands: 'by show of hands', named: 'by named vote', secret: 'by secret ballot' },
};

const T = {
  vi: {
    title: 'Biên bản',
    session: (n: number, council: string, term: string) => `Kỳ họp thứ ${n}, ${council}${term ? ` ${term}` : ''}`,
    sittingOf: (label: string) => `${label}`,
    I: 'I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
    II: 'II. NỘI DUNG, DIỄN BIẾN KỲ HỌP',
    III: 'III. KẾT THÚC KỲ HỌP',
    when: (n: number, council: string, from: string, to: string, place: string) =>
      `Kỳ họp thứ ${n}, ${council} được tổ chức ${from === to ? `ngày ${from}` : `từ ngày ${from} đến ngày ${to}`}${place ? `, tại ${place}` : ''}.`,
    opened: (time: string, day: string) => `Kỳ họp khai mạc vào hồi ${time}, ngày ${day}.`,
    chairs: 'Chủ tọa kỳ họp: ',
    secretaries: 'Thư ký kỳ họp: ',
    nobody: '(chưa cử)',
    sittingHead: (part: string, day: string) => `Phiên họp ${part} ngày ${day}`,
    parts: { morning: 'sáng', afternoon: 'chiều' },
    otherItems: 'Các nội dung khác',
    presided: (name: string) => `Chủ tọa điều hành phiên họp: ${name}.`,
    sittingTimes: (open: string, close: string | null) => `Phiên họp bắt đầu lúc ${open}${close ? `, kết thúc lúc ${close}` : ''}.`,
    rollCall: (p: number, t: number) => `Đại biểu có mặt: ${p}/${t} đại biểu Hội đồng nhân dân.`,
    excused: 'Vắng mặt có lý do: ',
    absent: 'Vắng mặt không có lý do: ',
    late: 'Đến muộn: ',
    left: 'Vắng mặt một phần thời gian: ',
    at: (time: string) => `lúc ${time}`,
    docRef: (n: string, d: string | null) => `${n ? `số ${n}` : ''}${d ? `${n ? ' ' : ''}ngày ${d}` : ''}`,
    ran: (from: string, to: string | null) => `(từ ${from}${to ? ` đến ${to}` : ''})`,
    speakers: (n: number) => `Có ${n} lượt phát biểu:`,
    comrade: 'Đồng chí ',
    group: (g: string) => `Tổ đại biểu ${g}`,
    spokeFor: (verb: string, d: string) => ` ${verb} (${d})`,
    questions: (n: number) => `Có ${n} câu hỏi chất vấn:`,
    asked: (asker: string, respondent: string) => `${asker} chất vấn ${respondent}: `,
    followUp: 'Chất vấn lại: ',
    answered: (who: string, d: string) => `${who} trả lời (${d}): `,
    outcome: (s: QuestionStatus, due: string | null) =>
      ({
        pending: 'Kết quả: chưa xử lý.',
        answered: 'Kết quả: đã trả lời tại kỳ họp.',
        written: `Kết quả: trả lời bằng văn bản${due ? ` trước ngày ${due}` : ''}.`,
        'next-session': 'Kết quả: chuyển trả lời tại kỳ họp sau.',
        withdrawn: 'Kết quả: đại biểu rút câu hỏi.',
      })[s],
    vote: (title: string, method: string) => `Hội đồng nhân dân ${method} thông qua ${title}. `,
    revote: (round: number) => `Biểu quyết lại (lần ${round}). `,
    corrected: (reason: string) => ` Kết quả đã được đính chính${reason ? `: ${reason}` : ''}.`,
    ballotRef: ' Kết quả kiểm phiếu được ghi tại biên bản kiểm phiếu kèm theo.',
    notAnnounced: ' (Chủ tọa chưa công bố kết quả.)',
    stillOpen: ' (Cuộc biểu quyết chưa kết thúc.)',
    looseVotes: 'Các nội dung biểu quyết khác',
    personnel: (kind: PersonnelKind, title: string) =>
      ({
        election: `Hội đồng nhân dân bỏ phiếu kín bầu chức danh ${title}.`,
        dismissal: `Hội đồng nhân dân bỏ phiếu kín miễn nhiệm, bãi nhiệm chức danh ${title}.`,
        confidence: `Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm («${title}») đối với người giữ chức vụ do Hội đồng nhân dân bầu.`,
      })[kind],
    personnelRound: (round: number) => `Bỏ phiếu lần ${round}. `,
    personnelBallots: (issued: number, returned: number, valid: number, invalid: number) =>
      ` Số phiếu phát ra: ${issued}; số phiếu thu vào: ${returned}; số phiếu hợp lệ: ${valid}; số phiếu không hợp lệ: ${invalid}.`,
    personnelExempt: (name: string, reason: string) => `${name} không lấy phiếu tín nhiệm (${reason}).`,
    personnelCountingRef: 'Kết quả kiểm phiếu được ghi tại biên bản kiểm phiếu của Ban kiểm phiếu kèm theo.',
    loosePersonnel: 'Công tác nhân sự',
    closedAt: (time: string, day: string) => `Kỳ họp kết thúc vào hồi ${time}, ngày ${day}.`,
    notClosed: 'Kỳ họp chưa kết thúc.',
    closing: 'Biên bản này được lập và thông qua trước khi bế mạc kỳ họp.',
    secretarySign: 'Thư ký kỳ họp',
    chairSign: 'Chủ tọa kỳ họp',
    chairsSign: 'TM. Đoàn chủ tọa',
    chairTitle: 'Chủ tọa',
    recipients: (level: string) => [`Thường trực HĐND ${level};`, `Các đại biểu HĐND ${level};`, 'Lưu: VT.'],
    missing: {
      place: 'Chưa nhập địa điểm kỳ họp.',
      chairs: 'Chưa chọn chủ tọa kỳ họp.',
      secretaries: 'Kỳ họp chưa có thư ký.',
      itemNote: (t: string) => `Mục «${t}» đã diễn ra nhưng chưa có tóm tắt nội dung.`,
      speechNote: (n: string, t: string) => `Phát biểu của ${n} (mục «${t}») chưa có tóm tắt.`,
      answerNote: (n: string) => `Phần trả lời của ${n} chưa có tóm tắt.`,
      document: (t: string) => `Mục «${t}» chưa có số và ngày văn bản.`,
      notAnnounced: (t: string) => `Biểu quyết «${t}» chưa được công bố kết quả.`,
      open: (t: string) => `Biểu quyết «${t}» chưa kết thúc.`,
      personnelNotAnnounced: (t: string) => `Kết quả bỏ phiếu «${t}» chưa được công bố.`,
      personnelOpen: (t: string) => `Cuộc bỏ phiếu «${t}» chưa kết thúc.`,
    },
  },
  en: {
    title: 'Minutes',
    session: (n: number, council: string, term: string) => `Session ${n}, ${council}${term ? `, ${term}` : ''}`,
    sittingOf: (label: string) => label,
    I: 'I. TIME, PLACE AND ATTENDANCE',
    II: 'II. PROCEEDINGS',
    III: 'III. CLOSE OF THE SESSION',
    when: (n: number, council: string, from: string, to: string, place: string) =>
      `Session ${n} of the ${council} was held ${from === to ? `on ${from}` : `from ${from} to ${to}`}${place ? ` at ${place}` : ''}.`,
    opened: (time: string, day: string) => `The session opened at ${time} on ${day}.`,
    chairs: 'Presiding: ',
    secretaries: 'Secretaries: ',
    nobody: '(not appointed)',
    sittingHead: (part: string, day: string) => `${part} sitting, ${day}`,
    parts: { morning: 'Morning', afternoon: 'Afternoon' },
    otherItems: 'Other business',
    presided: (name: string) => `Presiding: ${name}.`,
    sittingTimes: (open: string, close: string | null) => `The sitting began at ${open}${close ? ` and ended at ${close}` : ''}.`,
    rollCall: (p: number, t: number) => `Delegates present: ${p} of ${t}.`,
    excused: 'Absent with leave: ',
    absent: 'Absent without leave: ',
    late: 'Arrived late: ',
    left: 'Left during the sitting: ',
    at: (time: string) => `at ${time}`,
    docRef: (n: string, d: string | null) => `${n ? `No. ${n}` : ''}${d ? `${n ? ' ' : ''}of ${d}` : ''}`,
    ran: (from: string, to: string | null) => `(from ${from}${to ? ` to ${to}` : ''})`,
    speakers: (n: number) => `${n} ${n === 1 ? 'speech' : 'speeches'}:`,
    comrade: '',
    group: (g: string) => `delegate group ${g}`,
    spokeFor: (verb: string, d: string) => ` ${verb} (${d})`,
    questions: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}:`,
    asked: (asker: string, respondent: string) => `${asker} asked ${respondent}: `,
    followUp: 'Follow-up: ',
    answered: (who: string, d: string) => `${who} answered (${d}): `,
    outcome: (s: QuestionStatus, due: string | null) =>
      ({
        pending: 'Outcome: pending.',
        answered: 'Outcome: answered in the sitting.',
        written: `Outcome: written answer${due ? ` due ${due}` : ''}.`,
        'next-session': 'Outcome: to be answered at the next session.',
        withdrawn: 'Outcome: withdrawn by the delegate.',
      })[s],
    vote: (title: string, method: string) => `The council voted ${method} on ${title}. `,
    revote: (round: number) => `Revote (round ${round}). `,
    corrected: (reason: string) => ` The result was corrected${reason ? `: ${reason}` : ''}.`,
    ballotRef: ' The count is recorded in the attached ballot-counting record.',
    notAnnounced: ' (The chair has not announced the result.)',
    stillOpen: ' (The vote is still open.)',
    looseVotes: 'Other votes',
    personnel: (kind: PersonnelKind, title: string) =>
      ({
        election: `The council held a secret ballot to elect the ${title}.`,
        dismissal: `The council held a secret ballot on dismissal from the post of ${title}.`,
        confidence: `The council held a confidence vote (“${title}”) on the officials it elected.`,
      })[kind],
    personnelRound: (round: number) => `Round ${round}. `,
    personnelBallots: (issued: number, returned: number, valid: number, invalid: number) =>
      ` Ballots issued: ${issued}; returned: ${returned}; valid: ${valid}; invalid: ${invalid}.`,
    personnelExempt: (name: string, reason: string) => `${name} was not rated (${reason}).`,
    personnelCountingRef: 'The count is recorded in the counting committee’s record attached.',
    loosePersonnel: 'Personnel matters',
    closedAt: (time: string, day: string) => `The session closed at ${time} on ${day}.`,
    notClosed: 'The session has not closed yet.',
    closing: 'These minutes were drawn up and approved before the session closed.',
    secretarySign: 'Secretary of the session',
    chairSign: 'Presiding',
    chairsSign: 'For the presiding board',
    chairTitle: 'Presiding',
    recipients: (level: string) => [`Standing committee of the ${level} council;`, `Delegates of the ${level} council;`, 'Archive.'],
    missing: {
      place: 'The place of the session is not entered.',
      chairs: 'No one presides the session yet.',
      secretaries: 'The session has no secretary.',
      itemNote: (t: string) => `“${t}” ran but has no note.`,
      speechNote: (n: string, t: string) => `The speech of ${n} (“${t}”) has no note.`,
      answerNote: (n: string) => `The answer of ${n} has no note.`,
      document: (t: string) => `“${t}” has no document number and date.`,
      notAnnounced: (t: string) => `The vote on “${t}” has not been announced.`,
      open: (t: string) => `The vote on “${t}” is still open.`,
      personnelNotAnnounced: (t: string) => `The result of “${t}” has not been announced.`,
      personnelOpen: (t: string) => `The ballot “${t}” is still open.`,
    },
  },
};
type Words = (typeof T)['vi'];

/** "Nguyễn Văn A (Phó Chủ tịch UBND huyện, Tổ đại biểu số 2)". */
function who(d: Delegate | undefined, w: Words, o: { group?: boolean } = {}): string {
  if (!d) return '?';
  const extra = [d.title, d.agency, o.group && d.group ? w.group(d.group) : ''].filter((s) => s.trim() !== '');
  return `${d.fullName}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

const names = (list: Delegate[]) => list.map((d) => d.fullName).join(', ');

export interface MinutesOptions {
  lang: DocLang;
  /** Minutes of one sitting only. */
  sittingId?: number;
}

/** The minutes as blocks, with what is missing; null if there is no council or no such session. */
export function minutesModel(db: Db, sessionId: number, o: MinutesOptions): DocModel | null {
  const r = readRecord(db, sessionId, o.sittingId ? { sittingId: o.sittingId } : undefined);
  if (!r) return null;
  return composeMinutes(r, o);
}

export function composeMinutes(r: SessionRecordData, o: MinutesOptions): DocModel {
  const { lang } = o;
  const w = T[lang];
  const { full, area } = councilNames(r.council.name);
  const councilName = lang === 'vi' ? full : `People's Council of ${englishArea(area, r.council.level)}`;
  const term = termLabel(r.session.term, r.session.startDate, lang);
  const missing: Missing[] = [];
  const blocks: Block[] = [];
  const when = (ms: number) => clockTime(ms, lang);

  // I. Time, place, officers.
  blocks.push(heading(w.I));
  blocks.push(para(w.when(r.session.number, `${councilName}${lang === 'vi' ? ' ' : ', '}${term}`, dayDate(r.session.startDate, lang), dayDate(r.session.endDate, lang), r.record.place)));
  if (r.openedAt !== null) blocks.push(para(w.opened(when(r.openedAt), dayDate(isoDay(r.openedAt), lang))));
  blocks.push(para([{ text: w.chairs, bold: true }, { text: r.chairs.length ? r.chairs.map((d) => who(d, w)).join('; ') : w.nobody }, { text: '.' }]));
  blocks.push(para([{ text: w.secretaries, bold: true }, { text: r.secretaries.length ? r.secretaries.map((d) => who(d, w)).join('; ') : w.nobody }, { text: '.' }]));
  if (!r.record.place) missing.push({ text: w.missing.place, fix: { view: 'minutes-setup' } });
  if (r.chairs.length === 0) missing.push({ text: w.missing.chairs, fix: { view: 'minutes-setup' } });
  if (r.secretaries.length === 0) missing.push({ text: w.missing.secretaries, fix: { view: 'minutes-setup' } });

  // II. Proceedings, sitting by sitting.
  blocks.push(heading(w.II));
  let itemNo = 0;
  r.sittings.forEach((s, si) => {
    blocks.push(heading(`${si + 1}. ${sittingTitle(s, w, lang)}`));
    if (s.sitting) {
      if (s.presiding && r.chairs.length > 1) blocks.push(para(w.presided(s.presiding.fullName)));
      if (s.sitting.openedAt !== null) blocks.push(para(w.sittingTimes(when(s.sitting.openedAt), s.sitting.closedAt !== null ? when(s.sitting.closedAt) : null)));
    }
    if (s.rollCall) {
      const rc = s.rollCall;
      const runs: Run[] = [{ text: w.rollCall(rc.present, rc.totalSeats) }];
      if (rc.excused.length) runs.push({ text: ` ${w.excused}${names(rc.excused)}.` });
      if (rc.absent.length) runs.push({ text: ` ${w.absent}${names(rc.absent)}.` });
      if (rc.late.length) runs.push({ text: ` ${w.late}${rc.late.map((l) => `${l.person.fullName}${l.time ? ` (${w.at(l.time)})` : ''}`).join(', ')}.` });
      if (rc.left.length) runs.push({ text: ` ${w.left}${rc.left.map((l) => `${l.person.fullName}${l.time ? ` (${w.at(l.time)})` : ''}`).join(', ')}.` });
      blocks.push(para(runs));
    }
    for (const e of s.items) blocks.push(...itemBlocks(e, ++itemNo, r, w, lang, missing));
  });
  if (r.looseVotes.length > 0) {
    blocks.push(heading(w.looseVotes));
    for (const v of r.looseVotes) blocks.push(...voteBlocks(v, w, lang, missing));
  }
  if (r.loosePersonnel.length > 0) {
    blocks.push(heading(w.loosePersonnel));
    for (const v of r.loosePersonnel) blocks.push(...personnelBlocks(v, w, lang, missing));
  }

  // III. Close.
  blocks.push(heading(w.III));
  blocks.push(para(r.closedAt !== null ? w.closedAt(when(r.closedAt), dayDate(isoDay(r.closedAt), lang)) : w.notClosed));
  blocks.push(para(w.closing));

  const sittingOnly = o.sittingId ? r.sittings[0] : undefined;
  const level = LEVEL_WORD[lang][r.council.level] ?? '';
  const lastDay = r.closedAt !== null ? isoDay(r.closedAt) : sittingOnly?.sitting?.date ?? null;
  const part: DocPart = {
    header: {
      body: lang === 'vi' ? ['Hội đồng nhân dân', area] : ["People's Council", englishArea(area, r.council.level)],
      number: docNumber(r.record.minutesNumber, 'BB-HĐND', lang),
      placeDate: placeDate(r.record.locality, lastDay, lang),
    },
    title: w.title,
    // The term on its own line, so a long council name never leaves "2021" alone on a line.
    subtitle: [...(sittingOnly ? [sittingTitle(sittingOnly, w, lang)] : []), w.session(r.session.number, councilName, ''), term],
    blocks,
    signatures: {
      left: { titles: [w.secretarySign], names: r.secretaries.map((d) => d.fullName) },
      right:
        r.chairs.length > 1
          ? { titles: [w.chairsSign, w.chairTitle], names: [r.chairs[0].fullName] }
          : { titles: [w.chairSign], names: r.chairs.map((d) => d.fullName) },
      recipients: w.recipients(level),
    },
  };
  const suffix = sittingOnly?.sitting ? `-${sittingOnly.sitting.date}-${sittingOnly.sitting.part}` : '';
  return { lang, parts: [part], missing, fileName: `bien-ban-ky-hop-${r.session.number}${suffix}${lang === 'en' ? '-en' : ''}.docx` };
}

function sittingTitle(s: SittingEntry, w: Words, lang: DocLang): string {
  if (!s.sitting) return w.otherItems;
  return w.sittingHead(w.parts[s.sitting.part], dayDate(s.sitting.date, lang));
}

function itemBlocks(e: ItemEntry, no: number, r: SessionRecordData, w: Words, lang: DocLang, missing: Missing[]): Block[] {
  const out: Block[] = [];
  const { item, timing } = e;
  const segs = timing?.segments ?? [];
  const from = segs[0]?.startedAt;
  const last = segs[segs.length - 1];
  const to = last?.endedAt ?? null;
  const title: Run[] = [{ text: `${no}. ${item.title}`, bold: true }];
  if (from !== undefined) title.push({ text: ` ${w.ran(clockTime(from, lang), to !== null && timing?.status !== 'running' ? clockTime(to, lang) : null)}`, italic: true });
  // The title carries the item's note reference: the preview edits the note from there.
  out.push(para(title, { indent: true, note: { subject: 'item', id: item.id } }));

  const doc = e.document && (e.document.number || e.document.date) ? w.docRef(e.document.number, e.document.date ? dayDate(e.document.date, lang) : null) : '';
  const verb = KIND_VERB[lang][item.kind];
  if (item.presenter && verb) out.push(para(`${w.comrade}${item.presenter} ${verb}${doc ? ` ${doc}` : ''}.`));
  else if (doc) out.push(para(`${item.title} ${doc}.`));
  if ((item.kind === 'report' || item.kind === 'submission') && !doc) missing.push({ text: w.missing.document(item.title), fix: { view: 'minutes-setup' } });

  const note = r.notes.item[item.id];
  if (note) out.push(para(note));
  else if (segs.length > 0 && item.kind !== 'break') missing.push({ text: w.missing.itemNote(item.title), fix: { note: { subject: 'item', id: item.id } } });

  if (e.speeches.length > 0) {
    out.push(para(w.speakers(e.speeches.length)));
    for (const s of e.speeches) {
      const person = r.people.get(s.delegateId);
      const spoke = duration(elapsedMs(s, s.finishedAt ?? s.startedAt ?? 0), lang);
      const speechNote = r.notes.speech[s.id];
      out.push(
        para(
          [
            { text: '- ' },
            { text: `${w.comrade}${person?.fullName ?? '?'}`, bold: true },
            { text: personTail(person, w) },
            { text: w.spokeFor(SPEECH_KIND[lang][s.kind], spoke) },
            { text: speechNote ? `: ${speechNote}` : '.' },
          ],
          { note: { subject: 'speech', id: s.id } },
        ),
      );
      if (!speechNote) missing.push({ text: w.missing.speechNote(person?.fullName ?? '?', item.title), fix: { note: { subject: 'speech', id: s.id } } });
    }
  }

  if (e.questions.length > 0) {
    out.push(para(w.questions(e.questions.length)));
    for (const q of e.questions) out.push(...questionBlocks(q, r, w, lang, missing));
  }
  for (const v of e.votes) out.push(...voteBlocks(v, w, lang, missing));
  for (const v of e.personnel) out.push(...personnelBlocks(v, w, lang, missing));
  return out;
}

/** " (Phó Chủ tịch UBND, Tổ đại biểu số 2)" after a name shown in bold. */
function personTail(d: Delegate | undefined, w: Words): string {
  if (!d) return '';
  const extra = [d.title, d.agency, d.group ? w.group(d.group) : ''].filter((s) => s.trim() !== '');
  return extra.length ? ` (${extra.join(', ')})` : '';
}

function questionBlocks(e: QuestionEntry, r: SessionRecordData, w: Words, lang: DocLang, missing: Missing[]): Block[] {
  const q = e.question;
  const out: Block[] = [];
  const qNote = r.notes.question[q.id];
  out.push(
    para(
      [
        { text: '- ' },
        ...(q.parentId !== null ? [{ text: w.followUp, italic: true }] : []),
        { text: `${w.comrade}${e.asker?.fullName ?? '?'}`, bold: true },
        { text: personTail(e.asker, w) },
        { text: ` ${w.asked('', who(e.respondent, w)).trim()} ` },
        { text: q.text },
        { text: qNote ? ` ${qNote}` : '' },
      ],
      { note: { subject: 'question', id: q.id } },
    ),
  );
  if (e.answer) {
    const a = e.answer;
    const aNote = r.notes.answer[a.id];
    const took = duration(elapsedMs(a, a.endedAt ?? a.startedAt ?? 0), lang);
    out.push(para([{ text: w.answered(e.respondent?.fullName ?? '?', took), bold: false }, { text: aNote ?? '' }], { note: { subject: 'answer', id: a.id } }));
    if (!aNote) missing.push({ text: w.missing.answerNote(e.respondent?.fullName ?? '?'), fix: { note: { subject: 'answer', id: a.id } } });
  }
  out.push(para([{ text: w.outcome(q.status, q.dueDate ? dayDate(q.dueDate, lang) : null), italic: true }]));
  return out;
}

function voteBlocks(v: VoteView, w: Words, lang: DocLang, missing: Missing[]): Block[] {
  const title = resolutionName(v, lang);
  const runs: Run[] = [];
  if (v.round > 1) runs.push({ text: w.revote(v.round), italic: true });
  runs.push({ text: w.vote(title, METHOD[lang][v.method]) });
  if (v.status === 'closed') {
    runs.push({ text: v.announcement[lang] });
    const corrections = v.versions.filter((x) => x.version > 1);
    if (corrections.length > 0) runs.push({ text: w.corrected(corrections[corrections.length - 1].reason) });
    if (v.method === 'secret') runs.push({ text: w.ballotRef });
    if (v.announcedAt === null) {
      runs.push({ text: w.notAnnounced, italic: true });
      missing.push({ text: w.missing.notAnnounced(v.resolutionTitle), fix: { view: 'votes' } });
    }
  } else {
    runs.push({ text: w.stillOpen, italic: true });
    missing.push({ text: w.missing.open(v.resolutionTitle), fix: { view: 'votes' } });
  }
  return [para(runs)];
}

/**
 * An election, dismissal or confidence vote as the minutes tell it: what was voted on, the
 * ballots, each person's result in the announcement's own sentence, who was not rated and why,
 * and the reference to the counting committee's record (written in full by the `personnel`
 * document).
 */
function personnelBlocks(v: PersonnelView, w: Words, lang: DocLang, missing: Missing[]): Block[] {
  const runs: Run[] = [];
  if (v.round > 1) runs.push({ text: w.personnelRound(v.round), italic: true });
  runs.push({ text: w.personnel(v.kind, v.title) });
  if (v.status !== 'closed') {
    runs.push({ text: w.stillOpen, italic: true });
    missing.push({ text: w.missing.personnelOpen(v.title), fix: { view: 'personnel' } });
    return [para(runs)];
  }
  runs.push({ text: w.personnelBallots(v.ballots.issued, v.ballots.returned, v.ballots.valid, v.ballots.invalid) });
  const out: Block[] = [para(runs)];
  for (const p of v.people) {
    if (p.announcement) out.push(para([{ text: '- ' }, { text: p.announcement[lang] }]));
    else if (p.exemptReason) out.push(para([{ text: '- ' }, { text: w.personnelExempt(p.fullName, p.exemptReason), italic: true }]));
  }
  const corrections = v.versions.filter((x) => x.version > 1);
  if (corrections.length > 0) out.push(para(w.corrected(corrections[corrections.length - 1].reason).trim()));
  out.push(para([{ text: w.personnelCountingRef, italic: true }]));
  if (v.announcedAt === null) {
    out.push(para([{ text: w.notAnnounced.trim(), italic: true }]));
    missing.push({ text: w.missing.personnelNotAnnounced(v.title), fix: { view: 'personnel' } });
  }
  return out;
}
