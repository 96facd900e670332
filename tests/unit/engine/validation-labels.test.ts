import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { commands, type CommandType } from '../../../electron/engine/commands';
import type { CommandDef } from '../../../electron/engine/define';
import { validationError } from '../../../electron/engine/validation';
import { choiceLabels } from '../../../electron/engine/choices';
import { fieldNames, labelIn } from '../../../electron/engine/messages';
import { LANGS, type Lang } from '../../../common/strings';
import { dumpDb, newEngine, ok, seedBasics, tempDir, refused } from '../helpers';
import { ENGINE_STRINGS } from '../strings-files';

/** Refusal text in both languages, and proof that nothing changed. */
function refusal(payload: object, type: CommandType = 'delegate.add') {
  const { engine } = newEngine();
  seedBasics(engine);
  const { en, vi } = refused(engine, type, payload);
  return { en, vi };
}

describe('validation messages, one per kind of error', () => {
  it('a non-integer is not "required"', () => {
    expect(refusal({ fullName: 'A', seatNumber: 1.5 })).toEqual({ en: 'Seat number must be a whole number.', vi: 'Số ghế phải là số nguyên.' });
  });
  it('a wrong type says what it should be', () => {
    expect(refusal({ fullName: 'A', seatNumber: 'x' }).en).toBe('Seat number must be a number.');
    expect(refusal({ fullName: 5 }).en).toBe('Full name must be text.');
  });
  it('a too-long text and a missing field each have their sentence', () => {
    expect(refusal({ fullName: 'A'.repeat(121) }).en).toBe('Full name is longer than 120 characters.');
    expect(refusal({}).en).toBe('Full name is required.');
  });
  it('a list with nothing chosen says how many it needs, not that a number is too small', () => {
    // A questioning topic with no respondent ticked, as the Questions view sends it.
    expect(refusal({ title: 'Quản lý đất đai, khoáng sản', respondentIds: [] }, 'topic.add')).toEqual({
      en: 'Respondents must include at least 1.',
      vi: 'Người trả lời cần có ít nhất 1.',
    });
    expect(refusal({ title: 'Quản lý đất đai', respondentIds: Array.from({ length: 51 }, (_, i) => i + 1) }, 'topic.add')).toEqual({
      en: 'Respondents must include at most 50.',
      vi: 'Người trả lời chỉ được có tối đa 50.',
    });
  });
  it('a number typed wrong in a form (NaN, sent by JSON as null) is not "required"', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 30 });
    const typed = JSON.parse(JSON.stringify({ id, for: Number('12,5'), against: 0, abstain: 0 }));
    expect(refused(engine, 'vote.tally', typed)).toMatchObject({ en: 'In favour must be a number.', vi: 'Tán thành phải là một số.' });
  });
});

/** Every choice field in a schema (an enum, or a literal with several values), at the path a payload reaches it by. */
function choiceFields(schema: z.core.$ZodType, path: (string | number)[] = []): { path: (string | number)[]; values: unknown[] }[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'enum':
      return [{ path, values: Object.values(def.entries as object) }];
    case 'literal':
      return (def.values as unknown[]).length > 1 ? [{ path, values: def.values as unknown[] }] : [];
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([k, v]) => choiceFields(v, [...path, k]));
    case 'array':
      return choiceFields(def.element as z.core.$ZodType, [...path, 0]);
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((o) => choiceFields(o, path));
    case 'pipe':
      return choiceFields(def.in as z.core.$ZodType, path);
    default:
      return 'innerType' in def ? choiceFields(def.innerType as z.core.$ZodType, path) : [];
  }
}

