/**
 * The replay test of issue 11: a scripted two-day session runs through the engine, every
 * document is generated, and the files are read back as a reader would (unzip + XML). Every
 * item, speaker, question and vote of the database appears exactly once, in order, with the
 * engine's own numbers and percentages. Generating never writes to the database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { formatPercent } from '../../../common/votes/rule';
import { readDocx } from '../../docx';
import { dumpDb } from '../helpers';
import { runScriptedSession } from './record-session';
import { outlineNumbers } from '../../../common/agenda/outline';
import { announcement, announcementParts, announcements } from '../../../common/votes/announce';

type Session = ReturnType<typeof runScriptedSession>;
let s: Session;
let minutes: ReturnType<typeof readDocx>;
let minutesEn: ReturnType<typeof readDocx>;
let ballots: ReturnType<typeof readDocx>;
let notice: ReturnType<typeof readDocx>;
let before: ReturnType<typeof dumpDb>;

/** Where each needle first appears in the text, after checking it appears exactly once. */
function onceEach(text: string, needles: string[]): number[] {
  return needles.map((n) => {
    const count = text.split(n).length - 1;
    expect(count, `"${n}" appears ${count} times`).toBe(1);
    return text.indexOf(n);
  });
}
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] < x);

beforeAll(async () => {
  s = runScriptedSession();
  before = dumpDb(s.db);
  const read = async (doc: 'minutes' | 'ballots' | 'notice', lang: 'vi' | 'en' = 'vi') => readDocx((await reportFile(s.db, { doc, sessionId: s.sessionId, lang }))!.bytes);
  minutes = await read('minutes');
  minutesEn = await read('minutes', 'en');
  ballots = await read('ballots');
  notice = await read('notice');
}, 60_000);

