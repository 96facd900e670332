/**
 * The results notice (thông báo kết quả kỳ họp) in English, for a partner or an interpreter: every
 * sentence of the Vietnamese one, in the English minutes' words, read back from the DOCX; no
 * Vietnamese left but the names and titles the council gave. The Vietnamese notice stays word for
 * word as it was. Before, `lang=en` changed only the notice's list of what was missing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { noticeModel } from '../../../electron/features/record/ballots';
import { readDocx } from '../../docx';
import { itemUnderWay, newEngine, ok } from '../helpers';
import { runScriptedSession } from './record-session';

type Session = ReturnType<typeof runScriptedSession>;
let s: Session;
const paragraphs = async (lang: 'vi' | 'en', db = s.db, sessionId = s.sessionId) => readDocx((await reportFile(db, { doc: 'notice', sessionId, lang }))!.bytes).paragraphs.map((p) => p.text);

/**
 * The replayed two-day session of a 35-seat district council (its resolutions adopted, one by
 * secret ballot, a questioning sitting, an election), then a resolution the council rejected,
 * presented by the people's committee, and a confidence vote with one official exempt.
 */
beforeAll(() => {
  s = runScriptedSession(':memory:', { full: true });
  const { engine, people } = s;
  const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về việc điều chỉnh địa giới hành chính xã Quảng Lâm', resolutionNumber: '50/NQ-HĐND', method: 'hands', presentedBy: 'UBND huyện' }).id;
  ok(engine, 'vote.open', { id, present: 33 });
  ok(engine, 'vote.tally', { id, for: 12, against: 15, abstain: 6 });
  ok(engine, 'vote.close', { id });
  ok(engine, 'vote.announce', { id });
  const rated = people.slice(0, 7);
  const honorific = (i: number) => (engine.current.delegates.find((d) => d.id === rated[i])!.fullName.includes(' Thị ') ? 'ms' : 'mr');
  const conf = ok(engine, 'personnel.prepare', {
    kind: 'confidence',
    title: 'Lấy phiếu tín nhiệm năm 2019',
    people: rated.map((delegateId, i) => ({ delegateId, body: i < 3 ? 'council' : 'committee', honorific: honorific(i), exemptReason: i === 6 ? 'Nghỉ hưu từ tháng 01/2020' : '' })),
  }).id;
  ok(engine, 'personnel.committee', { id: conf, head: people[6], members: [people[7], people[8]] });
  ok(engine, 'personnel.open', { id: conf, present: 33 });
  ok(engine, 'personnel.ballots', { id: conf, issued: 33, returned: 33, valid: 33, invalid: 0 });
  const lines: [number, number, number][] = [[25, 6, 2], [20, 8, 5], [10, 5, 18], [5, 4, 24], [28, 5, 0], [27, 6, 0]];
  const ratedPeople = engine.current.personnel.find((v) => v.id === conf)!.people.filter((p) => !p.exemptReason);
  ok(engine, 'personnel.count', { id: conf, lines: ratedPeople.map((p, i) => ({ personId: p.id, counts: { high: lines[i][0], medium: lines[i][1], low: lines[i][2] } })) });
  ok(engine, 'personnel.close', { id: conf });
  ok(engine, 'personnel.announce', { id: conf });
}, 60_000);

