/**
 * Generates a session the size of a real one (or of a stress test) through the engine's own
 * commands, so the database, the journal and the published state are what a chair would have.
 *
 * Each domain is one entry of DOMAINS: `seed` fills it, `actions` lists the commands a chair
 * sends during a live sitting (the mix the engine benchmark replays, in list order). Some
 * actions depend on the one before (pause what was just resumed), so a replay must dispatch
 * every action it makes, in order; every action is accepted in any state the cycle leaves.
 */
import type { CommandPayload, CommandResult, CommandType } from '../electron/engine/commands';
import type { Engine } from '../electron/engine/engine';
import type { AgendaKind } from '../common/agenda/model';

export interface SessionSize {
  delegates: number;
  days: number;
  agendaItems: number;
  speeches: number;
  questions: number;
  votes: number;
}

/** A year-end session of a provincial council (DESIGN.md §1). */
export const REALISTIC: SessionSize = { delegates: 90, days: 2, agendaItems: 40, speeches: 150, questions: 40, votes: 8 };
/** Far beyond any real council, to show the state still publishes in time. */
export const STRESS: SessionSize = { delegates: 500, days: 2, agendaItems: 300, speeches: 5000, questions: 500, votes: 100 };

/** What the seeding produced, for the live actions to refer to. */
export interface Seeded {
  size: SessionSize;
  council: { name: string; level: 'province'; term: number; totalSeats: number };
  session: { id: number; number: number; term: number; kind: 'regular'; title: string; startDate: string; endDate: string };
  delegates: { id: number; fullName: string; title: string; group: string; seatNumber: number; voting: boolean }[];
  agenda: { id: number; title: string; kind: AgendaKind; presenter: string; plannedMinutes: number }[];
  sittings: number[];
  /** Indexes into `delegates` of the people marked absent at the roll call (never asked to speak). */
  absent: Set<number>;
  respondents: { id: number; topicId: number }[];
  /** The vote left open for the live tallies (and the screens' first round). */
  openVoteId: number;
}

/** Delegates in the hall, in roster order: the ones a live action may call. */
export const presentDelegates = (s: Seeded) => s.delegates.filter((_, i) => !s.absent.has(i));

/** A command as a client sends it: `{ type, ...payload }`. */
export type RawCommand = { type: string } & Record<string, unknown>;
/** One kind of live action; `i` varies the payload so every command really changes something. */
export type Action = (i: number) => RawCommand;

interface Domain {
  name: string;
  seed(engine: Engine, s: Seeded): void;
  actions(s: Seeded): Action[];
}

