import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Prepare from '../../src/features/personnel/Prepare.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import type { Delegate } from '../../common/roster/model';

const person = (id: number, fullName: string, title: string, voting = true): Delegate => ({
  id, fullName, seatNumber: voting ? id : null, voting, title, group: '', agency: '', committee: '',
});
const item = (id: number, title: string, kind: string) => ({ id, sessionId: 1, position: id, title, kind, presenter: '', plannedMinutes: 30 });
const agenda = [item(1, 'Khai mạc kỳ họp', 'opening'), item(2, 'Bầu Phó Chủ tịch UBND huyện', 'election'), item(3, 'Lấy phiếu tín nhiệm', 'election')];

function stateWith(over: { live?: number | null; finished?: number[]; ballotOn?: number[] } = {}): State {
  const items = agenda.map((a) => ({ id: a.id, status: over.finished?.includes(a.id) ? 'finished' : a.id === over.live ? 'running' : 'pending', segments: [] }));
  const personnel = (over.ballotOn ?? []).map((agendaItemId, i) => ({ id: i + 1, sessionId: 1, agendaItemId }));
  return { agenda, delegates: [], personnel, sessions: { currentId: 1 }, timing: { items, liveItemId: over.live ?? null } } as unknown as State;
}

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
});

/** Prepares the vote and returns the agenda item it was sent with. */
async function prepared(): Promise<unknown> {
  const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: false, error: { code: 'invalid', message: 'x' } } as never);
  document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await Promise.resolve();
  return (send.mock.calls[0][1] as { agendaItemId: unknown }).agendaItemId;
}
const itemSelect = () => document.querySelector<HTMLSelectElement>('select[name=agendaItem]')!;

