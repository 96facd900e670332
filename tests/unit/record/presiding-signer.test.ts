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
