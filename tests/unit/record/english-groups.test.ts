/**
 * English minutes say in English what the app itself names: the roster's delegate groups as the
 * roster import reads them ("Tổ đại biểu số 1", "Tổ 2", the bare "số 3") and the session's roles a
 * programme names as presenter ("Chủ tọa kỳ họp"); what the office typed after them (the group's own
 * name "- xã Hòa Sơn", a title, a body such as "UBND xã") stays as typed. Vietnamese minutes as before.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { itemUnderWay, newEngine, ok, seedBasics } from '../helpers';

describe('English minutes', () => {
  it('translate the group words and session roles the app names, and keep what the office typed', async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const { itemId } = itemUnderWay(engine, { title: 'Thảo luận tại hội trường', kind: 'discussion', presenter: 'Chủ tọa kỳ họp' });
    const speakers = [
      ['Hoàng Văn An', 'Tổ đại biểu số 1 - xã Hòa Sơn'],
      ['Lê Thị Bình', 'TỔ 2'],
      ['Trần Văn Cường', 'số 3'],
      ['Phạm Thị Dung', 'Khối Đảng'],
    ].map(([fullName, group]) => ok(engine, 'delegate.add', { fullName, group }).id);
    for (const delegateId of speakers) {
      ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId });
      ok(engine, 'speaker.next');
      ok(engine, 'speaker.start');
      clock.advance(60_000);
      ok(engine, 'speaker.finish');
    }
    const text = async (lang: 'vi' | 'en') => readDocx((await reportFile(db, { doc: 'minutes', sessionId, lang }, clock()))!.bytes).text;
    const en = await text('en');
    expect(en).toContain('Hoàng Văn An (delegate group 1 - xã Hòa Sơn) spoke');
    expect(en).toContain('Lê Thị Bình (delegate group 2) spoke');
    expect(en).toContain('Trần Văn Cường (delegate group 3) spoke');
    expect(en).toContain('Phạm Thị Dung (delegate group Khối Đảng) spoke');
    expect(en).toContain('The presiding officer of the session led the discussion.');
    expect(en).not.toMatch(/Tổ|số \d|Chủ tọa/);
    const vi = await text('vi');
    expect(vi).toContain('Hoàng Văn An (Tổ đại biểu số 1 - xã Hòa Sơn) phát biểu');
    expect(vi).toContain('Lê Thị Bình (TỔ 2) phát biểu');
    expect(vi).toContain('Trần Văn Cường (Tổ đại biểu số 3) phát biểu');
    expect(vi).toContain('Chủ tọa kỳ họp điều hành thảo luận.');
  });
});

describe('a presenter cell that says its own verb', () => {
  it('"Chủ tọa kỳ họp điều hành", as the province programme has it, is written once: no "điều hành điều hành", no "Đồng chí Chủ tọa"', async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    itemUnderWay(engine, { title: 'Thảo luận tại hội trường', kind: 'discussion', presenter: 'Chủ tọa kỳ họp điều hành' });
    clock.advance(60_000);
    const text = async (lang: 'vi' | 'en') => readDocx((await reportFile(db, { doc: 'minutes', sessionId, lang }, clock()))!.bytes).text;
    const vi = await text('vi');
    expect(vi).toContain('Chủ tọa kỳ họp điều hành thảo luận.');
    expect(vi).not.toContain('điều hành điều hành');
    expect(vi).not.toContain('Đồng chí Chủ tọa');
    expect(await text('en')).toContain('The presiding officer of the session led the discussion.');
  });
});