describe('the minutes of a replayed two-day session', () => {
  it('the script is the size the issue asks for', () => {
    expect(s.items.length).toBeGreaterThanOrEqual(20);
    expect(s.speeches.length).toBeGreaterThanOrEqual(30);
    const methods = new Set(s.engine.current.votes.map((v) => v.method));
    expect([...methods].sort()).toEqual(['hands', 'named', 'secret']);
    expect(s.engine.current.votes.some((v) => !v.result.passed)).toBe(true);
    expect(s.engine.current.votes.some((v) => v.versions.length > 1)).toBe(true);
  });

  it('generating every document wrote nothing to the database', () => {
    expect(dumpDb(s.db)).toEqual(before);
  });

  it('has every agenda item once, by its number in the programme, in the order they ran', () => {
    const rows = s.db
      .prepare(`SELECT a.id, a.title, a.parent_id AS parentId FROM agenda_item a JOIN sitting t ON t.id = a.sitting_id ORDER BY t.date, t.part = 'afternoon', a.position`)
      .all() as { id: number; title: string; parentId: number | null }[];
    // "9. …": the item's number in the programme's outline, as the Agenda and Live views give it.
    const numbers = outlineNumbers(s.db.prepare('SELECT id, parent_id AS parentId FROM agenda_item ORDER BY position, id').all() as { id: number; parentId: number | null }[]);
    const headings = rows.map((r) => `${numbers.get(r.id)}. ${r.title}`);
    const at = headings.map((h) => {
      const found = minutes.paragraphs.filter((p) => p.text.startsWith(h));
      expect(found, h).toHaveLength(1);
      return minutes.paragraphs.indexOf(found[0]);
    });
    expect(ascending(at)).toBe(true);
  });

  it('has every speech once, in the order spoken, with speaker, note and time used', () => {
    const rows = s.db
      .prepare(
        `SELECT s.id, d.full_name AS name, s.accumulated_ms AS ms FROM speech s JOIN delegate d ON d.id = s.delegate_id
         WHERE s.status = 'done' ORDER BY s.first_started_at`,
      )
      .all() as { id: number; name: string; ms: number }[];
    expect(rows).toHaveLength(s.speeches.length);
    const notes = new Map(s.speeches.map((x) => [x.id, x.note]));
    const paras = rows.map((r) => {
      const found = minutes.paragraphs.filter((p) => p.text.includes(notes.get(r.id)!));
      expect(found).toHaveLength(1);
      const minutesUsed = Math.floor(Math.round(r.ms / 1000) / 60);
      expect(found[0].text).toContain(`Đồng chí ${r.name}`);
      expect(found[0].text).toContain(`(${minutesUsed}\u00a0phút`);
      return minutes.paragraphs.indexOf(found[0]);
    });
    expect(ascending(paras)).toBe(true);
  });

  it('has every question once in the order asked, the follow-up marked, the written answer with its due date', () => {
    const rows = s.db.prepare('SELECT text, parent_id, status, due_date FROM question ORDER BY asked_at').all() as {
      text: string;
      parent_id: number | null;
      status: string;
      due_date: string | null;
    }[];
    expect(ascending(onceEach(minutes.text, rows.map((r) => r.text)))).toBe(true);
    const followUp = rows.find((r) => r.parent_id !== null)!;
    // Marked by its verb, as a Vietnamese minutes writes it: "Đồng chí A (…) chất vấn lại đồng chí B (…): …",
    // where "Chất vấn lại: Đồng chí A … chất vấn đồng chí B" said "chất vấn" twice in one line.
    const line = minutes.paragraphs.find((p) => p.text.includes(followUp.text))!.text;
    expect(line).toMatch(/^- Đồng chí [^:]+\) chất vấn lại đồng chí [^:]+\): /u);
    expect(line).not.toContain('Chất vấn lại: ');
    // English says it by its verb too: "A (…) followed up with B (…): …".
    expect(minutesEn.paragraphs.find((p) => p.text.includes(followUp.text))!.text).toMatch(/^- [^:]+\) followed up with [^:]+\): /u);
    // Counted apart in the heading, as the review and the console count them.
    const n = rows.filter((r) => r.parent_id === null).length;
    expect(minutes.text).toContain(`Có ${n} câu hỏi chất vấn và 1 câu chất vấn lại:`);
    const written = rows.find((r) => r.status === 'written')!;
    const [y, m, d] = written.due_date!.split('-');
    expect(minutes.text).toContain(`Kết quả: trả lời bằng văn bản trước ngày ${d}/${m}/${y}.`);
    // Each answer's note once.
    onceEach(minutes.text, ['Do vướng mắc về giá đất bồi thường', 'Phòng Tài nguyên và Môi trường chịu trách nhiệm chính', 'Ưu tiên các xã vùng cao']);
  });

  it('has every vote once, in order, with the engine’s announcement, counts and percentages', () => {
    const votes = s.engine.current.votes.filter((v) => v.sessionId === s.sessionId);
    expect(votes).toHaveLength(6);
    const at = onceEach(minutes.text, votes.map((v) => announcements(v).vi));
    expect(ascending(at)).toBe(true);
    for (const v of votes) {
      // The same figures, worked out again from the counts: for/total seats, half-up, decimal comma.
      const pct = formatPercent(v.tally.for, v.result.base, 'vi');
      expect(announcements(v).vi).toContain(`Có ${v.tally.for}/${v.result.base} ${v.method === 'secret' ? 'phiếu' : 'đại biểu'} tán thành, chiếm ${pct}%`);
    }
    const failed = votes.find((v) => !v.result.passed)!;
    expect(announcements(failed).vi).toContain('không được Hội đồng nhân dân thông qua');
    expect(minutes.text).toContain('Biểu quyết lại (lần 2).');
    // With the counts it replaced: the minutes print only the corrected ones, and a reader asked what changed.
    expect(minutes.text).toContain('Kết quả đã được đính chính (trước khi đính chính: 27 tán thành, 3 không tán thành, 3 không biểu quyết): Thư ký đếm nhầm số đại biểu tán thành.');
  });

  it('records each sitting’s roll call, presiding chair and the closing time', () => {
    onceEach(minutes.text, ['Phiên họp sáng ngày 17/12/2019', 'Phiên họp chiều ngày 17/12/2019', 'Phiên họp sáng ngày 18/12/2019', 'Phiên họp chiều ngày 18/12/2019']);
    expect(minutes.text).toContain('Đại biểu có mặt: 34/35 đại biểu Hội đồng nhân dân.');
    expect(minutes.text).toContain('Đại biểu có mặt: 33/35 đại biểu Hội đồng nhân dân.');
    expect(minutes.text).toMatch(/Vắng mặt không có lý do: [^.]+\./);
    expect(minutes.text).toContain('Chủ tọa điều hành phiên họp: Hoàng Văn Thạch.');
    expect(minutes.text).toMatch(/Kỳ họp kết thúc vào hồi \d+\u00a0giờ \d\d\u00a0phút, ngày 18\/12\/2019\./);
    expect(minutes.text).toContain('tại Hội trường Huyện ủy Đầm Hà');
  });

  it('keeps Vietnamese names as NFC, unchanged', () => {
    for (const name of ['Nguyễn Thị Ngọc Ánh', 'Lương Xuân Quý']) expect(minutes.text).toContain(name.normalize('NFC'));
    expect(minutes.text).toBe(minutes.text.normalize('NFC'));
  });

  it('the English minutes have the same record with translated headings', () => {
    expect(minutesEn.text).toContain('MINUTES');
    expect(minutesEn.text).toContain('II. PROCEEDINGS');
    expect(minutesEn.text).toContain("Session 11, People’s Council of Đầm Hà district\nterm IV, 2016–2021");
    const votes = s.engine.current.votes.filter((v) => v.sessionId === s.sessionId);
    // The announcement as a record tells it, in the past ("was therefore adopted").
    expect(ascending(onceEach(minutesEn.text, votes.map((v) => announcement(v, 'en', 'past'))))).toBe(true);
    onceEach(minutesEn.text, s.speeches.map((x) => x.note));
  });
});

