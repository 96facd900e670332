import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';

const data = {
  delegates: [], agenda: [], personnel: [], sessions: { currentId: 1, list: [] }, timing: { items: [], liveItemId: null },
  attendance: { sittings: [], currentId: null, marks: [] }, hall: { mode: 'auto', voteId: null }, personnelHall: { voteId: null }, undo: {},
} as unknown as State;

describe('the personnel page heading', () => {
  it.each([
    ['vi', 'Công tác nhân sự: bầu, miễn nhiệm, bãi nhiệm, lấy phiếu tín nhiệm', ['Công tác nhân sự: bầu,', 'miễn nhiệm,', 'bãi nhiệm,', 'lấy phiếu tín nhiệm']],
    ['en', 'Personnel: elections, dismissals, removals, confidence votes', ['Personnel: elections,', 'dismissals,', 'removals,', 'confidence votes']],
  ] as const)('names every kind, removal (bãi nhiệm) included, and wraps only after a comma (%s)', (lang, heading, parts) => {
    i18n.set(lang);
    mount(PersonnelView, { target: document.body, props: { data } });
    const h2 = document.querySelector('#personnel-heading')!;
    expect(h2.textContent).toBe(heading);
    expect([...h2.querySelectorAll('span.nowrap')].map((s) => s.textContent)).toEqual(parts);
  });
});
