/**
 * The announcement in a counting record (III. CÔNG BỐ KẾT QUẢ) is body text, as the rest of the
 * record and Nghị định 30 set it. A secretary printing a session's counting records found the
 * personnel votes' announcements (an election's, a confidence vote's) bold from end to end, where
 * the resolution's record in the same file, a page before, set the same kind of sentence plain.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
const docs = {} as Record<(typeof langs)[number], ReturnType<typeof readDocx>>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  const e = s.engine;
  const id = ok(e, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2019', people: [{ delegateId: s.officials[0], body: 'committee', honorific: 'mr' }] }).id;
  ok(e, 'personnel.committee', { id, head: s.people[6], members: [s.people[7]] });
  ok(e, 'personnel.open', { id, present: 33 });
  ok(e, 'personnel.ballots', { id, issued: 33, returned: 33, valid: 33, invalid: 0 });
  const [personId] = e.current.personnel.find((v) => v.id === id)!.people.map((p) => p.id);
  ok(e, 'personnel.count', { id, lines: [{ personId, counts: { high: 10, medium: 4, low: 19, invalid: 0 } }] });
  ok(e, 'personnel.close', { id });
  for (const lang of langs) docs[lang] = readDocx((await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }, s.clock()))!.bytes);
});

/** The paragraphs outside tables that say `words`, and whether any of their runs is bold. */
function weights(lang: (typeof langs)[number], words: string): boolean[] {
  const d = docs[lang];
  const bold = (run: Element) => d.all(run, 'b').some((b) => !['false', '0'].includes(d.attr(b, 'val') ?? 'true'));
  return d.paragraphs.filter((p) => !p.inTable && p.text.includes(words)).map((p) => d.all(p.el, 'r').some(bold));
}

describe('a counting record’s announcement', () => {
  it.each([
    ['vi', 'Có 29/35 phiếu tán thành', 'Bà Phạm Thị Hồng Nhung được 26/35 phiếu đồng ý', 'Ông Trần Văn Lâm được 10/35 phiếu tín nhiệm cao'],
    ['en', 'In favour, 29 of 35', 'Ms Phạm Thị Hồng Nhung: in favour, 26 of 35', 'Mr Trần Văn Lâm: high confidence, 10 of 35'],
  ] as const)('(%s) is set plain for a resolution, an election and a confidence vote alike', (lang, resolution, election, confidence) => {
    for (const words of [resolution, election, confidence]) expect(weights(lang, words), `${lang}: ${words}`).toEqual([false]);
  });
});
