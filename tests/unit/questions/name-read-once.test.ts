import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/store/db';
import { newEngine, ok, seedBasics } from '../helpers';

/** How many times `fn` asks the connection for `sql` (the statement cache hands back each one it runs). */
function timesAsked(db: Db, sql: string, fn: () => void): number {
  const prepare = db.prepare;
  let n = 0;
  db.prepare = ((text: string) => {
    if (text === sql) n++;
    return prepare.call(db, text);
  }) as Db['prepare'];
  try {
    fn();
  } finally {
    db.prepare = prepare;
  }
  return n;
}

const DELEGATE_BY_ID = 'SELECT * FROM delegate WHERE id = ?';
const RESPONDENT_BY_ID = 'SELECT id, delegate_id, agency FROM respondent WHERE id = ?';

function latestJournalAbout(db: Db): unknown {
  const payload = db.prepare('SELECT payload FROM journal ORDER BY revision DESC LIMIT 1').pluck().get() as string;
  return (JSON.parse(payload) as { about?: unknown }).about;
}

describe('a questioning command names its person once', () => {
  it('reads the asker, then the respondent, once per command for the undo label and the journal alike', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', voting: true }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false, title: 'Giám đốc Sở Tài nguyên và Môi trường' }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở TN&MT' }).id;
    ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Đề nghị cho biết tiến độ cấp giấy chứng nhận' });

    expect(timesAsked(db, DELEGATE_BY_ID, () => ok(engine, 'question.next'))).toBe(1);
    expect(engine.current.undo.questions).toMatchObject({ action: 'next', subject: 'Nguyễn Văn Dũng' });
    expect(latestJournalAbout(db)).toEqual({ who: 'Nguyễn Văn Dũng' });

    expect(timesAsked(db, DELEGATE_BY_ID, () => ok(engine, 'question.toggle'))).toBe(1);
    expect(engine.current.undo.questions).toMatchObject({ action: 'start', subject: 'Nguyễn Văn Dũng' });
    expect(latestJournalAbout(db)).toEqual({ step: 'start', on: 'question', who: 'Nguyễn Văn Dũng' });

    let reads = 0;
    const delegateReads = timesAsked(db, DELEGATE_BY_ID, () => {
      reads = timesAsked(db, RESPONDENT_BY_ID, () => ok(engine, 'answer.start'));
    });
    expect(delegateReads).toBe(1);
    // The respondent the slip names, read once for the name (no respondent sent, none to check).
    expect(reads).toBe(1);
    expect(engine.current.undo.questions).toMatchObject({ action: 'answer', subject: 'Phạm Minh Chính' });
    expect(latestJournalAbout(db)).toEqual({ who: 'Phạm Minh Chính' });

    expect(timesAsked(db, DELEGATE_BY_ID, () => ok(engine, 'question.toggle'))).toBe(1);
    expect(latestJournalAbout(db)).toEqual({ step: 'start', on: 'answer', who: 'Phạm Minh Chính' });
  });
});
