import { describe, expect, it } from 'vitest';
import { commands } from '../../../electron/engine/commands';
import { commandRoles, DEFAULT_ROLE, mayRun, neededRole, SECRETARY_UNDO_SCOPES, SERVER_ONLY, SHARED_UNDO_SCOPES, stepTakenBy } from '../../../common/roles';
import { Engine } from '../../../electron/engine/engine';
import { commandsWithoutRole } from '../../../electron/engine/roles';
import { migrate } from '../../../electron/store/db';
import { readJournal } from '../../../electron/store/journal';
import { dumpDb, newEngine, ok, refused, schemaBefore, seedBasics } from '../helpers';

describe('role table', () => {
  it('gives every command a role (a new command must be placed in electron/engine/roles.ts)', () => {
    // If this fails, the listed commands fall to the default (the chair only) until someone
    // decides in roles.ts whether a secretary may send them.
    expect(commandsWithoutRole(), `commands without a role in commandRoles (defaulting to "${DEFAULT_ROLE}")`).toEqual([]);
  });

  it('lists only commands that exist', () => {
    expect(Object.keys(commandRoles).filter((t) => !Object.hasOwn(commands, t))).toEqual([]);
  });

  it('makes a command the table does not list the chair’s only', () => {
    expect(DEFAULT_ROLE).toBe('chair');
    expect(neededRole('something.new')).toBe('chair');
    expect(mayRun('secretary', 'something.new')).toBe(false);
    expect(mayRun('chair', 'something.new')).toBe(true);
  });

  it.each(Object.keys(commands))('%s: the chair may, a display never, a secretary as the table says (no console a command only the server runs)', (type) => {
    expect(mayRun('chair', type)).toBe(neededRole(type) !== SERVER_ONLY);
    expect(mayRun('display', type)).toBe(false);
    expect(mayRun('secretary', type)).toBe(commandRoles[type as keyof typeof commandRoles] === 'secretary');
  });

  it('lets the secretary undo their own work (roster, roll call, notes) and nothing of the chair’s', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    const secretary = { actor: 'secretary', lang: 'vi' as const, role: 'secretary' as const };
    expect(engine.dispatch({ type: 'undo', scope: 'attendance' }, secretary)).toMatchObject({ ok: true });
    expect(engine.current.attendance.marks).toEqual([]);
    ok(engine, 'delegate.update', { id: hang, fullName: 'Nguyễn Thị Hằng', seatNumber: 2 });
    expect(engine.dispatch({ type: 'undo', scope: ' roster ' }, secretary)).toMatchObject({ ok: true });
    expect(engine.current.delegates[0].seatNumber).toBe(1);
    for (const scope of ['timing', 'prep']) {
      expect(engine.dispatch({ type: 'undo', scope }, secretary)).toMatchObject({ ok: false, error: { code: 'role-forbidden' } });
    }
    // The queue and the questions she shares with the chair: only her own steps (the next test).
    expect(engine.dispatch({ type: 'undo', scope: 'queue' }, secretary)).toMatchObject({ ok: false, error: { code: 'nothing-to-undo' } });
    expect(engine.dispatch({ type: 'undo', scope: 'notes' }, { ...secretary, role: 'display' })).toMatchObject({ ok: false, error: { code: 'role-forbidden' } });
  });

  it('lets a secretary undo in a scope whose every step a secretary’s command takes, in a shared one her own steps, and in no other', () => {
    const scopes = new Map<string, string[]>();
    for (const [type, def] of Object.entries(commands) as [string, { undo?: string }][]) if (def.undo) scopes.set(def.undo, [...(scopes.get(def.undo) ?? []), type]);
    // The speaker queue's steps are taken by its own handlers' scope; every other scope is declared on its commands.
    expect([...scopes.keys()]).toEqual(expect.arrayContaining(['attendance', 'notes', 'personnel', 'prep', 'questions', 'roster', 'timing', 'vote']));
    for (const [scope, types] of scopes) {
      const hers = types.every((type) => neededRole(type) === 'secretary');
      expect(SECRETARY_UNDO_SCOPES.includes(scope), `${scope}: ${types.join(', ')}`).toBe(hers);
      expect(mayRun('secretary', 'undo', { scope }), scope).toBe(hers || SHARED_UNDO_SCOPES.includes(scope));
      expect(mayRun('secretary', 'redo', { scope }), scope).toBe(hers || SHARED_UNDO_SCOPES.includes(scope));
    }
  });

  it('lets the secretary who types a vote’s counts or a personnel vote’s lines take them back and enter them again while the vote is open', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const secretary = { actor: 'Thư ký - laptop 2', lang: 'en' as const, role: 'secretary' as const };
    const as = (type: string, payload: Record<string, unknown> = {}) => engine.dispatch({ type, ...payload }, secretary);
    const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote, present: 50 });
    expect(as('vote.tally', { id: vote, for: 48, against: 1, abstain: 1, issued: 0, returned: 0, valid: 0, invalid: 0 })).toMatchObject({ ok: true });
    expect(as('undo', { scope: 'vote' })).toMatchObject({ ok: true });
    expect(engine.current.votes.find((v) => v.id === vote)?.tally.for).toBe(0);
    expect(as('redo', { scope: 'vote' })).toMatchObject({ ok: true });
    expect(engine.current.votes.find((v) => v.id === vote)?.tally.for).toBe(48);
    // Once closed, the counts are the record: the secretary is refused as the chair is, and nothing changes.
    ok(engine, 'vote.close', { id: vote });
    expect(as('undo', { scope: 'vote' })).toMatchObject({ ok: false });
    expect(engine.current.votes.find((v) => v.id === vote)?.tally.for).toBe(48);

    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', title: 'Chủ tịch UBND tỉnh', seatNumber: 1 }).id;
    const dung = ok(engine, 'delegate.add', { fullName: 'Trần Văn Dũng', seatNumber: 2 }).id;
    const id = ok(engine, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm', people: [{ delegateId: hang, body: 'committee', honorific: 'ms', exemptReason: '' }] }).id;
    ok(engine, 'personnel.committee', { id, head: dung });
    ok(engine, 'personnel.open', { id, present: 50 });
    expect(as('personnel.ballots', { id, issued: 50, returned: 50, valid: 50, invalid: 0 })).toMatchObject({ ok: true });
    expect(engine.current.undo.personnel).toMatchObject({ action: 'ballots', actor: 'Thư ký - laptop 2' });
    expect(as('undo', { scope: 'personnel' })).toMatchObject({ ok: true });
    expect(engine.current.personnel[0].ballots.issued).toBe(0);
    expect(as('redo', { scope: 'personnel' })).toMatchObject({ ok: true });
    expect(engine.current.personnel[0].ballots.issued).toBe(50);
  });

  it('lets a secretary undo and redo her own steps in the speaker queue, never the chair’s, and set none aside', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
    const dung = ok(engine, 'delegate.add', { fullName: 'Trần Văn Dũng', seatNumber: 2 }).id;
    ok(engine, 'item.start', { id: item });
    const deviceId = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' }).id;
    const secretary = (lang: 'vi' | 'en') => ({ actor: 'Thư ký - laptop 2', lang, role: 'secretary' as const, deviceId });
    expect(engine.dispatch({ type: 'speaker.request', delegateId: hang }, secretary('vi'))).toMatchObject({ ok: true });
    const request = engine.dispatch({ type: 'speaker.request', delegateId: dung }, secretary('vi'));
    expect(request).toMatchObject({ ok: true });
    // The offer says whose step it is, so her console enables its button for her own steps only.
    expect(engine.current.undo.queue).toMatchObject({ action: 'request', subject: 'Trần Văn Dũng', actor: 'Thư ký - laptop 2' });

    // Her withdrawal on the wrong row, taken back by her own console.
    const dungSpeech = engine.current.speakers.queue.find((s) => s.delegateId === dung)!.id;
    expect(engine.dispatch({ type: 'speaker.withdraw', id: dungSpeech }, secretary('vi'))).toMatchObject({ ok: true });
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([hang]);
    expect(engine.dispatch({ type: 'undo', scope: 'queue' }, secretary('vi'))).toMatchObject({ ok: true, value: { action: 'withdraw', subject: 'Trần Văn Dũng' } });
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([hang, dung]);
    expect(engine.dispatch({ type: 'redo', scope: 'queue' }, secretary('vi'))).toMatchObject({ ok: true });
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([hang]);
    expect(engine.dispatch({ type: 'undo', scope: 'queue' }, secretary('vi'))).toMatchObject({ ok: true });

    // The chair calls the next speaker: that step is the chair's, refused to her, changing nothing.
    ok(engine, 'speaker.next');
    const before = dumpDb(db);
    const en = engine.dispatch({ type: 'undo', scope: 'queue' }, secretary('en'));
    const vi = engine.dispatch({ type: 'undo', scope: 'queue' }, secretary('vi'));
    expect(en.ok ? '' : en.error.message).toBe('The last step here was taken on the chair’s console, so only that console may undo it; this console undoes its own steps.');
    expect(vi.ok ? '' : vi.error.code).toBe('undo-not-yours');
    expect(vi.ok ? '' : vi.error.message).toBe('Thao tác cuối cùng ở đây được thực hiện trên máy của chủ tọa, nên chỉ máy đó được hoàn tác; máy này chỉ hoàn tác thao tác của chính mình.');
    expect(engine.dispatch({ type: 'undo.skip', scope: 'queue' }, secretary('en'))).toMatchObject({ ok: false, error: { code: 'role-forbidden' } });
    expect(dumpDb(db)).toEqual(before);

    // The chair undoes the call, and may undo her steps too; the chair's undone call is not hers to redo.
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.dispatch({ type: 'redo', scope: 'queue' }, secretary('en'))).toMatchObject({ ok: false, error: { code: 'redo-not-yours' } });
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([hang]);
  });

  it('names the other secretary’s console when the step is hers', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
    ok(engine, 'item.start', { id: item });
    const first = ok(engine, 'device.pair', { name: 'Thư ký 1' }).id;
    const second = ok(engine, 'device.pair', { name: 'Thư ký 2' }).id;
    expect(engine.dispatch({ type: 'speaker.request', delegateId: hang }, { actor: 'Thư ký 1', lang: 'en', role: 'secretary', deviceId: first })).toMatchObject({ ok: true });
    const reply = engine.dispatch({ type: 'undo', scope: 'queue' }, { actor: 'Thư ký 2', lang: 'en', role: 'secretary', deviceId: second });
    expect(reply.ok ? '' : reply.error.message).toBe('The last step here was taken on “Thư ký 1”, so only that console may undo it; this console undoes its own steps.');
  });

  it('publishes with each undo and redo offer the role of the console that took it, the same after a restart, and every console reads whose it is from that', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
    ok(engine, 'item.start', { id: item });
    const deviceId = ok(engine, 'device.pair', { name: 'Thư ký 1' }).id;
    expect(engine.dispatch({ type: 'speaker.request', delegateId: hang }, { actor: 'Thư ký 1', lang: 'en', role: 'secretary', deviceId })).toMatchObject({ ok: true });
    // Published with the command's patch, and rebuilt whole by a restart: the same.
    expect(engine.current.undo.queue).toMatchObject({ actor: 'Thư ký 1', byRole: 'secretary' });
    expect(new Engine(db).current.undo.queue).toEqual(engine.current.undo.queue);
    expect(engine.current.undo.timing).toMatchObject({ byRole: 'chair' });
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.current.redo.queue).toMatchObject({ actor: 'Thư ký 1', byRole: 'secretary' });

    // Whose it is, seen from each console: the chair's, hers, another secretary's.
    const offer = engine.current.redo.queue!;
    expect(stepTakenBy(offer, { actor: null, role: 'chair' })).toEqual({ role: 'secretary', name: 'Thư ký 1' });
    expect(stepTakenBy(offer, { actor: 'Thư ký 1', role: 'secretary' })).toBeNull();
    expect(stepTakenBy(offer, { actor: 'Thư ký 2', role: 'secretary' })).toEqual({ role: 'secretary', name: 'Thư ký 1' });
    const chairs = engine.current.undo.timing!;
    expect(stepTakenBy(chairs, { actor: null, role: 'chair' })).toBeNull();
    expect(stepTakenBy(chairs, { actor: 'Thư ký 1', role: 'secretary' })).toEqual({ role: 'chair', name: chairs.actor });
  });

  it('journals whose step the chair took back when a secretary’s console took it, and nothing more for his own', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
    const dung = ok(engine, 'delegate.add', { fullName: 'Trần Văn Dũng', seatNumber: 2 }).id;
    ok(engine, 'item.start', { id: item });
    const deviceId = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' }).id;
    expect(engine.dispatch({ type: 'speaker.request', delegateId: hang }, { actor: 'Thư ký - laptop 2', lang: 'vi', role: 'secretary', deviceId })).toMatchObject({ ok: true });
    ok(engine, 'undo', { scope: 'queue' });
    expect(readJournal(db, 1)[0].payload).toEqual({ scope: 'queue', about: { action: 'request', subject: 'Nguyễn Thị Hằng', by: 'Thư ký - laptop 2', byRole: 'secretary' } });
    ok(engine, 'speaker.request', { delegateId: dung });
    ok(engine, 'undo', { scope: 'queue' });
    expect(readJournal(db, 1)[0].payload).toEqual({ scope: 'queue', about: { action: 'request', subject: 'Trần Văn Dũng' } });
  });

  it('lets the secretary do the secretary’s part and nothing of the chair’s', () => {
    for (const t of ['attendance.mark', 'speaker.request', 'speaker.move', 'question.register', 'vote.tally', 'vote.mark', 'hall.setMode', 'delegate.add'])
      expect(mayRun('secretary', t), t).toBe(true);
    for (const t of ['item.start', 'speaker.next', 'speaker.start', 'vote.open', 'vote.announce', 'council.save', 'device.pair', 'device.revoke'])
      expect(mayRun('secretary', t), t).toBe(false);
  });
});

