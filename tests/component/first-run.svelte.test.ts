/**
 * A first run, by keyboard: on an empty database the Council & session view starts in the
 * council's name; once the council is saved the keyboard goes to its first session; the empty
 * sessions list says what to do (and, before a council, why Create is not offered yet); and a
 * new session says what it still lacks: a roster and a programme. State from the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { mountOnEngine } from './on-engine.svelte';
import { newEngine, ok } from '../unit/helpers';

const field = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)!;
const submit = async (form: string) => {
  document.querySelector<HTMLFormElement>(`form.${form}`)!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector('p.error')).toBeNull());
  await new Promise((r) => setTimeout(r));
  flushSync();
};
const sessionsText = () => document.querySelector('section[aria-labelledby=sessions-heading]')!.textContent!;

describe('a first run of the Council & session view', () => {
  it('starts in the council name, goes on to the first session, then says what comes next (Vietnamese)', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    mountOnEngine(engine, SetupView);
    expect(document.activeElement).toBe(field('councilName'));
    expect(sessionsText()).toContain('Hãy lưu thông tin Hội đồng ở trên trước, rồi tạo kỳ họp đầu tiên tại đây.');

    field('councilName').value = 'HĐND xã Lương Sơn';
    field('councilName').dispatchEvent(new Event('input', { bubbles: true }));
    await submit('council');
    expect(engine.current.council?.name).toBe('HĐND xã Lương Sơn');
    expect(document.activeElement).toBe(field('sessionNumber'));
    expect(sessionsText()).toContain('Chưa có kỳ họp nào: tạo kỳ họp đầu tiên bằng biểu mẫu dưới đây.');
    expect(document.querySelector('[data-testid=next-step]')).toBeNull();

    await submit('session');
    expect(engine.current.sessions.list).toHaveLength(1);
    expect(document.querySelector('[data-testid=next-step]')!.textContent).toBe(
      'Tiếp theo: nhập đại biểu và khách mời ở mục Đại biểu (Alt+2), và chương trình ở mục Chương trình (Alt+3).',
    );
  });

  it('names only what is still missing, and nothing once both are there (English)', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'Lương Sơn commune council', level: 'commune', term: 1, totalSeats: 25 });
    ok(engine, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-16' });
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An' });
    const mounted = mountOnEngine(engine, SetupView);
    // A council there already: the keyboard is not taken anywhere.
    expect(document.activeElement).toBe(document.body);
    const hint = () => document.querySelector('[data-testid=next-step]')?.textContent ?? null;
    expect(hint()).toBe('Next: enter the programme in Agenda (Alt+3).');
    ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' });
    mounted.props.data = (await import('./on-engine.svelte')).stateFrom(engine);
    flushSync();
    expect(hint()).toBeNull();
  });
});