describe('a value that is not one of the choices', () => {
  it('names the field and what it accepts, even inside one of several shapes (issue r21: "0 is not valid.")', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { id: delegateId } = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An', seatNumber: 1 });
    const payload = { kind: 'confidence', title: 'Lấy phiếu tín nhiệm', people: [{ delegateId, honorific: 'ong' }] };
    expect(refused(engine, 'personnel.prepare', payload, 'invalid')).toMatchObject({
      en: 'Honorific must be one of: Mr, Ms, or left empty.',
      vi: 'Danh xưng phải là một trong: Ông, Bà, hoặc để trống.',
    });
    expect(refused(engine, 'template.apply', { builtin: 'none' }).en).toMatch(/^Built-in template must be one of: Regular year-end session, /);
  });

  it('lists the options by the names the forms show, in the refusal’s language, never as codes', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    expect(refused(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'xa', term: 1, totalSeats: 30 })).toMatchObject({
      en: 'Level must be one of: Province, Commune / ward, District (before 7/2025), Other assembly.',
      vi: 'Cấp phải là một trong: Tỉnh, thành phố; Xã, phường, đặc khu; Huyện (trước 7/2025); Cơ quan khác.',
    });
    expect(refused(engine, 'agenda.add', { title: 'Khai mạc', kind: 'khai-mac' }).vi).toMatch(/phải là một trong: Khai mạc; Báo cáo; Tờ trình; Báo cáo thẩm tra; /);
  });

  it('every choice field a form offers lists its options’ names in both languages; only codes the console sends itself are listed as codes', () => {
    // Chosen by the console, never from a list a person reads: the hall's mode and overlay, a
    // note's subject, what happens to the running item, a backup's reason, a document's kind and
    // language, the hall's theme, an attendance mark (set by a key on the roll call); a timer a
    // restore paused (backup.restored, written by the server itself).
    const SENT_BY_CONSOLE = ['mode', 'follow', 'key', 'subject', 'current', 'reason', 'doc', 'lang', 'hallLang', 'theme', 'status', 'timer'];
    const listed: string[] = [];
    for (const [type, def] of Object.entries(commands as Record<string, CommandDef>)) {
      for (const { path, values } of choiceFields(def.schema)) {
        const key = String(path.findLast((p) => typeof p === 'string'));
        const names = { en: choiceLabels(values, 'en'), vi: choiceLabels(values, 'vi') };
        if (names.en === null && SENT_BY_CONSOLE.includes(key)) continue;
        const issue = { code: 'invalid_value', values, path, message: '', input: 'x' } as z.core.$ZodIssue;
        const err = validationError(new z.ZodError([issue]), def.fields);
        for (const l of LANGS) {
          const ok = names[l] !== null && names[l].every((n) => typeof n === 'string' && n.trim() !== '' && err.messageIn(l).includes(n));
          if (!ok) listed.push(`${type}.${path.join('.')} (${l}): ${err.messageIn(l)}`);
        }
      }
    }
    expect(listed).toEqual([]);
  });

  it('every choice field of every command is named by its label, in both languages', () => {
    const unnamed: string[] = [];
    let seen = 0;
    for (const [type, def] of Object.entries(commands as Record<string, CommandDef>)) {
      for (const { path, values } of choiceFields(def.schema)) {
        seen++;
        const issue = { code: 'invalid_value', values, path, message: '', input: 'x' } as z.core.$ZodIssue;
        const err = validationError(new z.ZodError([issue]), def.fields);
        const key = String(path.findLast((p) => typeof p === 'string'));
        const label = (l: Lang) => labelIn(def.fields, l, key) ?? labelIn(fieldNames, l, key);
        const en = err.messageIn('en');
        const vi = err.messageIn('vi');
        const named = LANGS.every((l) => label(l) !== undefined && err.messageIn(l).toLowerCase().startsWith(label(l)!.toLowerCase()));
        if (!named || !/ must be one of: \S/.test(en) || !/ phải là một trong: \S/.test(vi)) unnamed.push(`${type}.${path.join('.')}: ${en} / ${vi}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(unnamed).toEqual([]);
  });
});

describe('field labels per domain', () => {
  it('question.followUp names its own parent, not the agenda item parent', () => {
    expect(refusal({ parentId: 0, text: 'Hỏi thêm' }, 'question.followUp')).toEqual({
      en: 'Original question must be at least 1.',
      vi: 'Câu hỏi gốc phải từ 1 trở lên.',
    });
  });

  it('a field label two catalogs word differently is resolved by every command that takes it', async () => {
    const texts = new Map<string, Set<string>>();
    for (const mod of Object.values(ENGINE_STRINGS) as Record<string, { en: Record<string, string> }>[]) {
      for (const [name, catalog] of Object.entries(mod)) {
        if (!name.endsWith('Fields')) continue;
        for (const [key, label] of Object.entries(catalog.en)) texts.set(key, (texts.get(key) ?? new Set()).add(label));
      }
    }
    const colliding = [...texts].filter(([, t]) => t.size > 1).map(([k]) => k);
    expect(colliding.length).toBeGreaterThan(0); // delegateId, parentId, status today
    const unresolved: string[] = [];
    for (const [type, def] of Object.entries(commands as Record<string, CommandDef>)) {
      const shape = def.schema instanceof z.ZodObject ? Object.keys(def.schema.shape) : [];
      for (const key of shape) if (colliding.includes(key) && !def.fields?.en[key]) unresolved.push(`${type}.${key}`);
    }
    expect(unresolved).toEqual([]);
  });
});

describe('the issue-14 undo bugs', () => {
  it('undo does not cross sessions: a start in session 1 is not undone from session 2', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const { id: item } = ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening' });
    ok(engine, 'item.start', { id: item });
    // Created while an item runs, the new session is selected by hand.
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2026-12-20', endDate: '2026-12-20' });
    ok(engine, 'session.select', { id: other.id });
    expect(engine.current.undo.timing).toMatchObject({ action: 'start', elsewhere: { sessionId: 1 } });
    const before = dumpDb(db);
    const reply = engine.run('undo', { scope: 'timing' });
    expect(!reply.ok && reply.error.code).toBe('undo-other-session');
    expect(!reply.ok && reply.error.message).toBe('The last step that can be undone was taken in another session. Select that session to undo it.');
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'session.select', { id: 1 });
    expect(engine.current.undo.timing).toMatchObject({ action: 'start', subject: 'Khai mạc' });
    expect(ok(engine, 'undo', { scope: 'timing' })).toEqual({ scope: 'timing', action: 'start', subject: 'Khai mạc' });
    expect(engine.current.timing.items[0].status).toBe('pending');
  });

  it('undo does not bring back a removed item, and screens agree with the database', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const { id: a } = ok(engine, 'agenda.add', { title: 'A', kind: 'report' });
    ok(engine, 'agenda.add', { title: 'B', kind: 'report' });
    ok(engine, 'item.skip', { id: a });
    ok(engine, 'item.reopen', { id: a });
    ok(engine, 'agenda.remove', { id: a });
    const before = dumpDb(db);
    refused(engine, 'undo', { scope: 'timing' }, 'undo-overtaken');
    expect(dumpDb(db)).toEqual(before);
    expect(engine.current.agenda.map((i) => [i.title, i.position])).toEqual([['B', 0]]);
    expect(engine.current.timing.items.map((i) => i.id)).toEqual(engine.current.agenda.map((i) => i.id));
  });

  it('one reply shape for every scope, the label as data', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' });
    const { id: person } = ok(engine, 'delegate.add', { fullName: 'Lê Văn Tám', seatNumber: 1 });
    ok(engine, 'speaker.request', { delegateId: person });
    expect(ok(engine, 'undo', { scope: 'queue' })).toEqual({ scope: 'queue', action: 'request', subject: 'Lê Văn Tám' });
    const { id: official } = ok(engine, 'delegate.add', { fullName: 'Giám đốc Sở', voting: false });
    const { id: respondentId } = ok(engine, 'respondent.add', { delegateId: official });
    ok(engine, 'question.register', { askerId: person, respondentId, text: 'Hỏi' });
    expect(ok(engine, 'undo', { scope: 'questions' })).toEqual({ scope: 'questions', action: 'register', subject: 'Lê Văn Tám' });
  });

  it('undo steps survive a restart', () => {
    const file = path.join(tempDir(), 'g.sqlite');
    const a = newEngine(file);
    seedBasics(a.engine);
    const { id } = ok(a.engine, 'agenda.add', { title: 'A', kind: 'report' });
    ok(a.engine, 'item.start', { id });
    a.db.close();
    const b = newEngine(file);
    expect(b.engine.current.undo.timing).toMatchObject({ action: 'start', subject: 'A' });
    ok(b.engine, 'undo', { scope: 'timing' });
    expect(b.engine.current.timing.items[0].status).toBe('pending');
  });
});