describe('a new personnel vote is placed on an agenda item the secretary sees and can change', () => {
  it('defaults to the first personnel item not yet finished, and sends that', async () => {
    i18n.set('en');
    app = mount(Prepare, { target: document.body, props: { data: stateWith({ finished: [2] }), onPrepared: () => {} } });
    expect(itemSelect().value).toBe('3');
    expect(await prepared()).toBe(3);
  });

  it('passes over an item that already holds a ballot: the office prepares the day’s ballots one after another', async () => {
    i18n.set('vi');
    // Before, the dismissal's item was offered again for the election prepared after it.
    app = mount(Prepare, { target: document.body, props: { data: stateWith({ ballotOn: [2] }), onPrepared: () => {} } });
    expect(itemSelect().value).toBe('3');
    expect(await prepared()).toBe(3);
  });

  it('passes over a heading whose parts are the ballots: "Công tác nhân sự:" over "a) Bầu …", "b) Miễn nhiệm …"', async () => {
    i18n.set('vi');
    const programme = [item(1, 'Công tác nhân sự:', 'election'), item(2, 'Bầu Phó Chủ tịch HĐND xã', 'election'), item(3, 'Miễn nhiệm Ủy viên UBND xã đối với ông Ngô Văn Long', 'election')];
    const items = programme.map((a) => ({ id: a.id, parentId: a.id === 1 ? null : 1, status: 'pending', segments: [] }));
    const data = { agenda: programme, delegates: [], personnel: [], sessions: { currentId: 1 }, timing: { items, liveItemId: null } } as unknown as State;
    // Before, the heading was offered, and the form guessed neither the post nor the kind from it.
    app = mount(Prepare, { target: document.body, props: { data, onPrepared: () => {} } });
    expect(itemSelect().value).toBe('2');
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name=title]')!.value).toBe('Phó Chủ tịch HĐND xã');
  });

  it.each([0, 45])('never offers a part of the programme (the shared rule, partOf): its vote holds the ballot (part of %i minutes)', async (minutes) => {
    i18n.set('vi');
    // "Bầu Phó Chủ tịch UBND tỉnh" over its submission and its secret ballot is a part (n passes it,
    // the engine does not start it). Before, the form had its own heading rule, met only by a part
    // over an election, and offered this part, never run, as the vote's item.
    const programme = [
      { ...item(1, 'Bầu Phó Chủ tịch UBND tỉnh', 'election'), plannedMinutes: minutes },
      item(2, 'Tờ trình của Thường trực HĐND tỉnh về nhân sự', 'submission'),
      item(3, 'Bỏ phiếu kín', 'vote'),
      item(4, 'Miễn nhiệm Ủy viên UBND tỉnh đối với ông Ngô Văn Long', 'election'),
    ];
    const items = programme.map((a) => ({ id: a.id, parentId: a.id === 2 || a.id === 3 ? 1 : null, status: 'pending', segments: [] }));
    const data = { agenda: programme, delegates: [], personnel: [], sessions: { currentId: 1 }, timing: { items, liveItemId: null } } as unknown as State;
    app = mount(Prepare, { target: document.body, props: { data, onPrepared: () => {} } });
    expect(itemSelect().value).toBe('3');
    // The kind and the post are read from the part, which names them.
    expect(document.querySelector<HTMLSelectElement>('select[name=kind]')!.value).toBe('election');
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name=title]')!.value).toBe('Phó Chủ tịch UBND tỉnh');
    expect(await prepared()).toBe(3);
  });

  it('an election of its own minutes over an item of another kind of work is taken up itself: it is the default', async () => {
    i18n.set('vi');
    // An election of its own minutes over a discussion is taken up itself (partOf): it is the default.
    const programme = [item(1, 'Bầu Ủy viên UBND tỉnh', 'election'), item(2, 'Thảo luận về nhân sự', 'discussion')];
    const items = programme.map((a) => ({ id: a.id, parentId: a.id === 2 ? 1 : null, status: 'pending', segments: [] }));
    const data = { agenda: programme, delegates: [], personnel: [], sessions: { currentId: 1 }, timing: { items, liveItemId: null } } as unknown as State;
    app = mount(Prepare, { target: document.body, props: { data, onPrepared: () => {} } });
    expect(itemSelect().value).toBe('1');
  });

  it('defaults to the live item when it is the personnel item', async () => {
    i18n.set('vi');
    app = mount(Prepare, { target: document.body, props: { data: stateWith({ live: 3 }), onPrepared: () => {} } });
    expect(itemSelect().value).toBe('3');
    expect(itemSelect().closest('label')!.textContent).toContain('Nội dung trong chương trình');
  });

  it('sends the item the secretary picks, or none', async () => {
    i18n.set('en');
    app = mount(Prepare, { target: document.body, props: { data: stateWith(), onPrepared: () => {} } });
    expect(itemSelect().value).toBe('2');
    itemSelect().value = '';
    itemSelect().dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(await prepared()).toBe(null);
  });
});

