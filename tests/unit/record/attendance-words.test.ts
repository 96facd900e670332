/**
 * One mark, one name: what the hall's attendance report, the console's roll call, the review and
 * the minutes call the same thing, in both languages. The hall said "Total delegates", "Not yet
 * arrived" and "Left early" where the counting record said "Total council seats", the minutes "Not
 * arrived" and "Vắng mặt một phần thời gian / Left during the sitting", and the console "Not arrived
 * yet" and "Left 10:40": a secretary reading the report aloud and then the minutes met three names
 * for one delegate's mark. The documents' legal wording wins where there is one ("Tổng số đại biểu
 * Hội đồng nhân dân", HĐND abbreviated on the screens).
 */
import { describe, expect, it } from 'vitest';
import * as hall from '../../../src/features/roster/strings';
import * as live from '../../../src/lib/i18n/live';
import * as core from '../../../src/lib/i18n/en';
import { vi as coreVi } from '../../../src/lib/i18n/vi';
import * as review from '../../../common/review/strings';
import { minutesWords } from '../../../electron/features/record/minutes-strings';
import { countingRecordWords } from '../../../electron/features/personnel/report-strings';

const langs = ['vi', 'en'] as const;
/** Spaces as a reader sees them, the label without its colon or time, HĐND spelled out. */
const said = (s: string) => s.replace(/\u00a0/g, ' ').replace(/ ?\{time\}|: ?$/g, '').replace('HĐND', 'Hội đồng nhân dân').trim();

describe.each(langs)('attendance words (%s)', (lang) => {
  const words = { hall: hall[lang], live: live[lang], review: review[lang], minutes: minutesWords[lang] };

  it('a delegate not yet arrived is called one way on the hall, in the roll call, the review and the minutes', () => {
    expect(new Set([words.hall['hall.att.notArrived'], words.live['att.status.notArrived'], words.review['review.col.notArrived'], words.minutes.notArrived].map(said))).toEqual(
      new Set([lang === 'vi' ? 'Chưa đến' : 'Not yet arrived']),
    );
  });

  it('a delegate who left early, and one who arrived late, likewise', () => {
    expect(new Set([words.hall['hall.att.left'], words.hall['att.status.left'], words.review['review.col.left'], words.minutes.left].map(said))).toEqual(new Set([lang === 'vi' ? 'Về sớm' : 'Left early']));
    expect(new Set([words.hall['att.status.late'], words.review['review.col.late'], words.minutes.late].map(said))).toEqual(new Set([lang === 'vi' ? 'Đến muộn' : 'Arrived late']));
  });

  it('an absent delegate, with and without leave: one word on the screens (roll call, hall), the formal one in the documents (minutes, review)', () => {
    // A screen is read at a glance and from the hall, so it says "Vắng"; a document keeps the formal
    // "Vắng mặt" of a minutes' attendance paragraph. English has one pair for both.
    const screens = { excused: [words.hall['hall.att.excused'], words.hall['att.status.excused']], absent: [words.hall['hall.att.absent'], words.hall['att.status.absent']] };
    const documents = { excused: [words.minutes.excused, words.review['review.col.excused']], absent: [words.minutes.absent, words.review['review.col.absent']] };
    const one = (list: string[]) => [...new Set(list.map(said))];
    expect(one(screens.excused)).toEqual([lang === 'vi' ? 'Vắng có lý do' : 'Absent with leave']);
    expect(one(screens.absent)).toEqual([lang === 'vi' ? 'Vắng không có lý do' : 'Absent without leave']);
    expect(one(documents.excused)).toEqual([lang === 'vi' ? 'Vắng mặt có lý do' : 'Absent with leave']);
    expect(one(documents.absent)).toEqual([lang === 'vi' ? 'Vắng mặt không có lý do' : 'Absent without leave']);
  });

  it('the seats: the hall’s tile and the council’s form say what the counting record says', () => {
    const record = countingRecordWords[lang].seats.split(':')[0];
    expect(record).toBe(lang === 'vi' ? 'Tổng số đại biểu Hội đồng nhân dân' : 'Total council seats');
    expect(said(words.hall['hall.att.total'])).toBe(record);
    expect(said((lang === 'vi' ? coreVi : core.en)['council.totalSeats'])).toBe(record);
  });
});