/** The Vietnamese notice of this session as it was before the English one was written. */
const VIETNAMESE = [
  'HỘI ĐỒNG NHÂN DÂN',
  'HUYỆN ĐẦM HÀ',
  '',
  'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-HĐND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  'Đầm Hà, ngày 18 tháng 12 năm 2019',
  'THÔNG BÁO',
  'Kết quả Kỳ họp thứ 11, Hội đồng nhân dân huyện Đầm Hà',
  'khóa IV, nhiệm kỳ 2016–2021',
  '',
  'Hội đồng nhân dân huyện Đầm Hà khóa IV, nhiệm kỳ 2016–2021 tổ chức Kỳ họp thứ 11 từ ngày 17/12/2019 đến ngày 18/12/2019 tại Hội trường Huyện ủy Đầm Hà. Đại biểu Hội đồng nhân dân có mặt: 34/35 tại phiên khai mạc và phiên bế mạc. Thường trực Hội đồng nhân dân thông báo kết quả kỳ họp như sau:',
  'I. CÁC NGHỊ QUYẾT ĐÃ ĐƯỢC THÔNG QUA',
  '1. Nghị quyết về dự toán ngân sách năm 2020 (số\u00a045/NQ-HĐND): 30/35 đại biểu tán thành, chiếm 85,71%.',
  '2. Nghị quyết về kế hoạch đầu tư công năm 2020 (số\u00a046/NQ-HĐND): 28/35 đại biểu tán thành, chiếm 80,00%.',
  '3. Nghị quyết về chương trình giám sát năm 2020 (số\u00a047/NQ-HĐND): 29/35 đại biểu tán thành, chiếm 82,86%.',
  '4. Nghị quyết về kế hoạch tổ chức các kỳ họp năm 2020 (số\u00a048/NQ-HĐND): 31/35 đại biểu tán thành, chiếm 88,57%.',
  '5. Nghị quyết xác nhận kết quả bầu bổ sung Ủy viên UBND huyện (số\u00a049/NQ-HĐND): 29/35 phiếu tán thành, chiếm 82,86%.',
  'II. CÁC NỘI DUNG CHƯA ĐƯỢC THÔNG QUA',
  '1. Nghị quyết về việc điều chỉnh địa giới hành chính xã Quảng Lâm (số\u00a050/NQ-HĐND) (Tờ trình của UBND huyện): 12/35 đại biểu tán thành, chiếm 34,29%.',
  'III. CÔNG TÁC NHÂN SỰ',
  '1. Hội đồng nhân dân bỏ phiếu kín bầu bổ sung chức vụ Ủy viên Ủy ban nhân dân huyện.',
  '- Bà Phạm Thị Hồng Nhung được 26/35 phiếu đồng ý, chiếm 74,29% tổng số đại biểu Hội đồng nhân dân. Như vậy, bà Phạm Thị Hồng Nhung đã trúng cử chức vụ Ủy viên Ủy ban nhân dân huyện.',
  '- Ông Đinh Công Sơn được 5/35 phiếu đồng ý, chiếm 14,29% tổng số đại biểu Hội đồng nhân dân. Như vậy, ông Đinh Công Sơn không trúng cử.',
  '2. Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm năm 2019 đối với người giữ chức vụ do Hội đồng nhân dân bầu.',
  '- Ông Lương Xuân Quý, Chủ tịch HĐND huyện, được 25/35 phiếu tín nhiệm cao, chiếm 71,43% tổng số đại biểu Hội đồng nhân dân; 6/35 phiếu tín nhiệm, chiếm 17,14%; 2/35 phiếu tín nhiệm thấp, chiếm 5,71%.',
  '- Bà Nguyễn Thị Ngọc Ánh được 20/35 phiếu tín nhiệm cao, chiếm 57,14% tổng số đại biểu Hội đồng nhân dân; 8/35 phiếu tín nhiệm, chiếm 22,86%; 5/35 phiếu tín nhiệm thấp, chiếm 14,29%.',
  '- Ông Hoàng Văn Thạch được 10/35 phiếu tín nhiệm cao, chiếm 28,57% tổng số đại biểu Hội đồng nhân dân; 5/35 phiếu tín nhiệm, chiếm 14,29%; 18/35 phiếu tín nhiệm thấp, chiếm 51,43%. Ông Hoàng Văn Thạch có trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp, có thể xin từ chức; nếu không xin từ chức thì Hội đồng nhân dân bỏ phiếu tín nhiệm.',
  '- Ông Nguyễn Văn An được 5/35 phiếu tín nhiệm cao, chiếm 14,29% tổng số đại biểu Hội đồng nhân dân; 4/35 phiếu tín nhiệm, chiếm 11,43%; 24/35 phiếu tín nhiệm thấp, chiếm 68,57%. Ông Nguyễn Văn An có từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp; cơ quan có thẩm quyền trình Hội đồng nhân dân miễn nhiệm.',
  '- Bà Trần Thị Bình được 28/35 phiếu tín nhiệm cao, chiếm 80,00% tổng số đại biểu Hội đồng nhân dân; 5/35 phiếu tín nhiệm, chiếm 14,29%; 0/35 phiếu tín nhiệm thấp, chiếm 0,00%.',
  '- Ông Lê Đức Chiến được 27/35 phiếu tín nhiệm cao, chiếm 77,14% tổng số đại biểu Hội đồng nhân dân; 6/35 phiếu tín nhiệm, chiếm 17,14%; 0/35 phiếu tín nhiệm thấp, chiếm 0,00%.',
  '- Ông Phạm Minh Dũng không lấy phiếu tín nhiệm (nghỉ hưu từ tháng 01/2020).',
  'IV. HOẠT ĐỘNG CHẤT VẤN',
  'Có 12 đại biểu đặt 21 câu hỏi chất vấn và 1 câu chất vấn lại đối với 3 người bị chất vấn; 20 câu hỏi đã được trả lời tại kỳ họp, 1 câu hỏi được trả lời bằng văn bản.',
  '',
  'Nơi nhận:',
  '- Thường trực Huyện ủy;',
  '- UBND huyện;',
  '- Các đại biểu HĐND huyện;',
  '- Các cơ quan thông tin đại chúng;',
  '- Lưu: VT.',
  '',
  'TM. THƯỜNG TRỰC HĐND',
  'CHỦ TỊCH',
  'Lương Xuân Quý',
];