describe('the counting record and the results notice', () => {
  it('a counting record for the secret ballot, with the ballots, counts, percentages and the committee', () => {
    const secret = s.engine.current.votes.find((v) => v.method === 'secret')!;
    const t = secret.tally;
    expect(ballots.text).toContain('BIÊN BẢN KIỂM PHIẾU');
    for (const [label, n] of [
      ['Số phiếu phát ra', t.issued],
      ['Số phiếu thu vào', t.returned],
      ['Số phiếu hợp lệ', t.valid],
      ['Số phiếu không hợp lệ', t.invalid],
    ] as const) {
      expect(ballots.paragraphs.some((p, i) => p.text === label && ballots.paragraphs[i + 1]?.text === String(n)), label).toBe(true);
    }
    const forRow = ballots.paragraphs.findIndex((p) => p.text === 'Số phiếu tán thành');
    expect(ballots.paragraphs.slice(forRow + 1, forRow + 3).map((p) => p.text)).toEqual([String(t.for), secret.result.percent.vi.for]);
    // The count, then the verdict as a paragraph of its own (it goes overleaf with the signatures).
    const { count, verdict } = announcementParts(secret, 'vi');
    onceEach(ballots.text, [`${count}\n${verdict}`]);
    expect(ballots.text).toContain('– Trưởng ban.');
    expect(ballots.text).toContain('TM. BAN KIỂM PHIẾU');
  });

  it('the notice lists each adopted resolution once with its number and count, and the questioning in figures', () => {
    const votes = s.engine.current.votes.filter((v) => v.sessionId === s.sessionId && !s.engine.current.votes.some((x) => x.revoteOf === v.id));
    expect(votes.every((v) => v.result.passed)).toBe(true);
    const lines = votes.map((v) => `${v.resolutionTitle} (số\u00a0${v.resolutionNumber}): ${v.tally.for}/${v.result.base}`);
    onceEach(notice.text, lines);
    expect(notice.text).toContain('THÔNG BÁO');
    // Only the outcomes that happened: no "0 câu hỏi chuyển kỳ họp sau, 0 câu hỏi được rút".
    // Who asked how many of whom, as a sentence reads: never "3 đại biểu chất vấn 3 người trả lời với 3 câu hỏi".
    expect(notice.text).toContain('Có 3 đại biểu đặt 3 câu hỏi chất vấn và 1 câu chất vấn lại đối với 3 người bị chất vấn; 2 câu hỏi đã được trả lời tại kỳ họp, 1 câu hỏi được trả lời bằng văn bản.');
    expect(notice.text).not.toMatch(/\b0 câu hỏi/);
  });
});
