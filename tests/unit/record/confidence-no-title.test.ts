/**
 * A confidence vote's counting record names each person over their post. An official with no
 * title typed has no post to print: the cell read "Lương Thị Hoa" over "Hội đồng nhân dân" (the
 * body standing where the post goes, as if the person were the council). Now the name stands alone,
 * as the console's count grid and the review show it; a title without its body still gets the body
 * in brackets. Real SQLite, the DOCX read back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
const BODIES = { vi: ['Hội đồng nhân dân', 'Ủy ban nhân dân'], en: ['Council', 'People’s Committee'] };
const cells = {} as Record<(typeof langs)[number], string[]>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:');
  const e = s.engine;
  const people = (
    [
      ['Nguyễn Thị Phương Thảo', 'Chủ tịch Hội đồng nhân dân huyện', 'council'],
      ['Lương Thị Hoa', '', 'council'],
      ['Trịnh Đức Phúc', '', 'committee'],
      ['Bùi Văn Khương', 'Trưởng Ban Pháp chế', 'council'],
    ] as const
  ).map(([fullName, title, body]) => ({ delegateId: ok(e, 'delegate.add', { fullName, title, voting: false }).id, body, honorific: '' as const }));
  const id = ok(e, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2019', people }).id;
  ok(e, 'personnel.committee', { id, head: s.people[6], members: [s.people[7], s.people[8]] });
  ok(e, 'personnel.open', { id, present: 33 });
  ok(e, 'personnel.ballots', { id, issued: 33, returned: 33, valid: 33, invalid: 0 });
  const ids = e.current.personnel.find((v) => v.id === id)!.people.map((p) => p.id);
  ok(e, 'personnel.count', { id, lines: ids.map((personId) => ({ personId, counts: { high: 25, medium: 5, low: 3, invalid: 0 } })) });
  ok(e, 'personnel.close', { id });
  ok(e, 'personnel.announce', { id });
  for (const lang of langs) {
    const d = readDocx((await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes);
    cells[lang] = d.paragraphs.filter((p) => p.inTable).map((p) => p.text.replace(/\u00a0/g, ' '));
  }
}, 120_000);

describe('a confidence record with officials who have no title', () => {
  it.each(langs)('prints their name alone, never the body where the post goes (%s)', (lang) => {
    expect(cells[lang]).toContain('Lương Thị Hoa');
    expect(cells[lang]).toContain('Trịnh Đức Phúc');
    for (const body of BODIES[lang]) expect(cells[lang].filter((c) => c.endsWith(`\n${body}`)), body).toEqual([]);
  });

  it.each(langs)('keeps the titled officials’ posts, the body in brackets where the title does not say it (%s)', (lang) => {
    expect(cells[lang]).toContain('Nguyễn Thị Phương Thảo\nChủ tịch Hội đồng nhân dân huyện');
    expect(cells[lang]).toContain(`Bùi Văn Khương\nTrưởng Ban Pháp chế (${BODIES[lang][0]})`);
  });
});