describe('roles in the engine', () => {
  it('refuses a secretary the chair’s command, saying who may, and changes nothing', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const before = dumpDb(db);
    const vi = engine.dispatch({ type: 'agenda.add', title: 'Khai mạc', kind: 'opening' }, { actor: 'Thư ký - laptop 2', lang: 'vi', role: 'secretary', deviceId: 1 });
    const en = engine.dispatch({ type: 'agenda.add', title: 'Khai mạc', kind: 'opening' }, { actor: 'Thư ký - laptop 2', lang: 'en', role: 'secretary', deviceId: 1 });
    expect(vi).toMatchObject({ ok: false, error: { code: 'role-forbidden', message: 'Chỉ máy của chủ tọa mới được thêm mục vào chương trình; máy này là máy của thư ký.' } });
    expect(en.ok ? '' : en.error.message).toBe('Only the chair’s console may add an agenda item; this is the secretary’s console.');
    expect(dumpDb(db)).toEqual(before);
  });

  it('names what the refused command would have done, for every command only the chair may send', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const secretary = (lang: 'vi' | 'en') => ({ actor: 'Thư ký - laptop 2', lang, role: 'secretary' as const, deviceId: 1 });
    const say = (command: object, lang: 'vi' | 'en') => {
      const reply = engine.dispatch(command, secretary(lang));
      return reply.ok ? '' : reply.error.message;
    };
    expect(say({ type: 'vote.close', id: 1 }, 'en')).toBe('Only the chair’s console may close a vote; this is the secretary’s console.');
    expect(say({ type: 'vote.close', id: 1 }, 'vi')).toBe('Chỉ máy của chủ tọa mới được kết thúc biểu quyết; máy này là máy của thư ký.');
    expect(say({ type: 'speaker.next' }, 'en')).toBe('Only the chair’s console may call the next speaker; this is the secretary’s console.');
    expect(say({ type: 'undo', scope: 'timing' }, 'vi')).toBe('Chỉ máy của chủ tọa mới được hoàn tác thao tác này; máy này là máy của thư ký.');
    // Every chair-only command has its own words: none falls back to "do this".
    for (const type of Object.keys(commandRoles).filter((t) => neededRole(t) === 'chair')) {
      for (const lang of ['en', 'vi'] as const) {
        const message = say({ type }, lang);
        expect(message, type).not.toMatch(/\bdo this|thực hiện việc này/);
        expect(message, type).toMatch(lang === 'en' ? /^Only the chair’s console may \S.*; this is the secretary’s console\.$/ : /^Chỉ máy của chủ tọa mới được \S.*; máy này là máy của thư ký\.$/);
      }
    }
  });

  it('refuses every command from a display', () => {
    const { engine } = newEngine();
    const reply = engine.dispatch({ type: 'hall.setTheme', theme: 'light' }, { actor: 'display', lang: 'en', role: 'display' });
    expect(reply.ok ? '' : reply.error.message).toBe('Only the secretary’s or the chair’s console may do this; this is a display screen.');
  });

  it('journals the device and the role of every command', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const { id: deviceId, secret } = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' });
    const anna = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn A', seatNumber: 1 });
    const reply = engine.dispatch({ type: 'delegate.update', id: anna.id, fullName: 'Nguyễn Văn An' }, { actor: 'Thư ký - laptop 2', lang: 'vi', role: 'secretary', deviceId });
    expect(reply.ok).toBe(true);
    const [last, , pair] = readJournal(db, 3);
    expect(last).toMatchObject({ type: 'delegate.update', actor: 'Thư ký - laptop 2', deviceId, role: 'secretary' });
    expect(pair).toMatchObject({ type: 'device.pair', role: 'chair', deviceId: null, payload: { name: 'Thư ký - laptop 2' } });
    // The credential is returned once and never journaled or stored in clear.
    expect(JSON.stringify(readJournal(db))).not.toContain(secret);
  });
});

