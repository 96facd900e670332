import { flushSync, type Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import AgendaView from '../../src/features/agenda/AgendaView.svelte';
import AttendanceView from '../../src/features/attendance/AttendanceView.svelte';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import QuestionsView from '../../src/features/questions/QuestionsView.svelte';
import MinutesView from '../../src/features/record/MinutesView.svelte';
import ReviewView from '../../src/features/review/ReviewView.svelte';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import LiveView from '../../src/features/timing/LiveView.svelte';
import VotesView from '../../src/features/votes/VotesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

/** A council and no session yet: what a new user has before creating the first session. */
function councilOnly(): State {
  const { engine } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND huyện Lương Sơn', level: 'district', term: 4, totalSeats: 35 });
  return stateFrom(engine);
}

const VIEWS = { AgendaView, AttendanceView, LiveView, SpeakersView, QuestionsView, VotesView, MinutesView, ReviewView, PersonnelView } as Record<string, Component<{ data: State; go?: () => void }>>;

describe('a view of a session’s work before any session exists', () => {
  it.each(Object.keys(VIEWS))('%s says where to create or choose one', (name) => {
    i18n.set('vi');
    mount(VIEWS[name], { target: document.body, props: { data: councilOnly(), go: () => {} } });
    flushSync();
    expect(document.body.textContent).toContain('Hãy tạo hoặc chọn kỳ họp trước, ở mục Hội đồng, kỳ họp (Alt+1).');
  });

  it.each(['AttendanceView', 'LiveView', 'SpeakersView'])('%s offers nothing to press and no quorum of 0/0', (name) => {
    i18n.set('en');
    mount(VIEWS[name], { target: document.body, props: { data: councilOnly() } });
    flushSync();
    // Before: "Start roll call", sittings to add and a red "Present 0/0 · no quorum: 0 needed".
    expect([...document.querySelectorAll('button, input, select')].map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    expect(document.body.textContent).not.toContain('0/0');
  });
});