describe('the kind follows the programme item the vote is placed on, until the secretary chooses one', () => {
  const kindSelect = () => document.querySelector<HTMLSelectElement>('select[name=kind]')!;
  const choose = (select: HTMLSelectElement, value: string) => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
  };
  async function sentKind(): Promise<unknown> {
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: false, error: { code: 'invalid', message: 'x' } } as never);
    document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    return (send.mock.calls[0][1] as { kind: unknown }).kind;
  }

  it('an item "Bầu …" prepares an election (the number of posts shown), "Lấy phiếu tín nhiệm" a confidence vote', async () => {
    i18n.set('vi');
    app = mount(Prepare, { target: document.body, props: { data: stateWith(), onPrepared: () => {} } });
    expect(kindSelect().value).toBe('election');
    expect(document.querySelector('input[name=posts]')).not.toBeNull();
    choose(itemSelect(), '3');
    expect(kindSelect().value).toBe('confidence');
    expect(document.querySelector('input[name=posts]')).toBeNull();
    expect(await sentKind()).toBe('confidence');
  });

  it('a dismissal item prepares a dismissal; no item, a confidence vote', () => {
    i18n.set('en');
    const dismissal = { ...stateWith(), agenda: [item(1, 'Miễn nhiệm Ủy viên UBND huyện', 'election')] } as unknown as State;
    app = mount(Prepare, { target: document.body, props: { data: dismissal, onPrepared: () => {} } });
    expect(kindSelect().value).toBe('dismissal');
    choose(itemSelect(), '');
    expect(kindSelect().value).toBe('confidence');
  });

  it('offers a removal (bãi nhiệm) as its own kind, apart from a dismissal (miễn nhiệm); a "Bãi nhiệm …" item prepares one', async () => {
    i18n.set('vi');
    const data = { ...stateWith(), agenda: [item(1, 'Bãi nhiệm chức vụ Trưởng phòng Tài chính - Kế hoạch đối với ông Đỗ Văn Hùng', 'election'), item(2, 'Miễn nhiệm, bãi nhiệm Ủy viên UBND huyện', 'election')] } as unknown as State;
    app = mount(Prepare, { target: document.body, props: { data, onPrepared: () => {} } });
    expect([...kindSelect().options].map((o) => [o.value, o.textContent])).toEqual([
      ['election', 'Bầu'],
      ['dismissal', 'Miễn nhiệm'],
      ['removal', 'Bãi nhiệm'],
      ['confidence', 'Lấy phiếu tín nhiệm'],
    ]);
    expect(kindSelect().value).toBe('removal');
    expect(document.querySelector<HTMLTextAreaElement>('[name=title]')!.value).toBe('Trưởng phòng Tài chính - Kế hoạch');
    // An item naming both is a dismissal, the milder act, until the secretary chooses; the post is read past both words.
    choose(itemSelect(), '2');
    expect(kindSelect().value).toBe('dismissal');
    expect(document.querySelector<HTMLTextAreaElement>('[name=title]')!.value).toBe('Ủy viên UBND huyện');
    choose(kindSelect(), 'removal');
    expect(await sentKind()).toBe('removal');
  });

  it('a kind the secretary chose stays when the item changes, and is what is sent', async () => {
    i18n.set('en');
    app = mount(Prepare, { target: document.body, props: { data: stateWith(), onPrepared: () => {} } });
    choose(kindSelect(), 'dismissal');
    choose(itemSelect(), '3');
    expect(kindSelect().value).toBe('dismissal');
    expect(await sentKind()).toBe('dismissal');
  });
});

describe('the post follows the programme item too, until the secretary types one', () => {
  const titleField = () => document.querySelector<HTMLTextAreaElement>('[name=title]')!;
  const kindField = () => document.querySelector<HTMLSelectElement>('select[name=kind]')!;
  async function sentTitle(): Promise<unknown> {
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: false, error: { code: 'invalid', message: 'x' } } as never);
    document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    return (send.mock.calls[0][1] as { title: unknown }).title;
  }
  const select = (value: string) => {
    const el = document.querySelector<HTMLSelectElement>('select[name=agendaItem]')!;
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
  };

  it('reads the post out of "Bầu …" and "Miễn nhiệm chức vụ … đối với ông …", and names a confidence vote as its item', async () => {
    i18n.set('vi');
    const data = {
      ...stateWith(),
      agenda: [
        item(1, 'Bầu bổ sung Ủy viên UBND huyện nhiệm kỳ 2021 - 2026', 'election'),
        item(2, 'Miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Hoàng Văn Bình', 'election'),
        item(3, 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu', 'election'),
        item(4, 'Công tác nhân sự', 'election'),
        item(5, 'Bầu thay thế Phó Chủ tịch HĐND huyện', 'election'),
        item(6, 'Bãi nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Trần Văn Cường', 'election'),
      ],
    } as unknown as State;
    app = mount(Prepare, { target: document.body, props: { data, onPrepared: () => {} } });
    expect(titleField().value).toBe('Ủy viên UBND huyện nhiệm kỳ 2021 - 2026');
    // Before: "Thay thế Phó Chủ tịch HĐND huyện" was taken for the post.
    select('5');
    expect(titleField().value).toBe('Phó Chủ tịch HĐND huyện');
    // A "Bãi nhiệm" item is prepared as a removal, its kind, which words it everywhere: the title is the post alone.
    select('6');
    expect(kindField().value).toBe('removal');
    expect(titleField().value).toBe('Phó Chủ tịch UBND huyện');
    select('2');
    expect(kindField().value).toBe('dismissal');
    select('1');
    select('2');
    expect(titleField().value).toBe('Phó Chủ tịch UBND huyện');
    select('3');
    expect(titleField().value).toBe('Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu');
    // An item that names no post leaves the field for the secretary.
    select('4');
    expect(titleField().value).toBe('');
    expect(await sentTitle()).toBe('');
  });

  it('a post the secretary typed stays when the item changes, and is what is sent', async () => {
    i18n.set('en');
    app = mount(Prepare, { target: document.body, props: { data: stateWith(), onPrepared: () => {} } });
    expect(titleField().value).toBe('Phó Chủ tịch UBND huyện');
    titleField().value = 'Phó Chủ tịch UBND huyện phụ trách kinh tế';
    titleField().dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    select('3');
    expect(titleField().value).toBe('Phó Chủ tịch UBND huyện phụ trách kinh tế');
    expect(await sentTitle()).toBe('Phó Chủ tịch UBND huyện phụ trách kinh tế');
  });
});