function must<K extends CommandType>(engine: Engine, type: K, payload: CommandPayload<K>): CommandResult<K> {
  const reply = engine.run(type, payload, { actor: 'bench', lang: 'en' });
  if (!reply.ok) throw new Error(`${type} refused while generating: ${reply.error.message}`);
  return reply.value;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Tuấn'];
const GROUPS = ['Tổ đại biểu thành phố', 'Tổ đại biểu huyện Lương Sơn', 'Tổ đại biểu huyện Kim Bôi', 'Tổ đại biểu huyện Lạc Thủy', 'Tổ đại biểu huyện Mai Châu'];
const TITLES = ['Phó Chủ tịch UBND huyện', 'Giám đốc Sở Tài chính', 'Bí thư Đảng ủy xã', 'Hiệu trưởng trường THPT', 'Trưởng ban Pháp chế'];
const ITEM_KINDS: AgendaKind[] = ['report', 'submission', 'verification', 'discussion', 'questioning', 'vote'];

const council: Domain = {
  name: 'council',
  seed(engine, s) {
    must(engine, 'council.save', s.council);
  },
  // Settings are not edited during a sitting: no live action (council.save republishes every slice).
  actions: () => [],
};

const session: Domain = {
  name: 'session',
  seed(engine, s) {
    const { id: _unset, ...fields } = s.session;
    s.session.id = must(engine, 'session.create', fields).id;
  },
  actions: () => [],
};

const delegates: Domain = {
  name: 'delegates',
  seed(engine, s) {
    for (let i = 0; i < s.size.delegates; i++) {
      const d = {
        fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
        title: TITLES[i % TITLES.length],
        group: GROUPS[i % GROUPS.length],
        seatNumber: i + 1,
        voting: true,
      };
      s.delegates.push({ id: must(engine, 'delegate.add', d).id, ...d });
    }
  },
  // The roster is fixed before the sitting opens; late arrivals are the roll call's.
  actions: () => [],
};

const agenda: Domain = {
  name: 'agenda',
  seed(engine, s) {
    for (let i = 0; i < s.size.agendaItems; i++) {
      const item = {
        title: `Tờ trình số ${i + 1}/TTr-UBND về kế hoạch phát triển kinh tế - xã hội năm 2027`,
        kind: ITEM_KINDS[i % ITEM_KINDS.length],
        presenter: `Đồng chí ${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`,
        plannedMinutes: 10 + (i % 5) * 5,
      };
      s.agenda.push({ id: must(engine, 'agenda.add', item).id, ...item });
    }
  },
  actions: (s) => [
    (i) => {
      const { id, title, kind, presenter } = s.agenda[i % s.agenda.length];
      return { type: 'agenda.update', id, title, kind, presenter, plannedMinutes: 5 + (i % 50) };
    },
    (i) => ({ type: 'agenda.move', id: s.agenda[i % s.agenda.length].id, index: (i * 7) % s.agenda.length }),
  ],
};

/** Two sittings a day; items spread over them in order; the chair pauses and resumes items. */
const sittings: Domain = {
  name: 'sittings',
  seed(engine, s) {
    for (let day = 0; day < s.size.days; day++) {
      for (const [part, plannedStart, plannedEnd] of [['morning', '07:30', '11:30'], ['afternoon', '13:30', '17:00']] as const) {
        const date = dayAfter(s.session.startDate, day);
        s.sittings.push(must(engine, 'sitting.add', { date, part, plannedStart, plannedEnd }).id);
      }
    }
    s.agenda.forEach((item, i) => {
      must(engine, 'agenda.assign', { id: item.id, sittingId: s.sittings[Math.floor((i * s.sittings.length) / s.agenda.length)] });
    });
    // The first few items have run and are paused, ready for the live resume/pause pairs.
    for (const item of s.agenda.slice(0, LIVE_ITEMS)) {
      must(engine, 'item.start', { id: item.id });
      must(engine, 'item.pause', { id: item.id });
    }
  },
  actions: (s) => {
    let live = 0;
    return [
      (i) => ({ type: 'item.resume', id: (live = s.agenda[i % Math.min(LIVE_ITEMS, s.agenda.length)].id) }),
      () => ({ type: 'item.pause', id: live }),
      (i) => ({ type: 'item.extend', id: s.agenda[i % s.agenda.length].id, minutes: 1 }),
    ];
  },
};
const LIVE_ITEMS = 4;

/** The roll call of the first sitting: one delegate in twenty absent. */
const rollCall: Domain = {
  name: 'rollCall',
  seed(engine, s) {
    must(engine, 'attendance.open', { label: `${s.session.startDate} sáng` });
    s.delegates.forEach((d, i) => {
      if (i % 20 !== 19) return;
      must(engine, 'attendance.mark', { delegateId: d.id, status: 'absent' });
      s.absent.add(i);
    });
  },
  // A late arrival noted during the sitting.
  actions: (s) => [(i) => ({ type: 'attendance.mark', delegateId: pick(presentDelegates(s), i).id, status: 'late', time: `08:${String(i % 60).padStart(2, '0')}` })],
};

/** Speeches spread over the items: asked for, called and started (the next call closes each). */
const speeches: Domain = {
  name: 'speeches',
  seed(engine, s) {
    const people = presentDelegates(s);
    let done = 0;
    s.agenda.forEach((item, j) => {
      const count = Math.round(((j + 1) * s.size.speeches) / s.agenda.length) - done;
      if (count <= 0) return;
      must(engine, 'speaker.focus', { agendaItemId: item.id });
      for (let k = 0; k < count; k++) {
        must(engine, 'speaker.request', { delegateId: pick(people, done + k).id });
        must(engine, 'speaker.next', {});
        must(engine, 'speaker.start', {});
      }
      done += count;
    });
  },
  // The chair's own cycle: move to an item, take a request, call the next speaker, run the clock.
  actions: (s) => {
    const people = presentDelegates(s);
    return [
      (i) => ({ type: 'speaker.focus', agendaItemId: pick(s.agenda, i).id }),
      (i) => ({ type: 'speaker.request', delegateId: pick(people, i).id }),
      () => ({ type: 'speaker.next' }),
      () => ({ type: 'speaker.start' }),
      () => ({ type: 'speaker.pause' }),
      () => ({ type: 'speaker.start' }),
      (i) => ({ type: 'speaker.extend', seconds: 30 + (i % 4) * 30 }),
    ];
  },
};

/** Questioning: officials on topics, slips asked and answered; the cycle ends with nothing live. */
const questions: Domain = {
  name: 'questions',
  seed(engine, s) {
    if (s.size.questions === 0) return;
    const people = presentDelegates(s);
    const respondentCount = Math.max(2, Math.ceil(s.size.questions / 25));
    const topicCount = Math.max(1, Math.ceil(respondentCount / 2));
    const respondentIds = s.delegates
      .slice(-respondentCount)
      .map((d) => must(engine, 'respondent.add', { delegateId: d.id, agency: `Sở ${GIVEN[d.id % GIVEN.length]}` }).id);
    for (let t = 0; t < topicCount; t++) {
      const ids = respondentIds.filter((_, r) => r % topicCount === t);
      const topicId = must(engine, 'topic.add', { title: `Nhóm vấn đề ${t + 1}: đất đai, giải phóng mặt bằng`, respondentIds: ids }).id;
      for (const id of ids) s.respondents.push({ id, topicId });
    }
    for (let q = 0; q < s.size.questions; q++) {
      const r = pick(s.respondents, q);
      must(engine, 'question.register', { askerId: pick(people, q * 3).id, respondentId: r.id, topicId: r.topicId, text: `Đề nghị cho biết tiến độ giải ngân vốn đầu tư công (phiếu ${q + 1})` });
    }
    // Each call (n, a) waits for Space, as the chair's does: the question and the answer run.
    for (let q = 0; q < s.size.questions; q++) {
      must(engine, 'question.next', {});
      must(engine, 'question.toggle', {});
      must(engine, 'answer.start', {});
      must(engine, 'question.toggle', {});
    }
    must(engine, 'question.stop', {});
  },
  actions: (s) => {
    const people = presentDelegates(s);
    return [
      (i) => {
        const r = pick(s.respondents, i);
        return { type: 'question.register', askerId: pick(people, i).id, respondentId: r.id, topicId: r.topicId, text: `Câu hỏi bổ sung số ${i}` };
      },
      // n calls the asker and Space starts the question; a calls the respondent and Space starts
      // the answer, which the next cycle's n ends (five actions, as before the calls waited).
      () => ({ type: 'question.next' }),
      () => ({ type: 'question.toggle' }),
      () => ({ type: 'answer.start' }),
      () => ({ type: 'question.toggle' }),
    ];
  },
};

/** Votes by show of hands, counted, closed and announced; the last one stays open for live tallies. */
const votes: Domain = {
  name: 'votes',
  seed(engine, s) {
    const present = s.delegates.length - s.absent.size;
    for (let v = 0; v < s.size.votes; v++) {
      const id = must(engine, 'vote.create', voteFields(v)).id;
      must(engine, 'vote.open', { id });
      s.openVoteId = id;
      if (v === s.size.votes - 1) break;
      must(engine, 'vote.tally', { id, ...tally(present, v) });
      must(engine, 'vote.close', { id });
      must(engine, 'vote.announce', { id });
    }
  },
  actions: (s) => [(i) => ({ type: 'vote.tally', id: s.openVoteId, ...tally(s.delegates.length - s.absent.size, i) })],
};

/** A vote's fields, numbered `n`. */
export const voteFields = (n: number) => ({
  resolutionNumber: `${n + 1}/NQ-HĐND`,
  resolutionTitle: `Nghị quyết số ${n + 1} về dự toán ngân sách địa phương năm 2027`,
  method: 'hands' as const,
});

/** Counts as the hands come up: never more than those present. */
export const tally = (present: number, i: number) => {
  const against = i % 3;
  const abstain = i % 2;
  return { for: Math.max(0, present - against - abstain - (i % 5)), against: Math.min(against, present), abstain: present > against ? abstain : 0 };
};

const pick = <T>(list: T[], i: number): T => list[i % list.length];

/** In seeding order. */
export const DOMAINS: Domain[] = [council, session, delegates, agenda, sittings, rollCall, questions, speeches, votes];

/** Seeds a whole session of `size` into `engine`'s database and returns what it made. */
export function generateSession(engine: Engine, size: SessionSize): Seeded {
  const s: Seeded = {
    size,
    council: { name: 'Hội đồng nhân dân tỉnh Hòa Bình', level: 'province', term: 17, totalSeats: Math.max(size.delegates, 1) },
    session: {
      id: 0,
      number: 11,
      term: 17,
      kind: 'regular',
      title: 'Kỳ họp thường lệ cuối năm 2026',
      startDate: '2026-12-08',
      endDate: dayAfter('2026-12-08', size.days - 1),
    },
    delegates: [],
    agenda: [],
    sittings: [],
    absent: new Set(),
    respondents: [],
    openVoteId: 0,
  };
  for (const d of DOMAINS) d.seed(engine, s);
  return s;
}

/** The live mix: every domain's actions, interleaved, as one list of command makers. */
export function liveActions(s: Seeded): Action[] {
  return DOMAINS.flatMap((d) => d.actions(s));
}

function dayAfter(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
