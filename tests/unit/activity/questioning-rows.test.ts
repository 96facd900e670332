/**
 * Activity's questioning rows name whose question or answer each step was, as recorded when the
 * command ran (`about`); a row written before they recorded it reads as before.
 */
import { describe as group, expect, it } from 'vitest';
import { readActivity } from '../../../electron/features/activity/store';
import { describe, namesFrom } from '../../../src/features/activity/activity';
import { newEngine, ok, seedBasics } from '../helpers';

function questioning() {
  const { engine, db, clock } = newEngine();
  seedBasics(engine);
  const add = (fullName: string, voting: boolean) => ok(engine, 'delegate.add', { fullName, voting }).id;
  const asker = add('Nguyễn Văn An', true);
  const r = ok(engine, 'respondent.add', { delegateId: add('Bùi Quang Huy', false) }).id;
  const q = ok(engine, 'question.register', { askerId: asker, respondentId: r, text: 'Tiến độ cấp giấy chứng nhận?' }).id;
  ok(engine, 'question.next');
  ok(engine, 'question.toggle');
  ok(engine, 'question.extend', { seconds: 30 });
  clock.advance(60_000);
  ok(engine, 'question.toggle');
  ok(engine, 'question.stop');
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  ok(engine, 'question.extend', { seconds: 60 });
  ok(engine, 'question.mark', { ids: [q], status: 'answered' });
  ok(engine, 'question.followUp', { parentId: q, text: 'Thời hạn?' });
  // A later rename does not change what the record says happened.
  ok(engine, 'delegate.update', { id: asker, fullName: 'Nguyễn Văn Bình' });
  return { engine, db };
}

group('Activity: questioning', () => {
  it('names the asker or respondent and what happened, in both languages', () => {
    const { engine, db } = questioning();
    const a = readActivity(db);
    const names = namesFrom(engine.current, a.sittings);
    const rows = (lang: 'vi' | 'en') =>
      a.entries.filter((e) => /^(question|answer)\./.test(e.type) && e.type !== 'question.register').map((e) => describe(e, names, lang)).reverse();
    expect(rows('vi')).toEqual([
      'Mời Nguyễn Văn An chất vấn',
      'Bắt đầu tính giờ câu hỏi của Nguyễn Văn An',
      'Thêm 30 giây cho câu hỏi của Nguyễn Văn An',
      'Tạm dừng tính giờ câu hỏi của Nguyễn Văn An',
      'Kết thúc câu hỏi của Nguyễn Văn An',
      'Mời Bùi Quang Huy trả lời chất vấn',
      'Bắt đầu tính giờ trả lời của Bùi Quang Huy',
      'Thêm 60 giây cho phần trả lời của Bùi Quang Huy',
      'Đánh dấu đã trả lời tại phiên họp: câu hỏi của Nguyễn Văn An',
      'Nguyễn Văn An chất vấn lại',
    ]);
    expect(rows('en')).toEqual([
      'Called Nguyễn Văn An to ask a question',
      'Started timing the question of Nguyễn Văn An',
      'Gave the question of Nguyễn Văn An 30 more seconds',
      'Paused the question of Nguyễn Văn An',
      'Ended the question of Nguyễn Văn An',
      'Called Bùi Quang Huy to answer',
      'Started timing the answer of Bùi Quang Huy',
      'Gave the answer of Bùi Quang Huy 60 more seconds',
      'Marked answered in the sitting: the question of Nguyễn Văn An',
      'Follow-up question by Nguyễn Văn An',
    ]);
  });

  it('reads a row written before it recorded whose step it was as before', () => {
    const { engine } = newEngine();
    const names = namesFrom(engine.current, []);
    expect(describe({ type: 'question.toggle', payload: {} }, names, 'vi')).toBe('Chất vấn: bắt đầu hoặc tạm dừng tính giờ');
    expect(describe({ type: 'question.mark', payload: { ids: [1], status: 'answered' } }, names, 'vi')).toBe('Chất vấn: đánh dấu');
  });
});
