/**
 * The minutes' CHỦ TỌA and the results notice's TM. THƯỜNG TRỰC HĐND are signed as the review report
 * is (common/record/signer.ts): with nobody on the presiding board, the roster's council chair
 * ("Chủ tịch HĐND …"), else a dotted line to write the name by hand; never titles over nothing.
 */
import { describe, expect, it } from 'vitest';
import { NAME_BY_HAND } from '../../../common/record/signer';
import { reportModel } from '../../../electron/documents/index';
import { newEngine, ok, seedBasics } from '../helpers';

describe('who signs the minutes and the notice as presiding', () => {
  it('with nobody on the presiding board: the roster’s council chair, else a line to sign by hand; the board first once chosen', () => {
    const e = newEngine();
    const { sessionId } = seedBasics(e.engine);
    const signer = (doc: 'minutes' | 'notice', lang: 'vi' | 'en' = 'vi') => reportModel(e.db, { doc, sessionId, lang }, e.clock())!.parts[0].signatures!.right!.names;
    ok(e.engine, 'delegate.add', { fullName: 'Bùi Văn Khánh', title: 'Phó Chủ tịch HĐND tỉnh' });
    ok(e.engine, 'delegate.add', { fullName: 'Nguyễn Phi Long', title: 'Chủ tịch UBND tỉnh', voting: false });
    expect(signer('minutes')).toEqual([NAME_BY_HAND]);
    expect(signer('minutes', 'en')).toEqual([NAME_BY_HAND]);
    expect(signer('notice')).toEqual([NAME_BY_HAND]);
    ok(e.engine, 'delegate.add', { fullName: 'Bùi Đức Hinh', title: 'Chủ tịch Hội đồng nhân dân tỉnh' });
    expect(signer('minutes')).toEqual(['Bùi Đức Hinh']);
    expect(signer('minutes', 'en')).toEqual(['Bùi Đức Hinh']);
    expect(signer('notice')).toEqual(['Bùi Đức Hinh']);
    const chair = ok(e.engine, 'delegate.add', { fullName: 'Lương Xuân Quý' }).id;
    ok(e.engine, 'record.setOfficers', { chairs: [chair] });
    expect(signer('minutes')).toEqual(['Lương Xuân Quý']);
    expect(signer('notice')).toEqual(['Lương Xuân Quý']);
  });
});

describe('the review’s guess and the documents’ signer', () => {
  it('are the same person on every council: board chosen or not, roster with or without its chair, a vice chair only', () => {
    const e = newEngine();
    const { sessionId } = seedBasics(e.engine);
    const signed = (doc: 'minutes' | 'notice') => reportModel(e.db, { doc, sessionId, lang: 'vi' }, e.clock())!.parts[0].signatures!.right!.names[0];
    const guessed = () => {
      const id = e.engine.current.reviewSigner!.guessId;
      return id === null ? null : e.engine.current.delegates.find((d) => d.id === id)!.fullName;
    };
    const agree = (expected: string | null) => {
      expect(guessed()).toBe(expected);
      expect(signed('minutes')).toBe(expected ?? NAME_BY_HAND);
      expect(signed('notice')).toBe(expected ?? NAME_BY_HAND);
    };
    // An empty roster, then a vice chair and the people's committee's chair only: nobody to guess.
    agree(null);
    const vice = ok(e.engine, 'delegate.add', { fullName: 'Bùi Văn Khánh', title: 'Phó Chủ tịch HĐND tỉnh' }).id;
    ok(e.engine, 'delegate.add', { fullName: 'Nguyễn Phi Long', title: 'Chủ tịch UBND tỉnh', voting: false });
    agree(null);
    // The vice chair on the presiding board, the roster still without its chair: the board.
    ok(e.engine, 'record.setOfficers', { chairs: [vice] });
    agree('Bùi Văn Khánh');
    // The council's chair on the roster, the board set: still the board's first.
    const chair = ok(e.engine, 'delegate.add', { fullName: 'Bùi Đức Hinh', title: 'Chủ tịch Hội đồng nhân dân tỉnh' }).id;
    agree('Bùi Văn Khánh');
    // The board emptied: the roster's chair.
    ok(e.engine, 'record.setOfficers', { chairs: [] });
    agree('Bùi Đức Hinh');
    // A board of three, its first someone with no title: the first, not the chair further down.
    const first = ok(e.engine, 'delegate.add', { fullName: 'Lương Xuân Quý' }).id;
    ok(e.engine, 'record.setOfficers', { chairs: [first, chair, vice] });
    agree('Lương Xuân Quý');
    // The board reordered: its new first.
    ok(e.engine, 'record.setOfficers', { chairs: [chair, first] });
    agree('Bùi Đức Hinh');
  });
});

describe('the minutes’ secretary with nobody chosen', () => {
  it('signs on a dotted line to write the name by hand, as the presiding side does, never a title over nothing', () => {
    const e = newEngine();
    const { sessionId } = seedBasics(e.engine);
    const left = (lang: 'vi' | 'en') => reportModel(e.db, { doc: 'minutes', sessionId, lang }, e.clock())!.parts[0].signatures!.left!;
    expect(left('vi')).toEqual({ titles: ['Thư ký kỳ họp'], names: [NAME_BY_HAND] });
    expect(left('en').names).toEqual([NAME_BY_HAND]);
    const secretary = ok(e.engine, 'delegate.add', { fullName: 'Đinh Công Sứ' }).id;
    ok(e.engine, 'record.setOfficers', { secretaries: [secretary] });
    expect(left('vi').names).toEqual(['Đinh Công Sứ']);
  });
});
