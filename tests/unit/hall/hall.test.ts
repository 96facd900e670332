import { describe, expect, it } from 'vitest';
import { EMBLEM_MAX_BYTES } from '../../../common/hall/model';
import { changedSlices, dumpDb, newEngine, ok, seedBasics, tempDir, refused } from '../helpers';
import path from 'node:path';

/** A real 1×1 PNG. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

describe('hall screen commands', () => {
  it('starts in automatic mode, dark, with no emblem', () => {
    const { engine } = newEngine();
    expect(engine.current.hall).toEqual({ mode: 'auto', voteId: null, message: '', countdown: null, theme: 'dark', modeSetAt: 0, showQuestionText: false, attendance: null });
    expect(engine.current.hallEmblem).toEqual({ dataUrl: null });
  });

  it('switches modes and publishes only the hall slice', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const updates: string[][] = [];
    engine.subscribe((u) => updates.push(changedSlices(u)));
    for (const mode of ['agenda', 'speakers', 'emblem', 'blank', 'auto'] as const) {
      ok(engine, 'hall.setMode', { mode });
      expect(engine.current.hall.mode).toBe(mode);
    }
    expect(updates.every((u) => u.length === 1 && u[0] === 'hall')).toBe(true);
  });

  it('shows a chosen past vote and remembers which one', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về giá đất', method: 'hands' }).id;
    expect(refused(engine, 'hall.setMode', { mode: 'vote' }).code).toBe('hall-vote-required');
    // A vote that does not exist (or belongs to another session) is refused, as by hall.setVote.
    expect(refused(engine, 'hall.setMode', { mode: 'vote', voteId: vote + 99 }).code).toBe('not-found');
    ok(engine, 'hall.setMode', { mode: 'vote', voteId: vote });
    expect(engine.current.hall).toMatchObject({ mode: 'vote', voteId: vote });
    ok(engine, 'hall.setMode', { mode: 'agenda' });
    ok(engine, 'hall.setMode', { mode: 'vote' });
    expect(engine.current.hall).toMatchObject({ mode: 'vote', voteId: vote });
  });

  it('shows a typed message with a countdown started on the engine clock', () => {
    const { engine, clock } = newEngine();
    expect(refused(engine, 'hall.setMode', { mode: 'message' })).toMatchObject({
      code: 'hall-no-message',
      en: 'There is no message yet. Type the message first.',
    });
    const at = clock();
    ok(engine, 'hall.setMessage', { message: '  Giải lao 15 phút  ', countdownMinutes: 15 });
    expect(engine.current.hall).toMatchObject({
      mode: 'message',
      message: 'Giải lao 15 phút',
      countdown: { startedAt: at, accumulatedMs: 0, limitMs: 15 * 60_000 },
    });
    // A message corrected without minutes keeps the countdown's clock; 0 takes it down.
    clock.advance(60_000);
    ok(engine, 'hall.setMode', { mode: 'agenda' });
    ok(engine, 'hall.setMessage', { message: 'Giải lao 15 phút, mời đại biểu dùng trà' });
    expect(engine.current.hall).toMatchObject({ mode: 'message', countdown: { startedAt: at, accumulatedMs: 0, limitMs: 15 * 60_000 } });
    ok(engine, 'hall.setMessage', { message: 'Mời đại biểu về chỗ ngồi', countdownMinutes: 0 });
    expect(engine.current.hall).toMatchObject({ mode: 'message', countdown: null });
  });

  it('refuses bad input with a readable sentence and changes nothing', () => {
    const { engine, db } = newEngine();
    ok(engine, 'hall.setMessage', { message: 'Xin chào' });
    const before = dumpDb(db);
    expect(refused(engine, 'hall.setMode', { mode: 'video' }).en).toMatch(/^Screen mode must be one of: auto, agenda/);
    expect(refused(engine, 'hall.setMessage', { message: '   ' }).en).toBe('Message must not be empty.');
    expect(refused(engine, 'hall.setMessage', { message: 'x', countdownMinutes: 181 }).en).toBe('Countdown (minutes) must be at most 180.');
    expect(refused(engine, 'hall.setTheme', { theme: 'blue' }).code).toBe('invalid');
    expect(dumpDb(db)).toEqual(before);
  });

  it('keeps the theme and mode across a restart', () => {
    const file = path.join(tempDir(), 'hall.sqlite');
    const first = newEngine(file);
    ok(first.engine, 'hall.setTheme', { theme: 'light' });
    ok(first.engine, 'hall.setMode', { mode: 'emblem' });
    first.db.close();
    const second = newEngine(file);
    expect(second.engine.current.hall).toMatchObject({ mode: 'emblem', theme: 'light' });
  });
});

describe('the roll call reported on the hall', () => {
  it('is refused in a sentence before any roll call, and changes nothing', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    expect(refused(engine, 'hall.attendance', { show: true }, 'no-roll-call')).toMatchObject({
      en: 'No sitting’s roll call is open. Start the roll call first.',
      vi: 'Chưa mở điểm danh cho phiên họp nào. Hãy bắt đầu điểm danh trước.',
    });
  });

  it('is refused while a vote or a ballot is open, which the hall shows until it closes, and changes nothing', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'attendance.open', { label: 'Phiên khai mạc' });
    const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote, present: 50 });
    expect(refused(engine, 'hall.attendance', { show: true }, 'hall-attendance-vote-open')).toMatchObject({
      en: 'The vote “Nghị quyết về dự toán ngân sách năm 2027” is open and the hall shows it until it is closed. Report the attendance once the vote is closed.',
      vi: 'Đang biểu quyết «Nghị quyết về dự toán ngân sách năm 2027», màn hình hội trường hiển thị cuộc biểu quyết cho đến khi kết thúc. Hãy báo cáo điểm danh sau khi kết thúc biểu quyết.',
    });
    ok(engine, 'vote.close', { id: vote });
    ok(engine, 'hall.attendance', { show: true });
    // Taking it down is never refused.
    ok(engine, 'vote.remove', { id: ok(engine, 'vote.create', { resolutionTitle: 'x', method: 'hands' }).id });
    ok(engine, 'hall.attendance', { show: false });
  });

  it('goes up in automatic mode from any mode, and down again; both move the hall on, and both survive a restart', () => {
    const file = path.join(tempDir(), 'hall.sqlite');
    const first = newEngine(file);
    seedBasics(first.engine);
    const rollCallId = ok(first.engine, 'attendance.open', { label: 'Phiên khai mạc' }).id;
    ok(first.engine, 'hall.setMode', { mode: 'emblem' });
    first.clock.advance(5000);
    const up = first.clock();
    ok(first.engine, 'hall.attendance', { show: true });
    expect(first.engine.current.hall).toMatchObject({ mode: 'auto', attendance: { at: up, rollCallId }, modeSetAt: up });
    first.db.close();
    const second = newEngine(file);
    expect(second.engine.current.hall).toMatchObject({ mode: 'auto', attendance: { at: up, rollCallId } });
    second.clock.advance(60_000);
    const down = second.clock();
    ok(second.engine, 'hall.attendance', { show: false });
    expect(second.engine.current.hall).toMatchObject({ mode: 'auto', attendance: null, modeSetAt: down });
  });
});

describe('emblem upload', () => {
  it('stores a PNG or JPEG and gives it back as a data URL', () => {
    const { engine, db } = newEngine();
    ok(engine, 'hall.setEmblem', { dataUrl: PNG });
    expect(engine.current.hallEmblem.dataUrl).toBe(PNG);
    const row = db.prepare('SELECT mime, length(data) AS size FROM hall_emblem').get();
    expect(row).toEqual({ mime: 'image/png', size: 70 });
    const jpeg = `data:image/jpeg;base64,${JPEG_BYTES.toString('base64')}`;
    ok(engine, 'hall.setEmblem', { dataUrl: jpeg });
    expect(engine.current.hallEmblem.dataUrl).toBe(jpeg);
    ok(engine, 'hall.clearEmblem', {});
    expect(engine.current.hallEmblem.dataUrl).toBeNull();
  });

  it('refuses SVG, a mislabelled file and an oversized image, changing nothing', () => {
    const { engine, db } = newEngine();
    ok(engine, 'hall.setEmblem', { dataUrl: PNG });
    const before = dumpDb(db);
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;
    expect(refused(engine, 'hall.setEmblem', { dataUrl: svg }).en).toBe('The emblem must be a PNG or JPEG image.');
    // JPEG bytes declared as PNG: the first bytes decide, not the label.
    expect(refused(engine, 'hall.setEmblem', { dataUrl: `data:image/png;base64,${JPEG_BYTES.toString('base64')}` }).code).toBe('emblem-type');
    expect(refused(engine, 'hall.setEmblem', { dataUrl: 'data:image/png;base64,not base64!' }).code).toBe('emblem-type');
    const big = Buffer.alloc(EMBLEM_MAX_BYTES + 1, 0);
    JPEG_BYTES.copy(big);
    expect(refused(engine, 'hall.setEmblem', { dataUrl: `data:image/jpeg;base64,${big.toString('base64')}` })).toMatchObject({
      code: 'emblem-too-large',
      en: 'The emblem image is larger than 256 KB; use a smaller image.',
    });
    expect(dumpDb(db)).toEqual(before);
    expect(engine.current.hallEmblem.dataUrl).toBe(PNG);
  });
});

describe('the roll call reported on the hall is the sitting’s the chair is in', () => {
  /** Day one's morning taken and closed; day two's morning under way, its first item running. */
  function dayTwo() {
    const { engine } = newEngine();
    seedBasics(engine);
    const day1 = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const day2 = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const first = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', sittingId: day1 }).id;
    const second = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', sittingId: day2 }).id;
    const rollCall1 = ok(engine, 'attendance.open', { sittingId: day1 }).id;
    ok(engine, 'item.start', { id: first });
    ok(engine, 'item.finish', { id: first });
    ok(engine, 'sitting.close', { id: day1 });
    ok(engine, 'item.start', { id: second });
    return { engine, day1, day2, rollCall1 };
  }

  it('is refused in one sentence while that sitting’s roll call is not taken: day one’s figures are not put up', () => {
    const { engine, rollCall1 } = dayTwo();
    expect(engine.current.attendance.currentId).toBe(rollCall1);
    expect(refused(engine, 'hall.attendance', { show: true }, 'hall-attendance-not-taken')).toMatchObject({
      en: 'The roll call of the morning sitting of 9 Dec 2026 has not been taken, so there is no attendance of it to report on the hall screen.',
      vi: 'Chưa điểm danh phiên họp buổi sáng 09/12/2026 nên chưa có kết quả điểm danh để báo cáo lên màn hình hội trường.',
    });
    expect(engine.current.hall.attendance).toBeNull();
  });

  it('reports that sitting’s roll call once taken, even with day one’s selected to look back at', () => {
    const { engine, day2, rollCall1 } = dayTwo();
    const rollCall2 = ok(engine, 'attendance.open', { sittingId: day2 }).id;
    ok(engine, 'attendance.select', { id: rollCall1 });
    ok(engine, 'hall.attendance', { show: true });
    expect(engine.current.hall.attendance).toMatchObject({ rollCallId: rollCall2 });
    expect(engine.current.attendance.currentId).toBe(rollCall2);
  });

  it('between sittings is the next sitting’s: refused before its roll call, its own after', () => {
    const { engine, day2 } = dayTwo();
    const running = engine.current.timing.items.find((i) => i.status === 'running')!.id;
    ok(engine, 'item.finish', { id: running });
    ok(engine, 'sitting.close', { id: day2 });
    const day3 = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    refused(engine, 'hall.attendance', { show: true }, 'hall-attendance-not-taken');
    const rollCall3 = ok(engine, 'attendance.open', { sittingId: day3 }).id;
    ok(engine, 'hall.attendance', { show: true });
    expect(engine.current.hall.attendance).toMatchObject({ rollCallId: rollCall3 });
  });
});
