import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { answerAsk, ctrlZ, mountOnEngine, stateFrom } from './on-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

// jsdom has no Web Animations; the queue's drag library asks for them.
Element.prototype.getAnimations ??= () => [];

afterEach(() => {
  toast.clear();
  live.role = 'chair';
  live.device = null;
});

const DEVICE = 'Thư ký - laptop 2';

/** The secretary's console on the debate's queue: her commands run on the engine as hers. */
function secretaryOnQueue() {
  const { engine } = newEngine();
  seedBasics(engine);
  const item = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
  const dung = ok(engine, 'delegate.add', { fullName: 'Trần Văn Dũng', seatNumber: 2 }).id;
  ok(engine, 'item.start', { id: item });
  const deviceId = ok(engine, 'device.pair', { name: DEVICE }).id;
  live.role = 'secretary';
  live.device = DEVICE;
  const mounted = mountOnEngine(engine, SpeakersView, { actor: DEVICE, role: 'secretary', deviceId });
  const asSecretary = (command: object) => {
    expect(engine.dispatch(command, { actor: DEVICE, lang: i18n.lang, role: 'secretary', deviceId })).toMatchObject({ ok: true });
    mounted.props.data = stateFrom(engine);
    flushSync();
  };
  const asChair = (fn: () => void) => {
    fn();
    mounted.props.data = stateFrom(engine);
    flushSync();
  };
  return { engine, hang, dung, asSecretary, asChair };
}

const undoButton = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Hoàn tác'))!;
const queue = (engine: ReturnType<typeof secretaryOnQueue>['engine']) => engine.current.speakers.queue.map((s) => s.delegateId);

describe('the secretary’s undo on the speaker queue', () => {
  it('takes back her own withdrawal pressed on the wrong row, and not the chair’s call, saying why', async () => {
    i18n.set('vi');
    const { engine, hang, dung, asSecretary, asChair } = secretaryOnQueue();
    asSecretary({ type: 'speaker.request', delegateId: hang });
    asSecretary({ type: 'speaker.request', delegateId: dung });
    asSecretary({ type: 'speaker.withdraw', id: engine.current.speakers.queue.find((s) => s.delegateId === dung)!.id });

    // Her own step: the button is hers to press, named by what it takes back.
    expect(undoButton().disabled).toBe(false);
    expect(undoButton().textContent).toContain('Hoàn tác: rút đăng ký');
    undoButton().click();
    await vi.waitFor(() => expect(queue(engine)).toEqual([hang, dung]));

    // The chair calls the next speaker: the latest step is the chair's; her button says so.
    asChair(() => ok(engine, 'speaker.next'));
    expect(undoButton().disabled).toBe(true);
    expect(undoButton().title).toBe('Thao tác cuối cùng ở đây được thực hiện trên máy khác; máy này chỉ hoàn tác thao tác của chính mình.');
    // Ctrl+Z from her keyboard is refused by the engine in words, and the call stands.
    ctrlZ();
    await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toContain('máy của chủ tọa, nên chỉ máy đó được hoàn tác'));
    expect(engine.current.speakers.current?.delegateId).toBe(hang);
  });
});

describe('the secretary’s undo refused for good', () => {
  it('says the chair’s console can set the step aside, offering no button the engine would refuse her', async () => {
    i18n.set('en');
    const { engine, hang, asSecretary, asChair } = secretaryOnQueue();
    asSecretary({ type: 'speaker.request', delegateId: hang });
    // The chair removes the delegate she registered: her request can no longer be taken back.
    asChair(() => ok(engine, 'delegate.remove', { id: hang }));
    const button = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Undo'))!;
    expect(button().disabled).toBe(false);
    button().click();
    await vi.waitFor(() => expect(toast.text).toBe('“registration (Nguyễn Thị Hằng)” can no longer be undone; the chair’s console can set it aside, so the steps before it can be undone.'));
    expect(toast.action).toBeNull();
    expect(engine.current.undo.queue).toMatchObject({ action: 'request', subject: 'Nguyễn Thị Hằng' });
  });

  it('no longer offers her the step on an enabled button: the reason stands in its place, in both languages, until the chair sets it aside', async () => {
    i18n.set('en');
    const { engine, hang, dung, asSecretary, asChair } = secretaryOnQueue();
    asSecretary({ type: 'speaker.request', delegateId: dung });
    asSecretary({ type: 'speaker.request', delegateId: hang });
    asChair(() => ok(engine, 'delegate.remove', { id: hang }));
    const button = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Undo') || b.textContent?.startsWith('Hoàn tác'));
    const there = () => document.querySelector('[data-testid=undo-there]')?.textContent;
    button()!.click();
    await vi.waitFor(() => expect(there()).toBe('“registration (Nguyễn Thị Hằng)” can no longer be undone: the chair’s console can set it aside.'));
    expect(button()).toBeUndefined();
    i18n.set('vi');
    flushSync();
    expect(there()).toBe('«đăng ký (Nguyễn Thị Hằng)» không hoàn tác được nữa: máy của chủ tọa có thể bỏ qua thao tác này.');
    // Ctrl+Z says it again, sending nothing the engine would refuse.
    const sent = vi.mocked(live.send).mock.calls.length;
    ctrlZ();
    await vi.waitFor(() => expect(toast.text).toBe('«đăng ký (Nguyễn Thị Hằng)» không hoàn tác được nữa: máy của chủ tọa có thể bỏ qua thao tác này.'));
    expect(vi.mocked(live.send).mock.calls.length).toBe(sent);
    // The chair sets it aside: her registration before it is offered on her button again.
    asChair(() => ok(engine, 'undo.skip', { scope: 'queue' }));
    expect(there()).toBeUndefined();
    expect(button()!.disabled).toBe(false);
    expect(button()!.textContent).toContain('Hoàn tác: đăng ký');
  });
});

describe('the chair’s undo of a step the secretary’s console took', () => {
  it('says whose step it is from the engine’s offer, not from the list of paired devices, and asks before taking it', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
    ok(engine, 'item.start', { id: item });
    const deviceId = ok(engine, 'device.pair', { name: DEVICE }).id;
    expect(engine.dispatch({ type: 'speaker.request', delegateId: hang }, { actor: DEVICE, lang: 'vi', role: 'secretary', deviceId })).toMatchObject({ ok: true });
    i18n.set('en');
    const mounted = mountOnEngine(engine, SpeakersView);
    // The engine says whose step it offers; the console needs no list of devices to word it.
    mounted.props.data = live.state = { ...stateFrom(engine), devices: [] };
    flushSync();
    const button = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Undo'))!;
    expect(button().textContent).toContain('(secretary)');
    i18n.set('vi');
    flushSync();
    expect(undoButton().textContent).toContain('(thư ký)');
    undoButton().click();
    expect(await answerAsk(true)).toEqual({ asked: 'Thao tác cuối cùng ở đây, đăng ký (Nguyễn Thị Hằng), do thư ký thực hiện trên máy «Thư ký - laptop 2». Vẫn hoàn tác?', button: 'Hoàn tác' });
    await vi.waitFor(() => expect(engine.current.speakers.queue).toEqual([]));
  });
});