describe('"Add the officials to rate" adds the posts the council rates, not everyone with a title', () => {
  it('adds the chairs, vice chairs, committee heads and the people’s committee’s members (heads of its departments), and leaves out delegates, guests and party posts', () => {
    i18n.set('en');
    const delegates = [
      person(1, 'Lê Văn Chủ', 'Chủ tịch HĐND huyện'),
      person(2, 'Phạm Thị An', 'Đại biểu HĐND huyện'),
      person(3, 'Hoàng Văn Phó', 'Phó Bí thư Huyện ủy, Phó Chủ tịch UBND huyện'),
      person(4, 'Đỗ Văn Án', 'Chánh án', false),
      person(5, 'Ngô Thị Ban', 'Trưởng Ban Pháp chế HĐND huyện'),
      person(6, 'Vũ Văn Viên', 'Ủy viên UBND huyện, Trưởng Công an huyện'),
      person(7, 'Trịnh Văn Mặt', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện', false),
      person(8, 'Bùi Văn Tuyên', 'Trưởng Ban Tuyên giáo Huyện ủy'),
      person(9, 'Mai Thị Phòng', 'Trưởng phòng Tài nguyên và Môi trường', false),
      person(10, 'Quách Thế Tản', 'Giám đốc Sở Tài chính', false),
      person(11, 'Lý Văn Phó', 'Phó Giám đốc Sở Tài chính', false),
      person(12, 'Cao Văn Biểu', 'Đại biểu HĐND huyện, Tổ đại biểu số 2'),
    ];
    // Placed on the programme's confidence item, so the kind is a confidence vote.
    app = mount(Prepare, { target: document.body, props: { data: { ...stateWith({ finished: [2] }), delegates } as State, onPrepared: () => {} } });
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add the officials to rate')!;
    button.click();
    flushSync();
    // In the ballot's order: the council's chair and committee head, then the people's committee's vice chair and members.
    expect([...document.querySelectorAll('table.people strong')].map((s) => s.textContent)).toEqual(['Lê Văn Chủ', 'Ngô Thị Ban', 'Hoàng Văn Phó', 'Vũ Văn Viên', 'Mai Thị Phòng', 'Quách Thế Tản']);
  });
});

describe('"Add the officials to rate" leaves out the posts of another level’s bodies', () => {
  const added = (level: string, delegates: Delegate[]) => {
    i18n.set('vi');
    app = mount(Prepare, { target: document.body, props: { data: { ...stateWith({ finished: [2] }), council: { level }, delegates } as unknown as State, onPrepared: () => {} } });
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Thêm những người được lấy phiếu')!.click();
    flushSync();
    return [...document.querySelectorAll('table.people strong')].map((s) => s.textContent);
  };

  it('a district council rates its own officials, not the commune chairs among its delegates, whom their councils rate', () => {
    const names = added('district', [
      person(1, 'Hoàng Đức Thắng', 'Chủ tịch UBND huyện'),
      person(2, 'Nguyễn Thị Mai', 'Chủ tịch UBND xã'),
      person(3, 'Phan Văn Tài', 'Phó Chủ tịch UBND thị trấn Đầm Hà'),
      person(4, 'Phạm Thị Ngọc Ánh', 'Trưởng Ban Kinh tế - Xã hội HĐND huyện'),
      person(5, 'Ngô Quốc Bảo', 'Ủy viên UBND huyện, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện'),
      person(6, 'Lại Văn Cường', 'Chủ tịch UBND phường Trần Phú'),
      person(7, 'Đinh Văn Sơn', 'Chủ tịch UBND thị xã'),
    ]);
    // Before, the commune and ward chairs were on the list too, to be taken off one by one.
    expect(names).toEqual(['Phạm Thị Ngọc Ánh', 'Hoàng Đức Thắng', 'Đinh Văn Sơn', 'Ngô Quốc Bảo']);
  });

  it('files a district department’s head with the people’s committee, whose member the head is', () => {
    added('district', [person(1, 'Phan Thanh Bình', 'Trưởng phòng Nội vụ huyện'), person(2, 'Lê Quang Vinh', 'Trưởng Ban Pháp chế HĐND huyện')]);
    const body = (name: string) => document.querySelector<HTMLSelectElement>(`select[aria-label="Cơ quan, ${name}"]`)!.value;
    // Before, "Trưởng phòng Nội vụ huyện" was the council's, and the counting record said "(Hội đồng nhân dân)" after it.
    expect(body('Phan Thanh Bình')).toBe('committee');
    expect(body('Lê Quang Vinh')).toBe('council');
  });

  it('a province council leaves out the district chairs; a post naming no level stays', () => {
    const names = added('province', [
      person(1, 'Lương Xuân Quý', 'Chủ tịch HĐND tỉnh'),
      person(2, 'Hoàng Văn Nam', 'Chủ tịch UBND huyện Đầm Hà'),
      person(3, 'Trần Thị Hoa', 'Trưởng Ban Văn hóa - Xã hội'),
      person(4, 'Quách Thế Tản', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự'),
      person(5, 'Nguyễn Thị Thu', 'Giám đốc Sở Tài chính'),
    ]);
    expect(names).toEqual(['Lương Xuân Quý', 'Trần Thị Hoa', 'Quách Thế Tản', 'Nguyễn Thị Thu']);
  });
});

describe('"Add the officials to rate" lists them in the ballot’s order, not the roster’s', () => {
  it('the council’s chair, vice chair and committee heads, then the people’s committee’s chair, vice chairs and members, whatever the roster’s order', () => {
    i18n.set('vi');
    // As a province's roster lists them, by given name.
    const delegates = [
      person(1, 'Lê Đức An', 'Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh'),
      person(2, 'Phạm Thị Thu An', 'Chủ tịch UBND tỉnh'),
      person(3, 'Trần Thị An', 'Phó Chủ tịch HĐND tỉnh'),
      person(4, 'Nguyễn Văn An', 'Chủ tịch HĐND tỉnh'),
      person(5, 'Hoàng Xuân An', 'Phó Chủ tịch UBND tỉnh'),
      person(6, 'Đặng Thị Bình', 'Giám đốc Sở Tài chính'),
      person(7, 'Võ Văn Bình', 'Phó Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh'),
      person(8, 'Bùi Đức Bình', 'Đại biểu HĐND tỉnh'),
    ];
    app = mount(Prepare, { target: document.body, props: { data: { ...stateWith({ finished: [2] }), council: { level: 'province' }, delegates } as unknown as State, onPrepared: () => {} } });
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Thêm những người được lấy phiếu')!.click();
    flushSync();
    // Before: the roster's order, the committee head first and the council's chair fourth, as the ballot and the counting record then printed them.
    expect([...document.querySelectorAll('table.people strong')].map((s) => s.textContent)).toEqual(['Nguyễn Văn An', 'Trần Thị An', 'Lê Đức An', 'Phạm Thị Thu An', 'Hoàng Xuân An', 'Võ Văn Bình', 'Đặng Thị Bình']);
  });
});

describe('the list shows the body and exemption columns only for a confidence vote', () => {
  it('an election lists candidates with their honorific only, and sends no exemption typed before the kind changed', async () => {
    i18n.set('en');
    const delegates = [person(1, 'Lê Văn Chủ', 'Chủ tịch HĐND huyện'), person(2, 'Vũ Văn Viên', 'Ủy viên UBND huyện')];
    app = mount(Prepare, { target: document.body, props: { data: { ...stateWith({ finished: [2] }), delegates } as State, onPrepared: () => {} } });
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add the officials to rate')!.click();
    flushSync();
    const heads = () => [...document.querySelectorAll('table.people th')].map((th) => th.textContent);
    expect(heads()).toEqual(['#', 'Person', 'Body', 'Honorific', 'Exempt, reason', 'Actions']);
    const exempt = document.querySelector<HTMLInputElement>('input[aria-label="Reason Lê Văn Chủ is exempt"]')!;
    exempt.value = 'Retiring';
    exempt.dispatchEvent(new Event('input', { bubbles: true }));
    const kind = document.querySelector<HTMLSelectElement>('select[name=kind]')!;
    kind.value = 'election';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    // Before: the election's list had the Body and Exempt columns too, which mean nothing for a candidate.
    expect(heads()).toEqual(['#', 'Person', 'Honorific', 'Actions']);
    expect(document.querySelectorAll('table.people select')).toHaveLength(2);
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: false, error: { code: 'invalid', message: 'x' } } as never);
    document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    const people = (send.mock.calls[0][1] as { people: { exemptReason: string }[] }).people;
    expect(people.map((p) => p.exemptReason)).toEqual(['', '']);
  });
});

