/**
 * A scope's latest step taken in another session blocks the older steps of the session selected
 * now (undo refuses it here): the offer publishes it, marked `elsewhere: { sessionId }`, so every
 * view can say which session to select, instead of "Nothing to undo".
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { newEngine, ok, refused, seedBasics } from '../helpers';

/** Two sessions, a timing step in each (the second session's taken last); the first selected again. */
function blockedBySecond() {
  const env = newEngine();
  const { engine } = env;
  const { sessionId: first } = seedBasics(engine);
  const opening = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' }).id;
  ok(engine, 'item.start', { id: opening });
  const second = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-01-15', endDate: '2027-01-15' }).id;
  ok(engine, 'session.select', { id: second });
  const report = ok(engine, 'agenda.add', { title: 'Báo cáo tình hình kinh tế - xã hội', kind: 'report' }).id;
  ok(engine, 'item.start', { id: report });
  ok(engine, 'session.select', { id: first });
  return { ...env, first, second, opening, report };
}

/** The state as published after the commands, against the state a fresh engine reads from the file. */
const fresh = (engine: Engine) => JSON.parse(JSON.stringify({ ...new Engine(engine.db).current, revision: engine.current.revision }));
const published = (engine: Engine) => JSON.parse(JSON.stringify(engine.current));

describe('undo offer of a step taken in another session', () => {
  it('is published marked with its session, is refused here changing nothing, and is taken there; then this session’s own step is offered', () => {
    const { engine, first, second } = blockedBySecond();
    expect(engine.current.undo.timing).toMatchObject({ action: 'start', subject: 'Báo cáo tình hình kinh tế - xã hội', elsewhere: { sessionId: second } });
    expect(published(engine)).toEqual(fresh(engine));
    refused(engine, 'undo', { scope: 'timing' }, 'undo-other-session');
    ok(engine, 'session.select', { id: second });
    expect(engine.current.undo.timing).toMatchObject({ action: 'start', subject: 'Báo cáo tình hình kinh tế - xã hội' });
    expect(engine.current.undo.timing!.elsewhere).toBeUndefined();
    ok(engine, 'undo', { scope: 'timing' });
    // Undone there, it waits to be redone there: the first session is told so too.
    ok(engine, 'session.select', { id: first });
    expect(engine.current.redo.timing).toMatchObject({ action: 'start', elsewhere: { sessionId: second } });
    expect(engine.current.undo.timing).toMatchObject({ action: 'start', subject: 'Khai mạc kỳ họp' });
    expect(engine.current.undo.timing!.elsewhere).toBeUndefined();
    expect(published(engine)).toEqual(fresh(engine));
  });

  it('is marked as soon as a step is saved in the other session, in the patched state as in a fresh one', () => {
    const { engine, first, second } = blockedBySecond();
    ok(engine, 'session.select', { id: second });
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    expect(engine.current.undo.roster!.elsewhere).toBeUndefined();
    ok(engine, 'session.select', { id: first });
    expect(engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Nguyễn Thị Hằng', elsewhere: { sessionId: second } });
    expect(published(engine)).toEqual(fresh(engine));
  });
});
