/** Sentences of the minutes that depend on what the office typed or how long something ran. */
import { describe, expect, it } from 'vitest';
import { duration } from '../../../electron/documents/blocks';
import { personnelOpening } from '../../../electron/features/record/minutes';

import { minutesWords } from '../../../electron/features/record/minutes-strings';
import type { PersonnelView } from '../../../common/personnel/model';
import { minutesModel } from '../../../electron/features/record/minutes';
import { newEngine, ok, seedBasics } from '../helpers';

const vote = (kind: PersonnelView['kind'], title: string) => ({ kind, title }) as PersonnelView;
const opening = (kind: PersonnelView['kind'], title: string, lang: 'vi' | 'en') => personnelOpening(vote(kind, title), minutesWords[lang], lang);

describe('durations in the minutes', () => {
  it('count hours past the hour instead of "233 phút"', () => {
    expect(duration((3 * 3600 + 53 * 60 + 34) * 1000, 'vi')).toBe('3 giờ 53 phút 34 giây');
    expect(duration((3 * 3600 + 53 * 60 + 34) * 1000, 'en')).toBe('3 h 53 min 34 s');
    expect(duration(2 * 3600 * 1000, 'vi')).toBe('2 giờ');
    expect(duration((3600 + 5) * 1000, 'en')).toBe('1 h 5 s');
    expect(duration((5 * 60 + 10) * 1000, 'vi')).toBe('5 phút 10 giây');
    expect(duration(7 * 60 * 1000, 'en')).toBe('7 min');
    expect(duration(400, 'vi')).toBe('0 giây');
    expect(duration(42_000, 'en')).toBe('42 s');
  });
});

describe('a personnel vote’s opening sentence', () => {
  it('takes in a confidence vote’s title that already says so, instead of quoting it after the same words', () => {
    expect(opening('confidence', 'Lấy phiếu tín nhiệm năm 2026', 'vi')).toBe(
      'Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm năm 2026 đối với người giữ chức vụ do Hội đồng nhân dân bầu.',
    );
    // The title says whom, so the sentence does not say it twice.
    expect(opening('confidence', 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu', 'vi')).toBe(
      'Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu.',
    );
  });

  it('quotes any other title as before, and leaves elections and dismissals alone', () => {
    expect(opening('confidence', 'Kỳ họp giữa năm', 'vi')).toBe(
      'Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm («Kỳ họp giữa năm») đối với người giữ chức vụ do Hội đồng nhân dân bầu.',
    );
    expect(opening('confidence', 'Lấy phiếu tín nhiệm năm 2026', 'en')).toBe('The council held a confidence vote (“Lấy phiếu tín nhiệm năm 2026”) on the officials it elected.');
    expect(opening('election', 'Phó Chủ tịch HĐND huyện', 'vi')).toBe('Hội đồng nhân dân bỏ phiếu kín bầu chức vụ Phó Chủ tịch HĐND huyện.');
  });
});

describe('the minutes’ signatures', () => {
  it('sign "Secretaries of the session" above two names in English, and "Thư ký kỳ họp" above one or several', () => {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    const people = ['Lương Xuân Quý', 'Nguyễn Thị Ngọc Ánh', 'Hoàng Văn Thạch'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
    /** The titles above the secretaries' names. */
    const secretaryTitles = (lang: 'vi' | 'en') => {
      const json = JSON.stringify(minutesModel(db, sessionId, { lang, now: Date.now() }));
      return [...json.matchAll(/"titles":\["([^"]*)"\],"names":\[([^\]]*)\]/g)].map((m) => m[1]);
    };
    ok(engine, 'record.setOfficers', { chairs: [people[0]], secretaries: [people[1]] });
    expect(secretaryTitles('en')).toContain('Secretary of the session');
    ok(engine, 'record.setOfficers', { chairs: [people[0]], secretaries: [people[1], people[2]] });
    expect(secretaryTitles('en')).toContain('Secretaries of the session');
    expect(secretaryTitles('en')).not.toContain('Secretary of the session');
    expect(secretaryTitles('vi')).toContain('Thư ký kỳ họp');
  });
});