describe('a dismissal or removal item names its person, who is put on the list', () => {
  const names = () => [...document.querySelectorAll('table.people td.name strong')].map((e) => e.textContent);
  const choose = (value: string) => {
    const el = itemSelect();
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
  };

  it('adds "ông Trần Văn Cường" of "Miễn nhiệm … đối với ông Trần Văn Cường", and follows the item chosen', async () => {
    i18n.set('vi');
    const delegates = [person(1, 'Trần Văn Cường', 'Phó Chủ tịch UBND huyện'), person(2, 'Đỗ Mạnh Hùng', 'Ủy viên UBND huyện'), person(3, 'Nông Thị Lụa', 'Trưởng phòng')];
    const data = {
      ...stateWith(),
      delegates,
      agenda: [
        item(1, 'Miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Trần Văn Cường', 'election'),
        item(2, 'Bãi nhiệm chức vụ Ủy viên UBND huyện đối với ông Đỗ Mạnh Hùng.', 'election'),
        item(3, 'Bầu bổ sung Ủy viên UBND huyện', 'election'),
      ],
    } as unknown as State;
    app = mount(Prepare, { target: document.body, props: { data, onPrepared: () => {} } });
    flushSync();
    // Before: an empty list, though the programme names the person.
    expect(names()).toEqual(['Trần Văn Cường']);
    // "đối với ông …": the item says how he is addressed, so it is no guess.
    expect((document.querySelector('select[aria-label="Danh xưng, Trần Văn Cường"]') as HTMLSelectElement).value).toBe('mr');
    choose('2');
    expect(names()).toEqual(['Đỗ Mạnh Hùng']);
    choose('3');
    expect(names()).toEqual([]);
    choose('2');
    expect(names()).toEqual(['Đỗ Mạnh Hùng']);
    // Sent with the vote as any person added from the roster.
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: false, error: { code: 'invalid', message: 'x' } } as never);
    document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    expect(send.mock.calls[0][1]).toMatchObject({ kind: 'removal', title: 'Ủy viên UBND huyện', people: [{ delegateId: 2 }] });
  });
});