describe('the results notice in English', () => {
  it('leaves the Vietnamese notice word for word as it was', async () => {
    expect(await paragraphs('vi')).toEqual(VIETNAMESE);
  }, 30_000);

  it('says every sentence of the Vietnamese one, in the English minutes’ words', async () => {
    const en = await paragraphs('en');
    // One paragraph for each of the Vietnamese notice's, in the same order.
    expect(en).toHaveLength(VIETNAMESE.length);
    expect(en).toEqual([
      "PEOPLE’S COUNCIL",
      'ĐẦM HÀ DISTRICT',
      '',
      'No. \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TB-HĐND',
      'SOCIALIST REPUBLIC OF VIET NAM',
      'Independence - Freedom - Happiness',
      '',
      'Đầm Hà, 18\u00a0December 2019',
      'NOTICE',
      "Results of Session 11, People’s Council of Đầm Hà district",
      'term IV, 2016–2021',
      '',
      "Session 11 of the People’s Council of Đầm Hà district, term IV, 2016–2021 was held from 17\u00a0December 2019 to 18\u00a0December 2019 at Hội trường Huyện ủy Đầm Hà. Council delegates present: 34 of 35 at the opening and closing sittings. The Standing Committee of the People’s Council announces the results of the session as follows:",
      'I. RESOLUTIONS ADOPTED',
      '1. Nghị quyết về dự toán ngân sách năm 2020 (No.\u00a045/NQ-HĐND): 30 of 35 delegates in favour, 85.71%.',
      '2. Nghị quyết về kế hoạch đầu tư công năm 2020 (No.\u00a046/NQ-HĐND): 28 of 35 delegates in favour, 80.00%.',
      '3. Nghị quyết về chương trình giám sát năm 2020 (No.\u00a047/NQ-HĐND): 29 of 35 delegates in favour, 82.86%.',
      '4. Nghị quyết về kế hoạch tổ chức các kỳ họp năm 2020 (No.\u00a048/NQ-HĐND): 31 of 35 delegates in favour, 88.57%.',
      // The secret ballot counts ballots, as the English counting record does.
      '5. Nghị quyết xác nhận kết quả bầu bổ sung Ủy viên UBND huyện (No.\u00a049/NQ-HĐND): in favour, 29 of 35 (82.86%).',
      'II. MATTERS NOT ADOPTED',
      '1. Nghị quyết về việc điều chỉnh địa giới hành chính xã Quảng Lâm (No.\u00a050/NQ-HĐND) (submitted by UBND huyện): 12 of 35 delegates in favour, 34.29%.',
      'III. PERSONNEL MATTERS',
      '1. The council held a secret ballot to elect an additional Ủy viên Ủy ban nhân dân huyện.',
      '- Ms Phạm Thị Hồng Nhung: in favour, 26 of 35 (74.29% of the total number of council delegates). Ms Phạm Thị Hồng Nhung was therefore elected Ủy viên Ủy ban nhân dân huyện.',
      '- Mr Đinh Công Sơn: in favour, 5 of 35 (14.29% of the total number of council delegates). Mr Đinh Công Sơn was therefore not elected.',
      '2. The council held a confidence vote (“Lấy phiếu tín nhiệm năm 2019”) on the officials it elected.',
      expect.stringMatching(/^- Mr Lương Xuân Quý, Chủ tịch HĐND huyện: high confidence, 25 of 35 \(71\.43% of the total number of council delegates\); confidence, 6 of 35 \(17\.14%\); low confidence, 2 of 35 \(5\.71%\)\.$/),
      expect.stringMatching(/^- Ms Nguyễn Thị Ngọc Ánh: high confidence, 20 of 35/),
      expect.stringMatching(/^- Mr Hoàng Văn Thạch: high confidence, 10 of 35 .* Mr Hoàng Văn Thạch was rated low confidence by more than half of the total number of council delegates and may resign; otherwise the council holds a binding vote of confidence\.$/),
      expect.stringMatching(/^- Mr Nguyễn Văn An: high confidence, 5 of 35 .* Mr Nguyễn Văn An was rated low confidence by two thirds or more of the total number of council delegates; the competent body is to propose the dismissal to the council\.$/),
      expect.stringMatching(/^- Ms Trần Thị Bình: high confidence, 28 of 35/),
      expect.stringMatching(/^- Mr Lê Đức Chiến: high confidence, 27 of 35/),
      '- Mr Phạm Minh Dũng was not rated (nghỉ hưu từ tháng 01/2020).',
      'IV. QUESTIONING',
      '12 delegates put 21 questions and 1 follow-up to 3 officials; 20 questions were answered at the session, 1 question is to be answered in writing.',
      '',
      'Recipients:',
      // The bodies by their names, as an English reader writes them; "Các cơ quan thông tin đại chúng" are agencies.
      '- Standing Committee of the district Party Committee;',
      "- People’s Committee of the district;",
      "- Delegates of the district People’s Council;",
      '- Press and media agencies;',
      '- Archive.',
      '',
      // Held to wrap "FOR THE / STANDING COMMITTEE" in its half of the page, never "COMMITTEE" alone.
      'FOR THE STANDING\u00a0COMMITTEE',
      'CHAIR',
      'Lương Xuân Quý',
    ]);
  }, 30_000);

  it('leaves no Vietnamese word but the names and titles the council gave', async () => {
    const { engine } = s;
    const given = [
      'Đầm Hà',
      s.engine.current.record!.place,
      ...engine.current.delegates.flatMap((d) => [d.fullName, d.title, d.agency]),
      ...engine.current.votes.flatMap((v) => [v.resolutionTitle, v.resolutionNumber, v.presentedBy]),
      ...engine.current.personnel.flatMap((v) => [v.title, ...v.people.map((p) => p.exemptReason)]),
      // The document's symbol in the office's register, kept in English as the minutes' "BB-HĐND" is.
      'TB-HĐND',
    ].filter((x): x is string => !!x && x.trim() !== '');
    let left = (await paragraphs('en')).join('\n');
    for (const g of [...new Set(given)].sort((a, b) => b.length - a.length)) left = left.replace(new RegExp(g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), '');
    // Anything outside ASCII and the typography the documents use is a Vietnamese letter.
    expect(left.match(/[^\x00-\x7F\u00a0’“”–]/gu)).toBeNull();
    expect(left).not.toMatch(/\b(?:Ong|Ba|khoa|nhiem|phieu|dai bieu|ky hop|xa|huyen|tinh|HDND|UBND)\b/);
  }, 30_000);

  it('words the questioning, the sections and the recipients of other sessions in English too', async () => {
    // A commune's one-day session: a resolution rejected by secret ballot, questions registered and none put.
    const { engine, db } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
    const sessionId = ok(engine, 'session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-07-10', endDate: '2026-07-10' }).id;
    const ids = Array.from({ length: 30 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu ${i + 1}` }).id);
    const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const { itemId } = itemUnderWay(engine, { title: 'Phiên chất vấn', kind: 'questioning' });
    for (const text of ['Đường liên thôn?', 'Trường mầm non?']) ok(engine, 'question.register', { askerId: ids[4], respondentId, text, agendaItemId: itemId });
    ok(engine, 'item.finish', { id: itemId });
    const v = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán', method: 'secret' }).id;
    ok(engine, 'record.setCounters', { voteId: v, counters: [ids[10]] });
    ok(engine, 'vote.open', { id: v, present: 29 });
    ok(engine, 'vote.tally', { id: v, issued: 29, returned: 29, valid: 29, invalid: 0, for: 10, against: 15, abstain: 4 });
    ok(engine, 'vote.close', { id: v });
    ok(engine, 'vote.announce', { id: v });
    const en = await paragraphs('en', db, sessionId);
    expect(en).toContain("Session 2 of the People’s Council of Lương Sơn commune, term I, 2026–2031 was held on 10\u00a0July 2026. The Standing Committee of the People’s Council announces the results of the session as follows:");
    expect(en).toContain('The session adopted no resolution.');
    expect(en).toContain('II. MATTERS NOT ADOPTED');
    expect(en).toContain('1. Nghị quyết về dự toán: in favour, 10 of 30 (33.33%).');
    expect(en).toContain('III. QUESTIONING');
    expect(en).toContain('2 questions were registered but not put at the session, and sent to the responsible bodies for a written answer.');
    expect(en).toContain('- Standing Committee of the commune Party Committee;');
    expect(en).toContain("- People’s Committee of the commune;");
    expect(en).toContain("- Delegates of the commune People’s Council;");
    // The file is named as the other English documents are.
    expect((await reportFile(db, { doc: 'notice', sessionId, lang: 'en' }))!.fileName).toBe('thong-bao-ket-qua-ky-hop-2-en.docx');
    expect((await reportFile(db, { doc: 'notice', sessionId, lang: 'vi' }))!.fileName).toBe('thong-bao-ket-qua-ky-hop-2.docx');
  }, 30_000);

  it('says there was no questioning, and what it waits for, in English', () => {
    const { engine, db } = newEngine();
    ok(engine, 'council.save', { name: 'Hội đồng nhân dân Đặc khu Côn Đảo', level: 'other', term: 1, totalSeats: 20 });
    const sessionId = ok(engine, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-07-10', endDate: '2026-07-11' }).id;
    const model = noticeModel(db, sessionId, 'en')!;
    expect(model.lang).toBe('en');
    const text = model.parts[0].blocks.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : 'text' in b ? b.text : ''));
    expect(text).toContain('II. QUESTIONING');
    expect(text).toContain('There was no questioning at the session.');
    // A council of no level has no Party or people's committee of a level to send it to.
    expect(model.parts[0].signatures?.recipients).toEqual(["Delegates of the People’s Council;", 'Press and media agencies;', 'Archive.']);
    expect(model.missing.map((m) => m.text)).toEqual(['The place of the session is not entered.', 'No one presides the session yet.']);
  });
});