describe('device commands', () => {
  it('pairs with a credential of at least 128 bits kept only as a hash, and revokes once', () => {
    const { engine, db } = newEngine();
    const { id, secret } = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' });
    expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(JSON.stringify(dumpDb(db))).not.toContain(secret);
    expect(engine.current.devices).toEqual([expect.objectContaining({ id, name: 'Thư ký - laptop 2', role: 'secretary', revokedAt: null })]);
    ok(engine, 'device.revoke', { id });
    expect(engine.current.devices[0].revokedAt).not.toBeNull();
    expect(refused(engine, 'device.revoke', { id }).en).toBe('The device “Thư ký - laptop 2” has already been revoked.');
    refused(engine, 'device.revoke', { id: 99 }, 'not-found');
    refused(engine, 'device.pair', { name: '  ' }, 'invalid');
  });
});

describe('migration operators', () => {
  it('keeps the journal rows written before it, with no device or role', () => {
    const { db } = schemaBefore('operators');
    db.prepare("INSERT INTO journal (at, actor, type, payload) VALUES (1, 'desktop', 'council.save', '{}')").run();
    migrate(db);
    expect(readJournal(db)).toEqual([{ revision: 1, at: 1, actor: 'desktop', type: 'council.save', payload: {}, deviceId: null, role: null, topic: null }]);
    expect(db.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 0 });
  });

});
