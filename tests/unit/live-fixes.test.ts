/** The live sitting's fixes (issue 15) that live in the engine and the shared client code, on real SQLite. */
import { describe, expect, it } from 'vitest';
import { newEngine, ok, seedBasics } from './helpers';
import { logCsv, respondentPerson } from '../../src/lib/questions';
import type { State } from '../../src/lib/live.svelte';
import type { Engine } from '../../electron/engine/engine';

const stateOf = (engine: Engine): State => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};

describe('respondents keep their agency', () => {
  it('a respondent added from the roster takes the roster agency, in the log and its CSV', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const asker = (ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An' }) as { id: number }).id;
    const official = (ok(engine, 'delegate.add', { fullName: 'Quách Văn Toản', title: 'Chánh án', agency: 'TAND huyện', voting: false }) as { id: number }).id;
    const r = (ok(engine, 'respondent.add', { delegateId: official }) as { id: number }).id;
    const q = (ok(engine, 'question.register', { askerId: asker, respondentId: r, text: 'Án tồn đọng?' }) as { id: number }).id;
    const data = stateOf(engine);
    expect(data.respondents.find((x) => x.id === r)?.agency).toBe('TAND huyện');
    expect(respondentPerson(data, r).agency).toBe('TAND huyện');
    const csv = logCsv(data, data.questions.list.filter((x) => x.id === q), 0, Array.from({ length: 15 }, (_, i) => `c${i}`), (s) => s);
    expect(csv).toContain('TAND huyện');
    // A typed agency still wins over the roster's.
    const other = (ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', agency: 'Phòng TN&MT', voting: false }) as { id: number }).id;
    const r2 = (ok(engine, 'respondent.add', { delegateId: other, agency: 'UBND huyện' }) as { id: number }).id;
    expect(stateOf(engine).respondents.find((x) => x.id === r2)?.agency).toBe('UBND huyện');
  });
});
