/**
 * Generates a session the size of a real one (or of a stress test) through the engine's own
 * commands, so the database, the journal and the published state are what a chair would have.
 *
 * Each domain is one entry of DOMAINS: `seed` fills it, `actions` lists the commands a chair
 * sends during a live sitting (the mix the engine benchmark replays). When a domain lands
 * (speeches, questions, votes), add its entry here and remove it from PENDING.
 */
import type { Engine } from '../electron/engine/engine';
import type { AgendaKind } from '../electron/store/agenda';

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

/** Parts of the size the engine has no domain for yet; reported so the figures say what they cover. */
export const PENDING: (keyof SessionSize)[] = ['speeches', 'questions', 'votes'];

/** What the seeding produced, for the live actions to refer to. */
export interface Seeded {
  size: SessionSize;
  council: { name: string; level: 'province'; term: number; totalSeats: number };
  session: { id: number; number: number; term: number; kind: 'regular'; title: string; startDate: string; endDate: string };
  delegates: { id: number; fullName: string; title: string; group: string; seatNumber: number; voting: boolean }[];
  agenda: { id: number; title: string; kind: AgendaKind; presenter: string; plannedMinutes: number }[];
}

/** A command as a client sends it: `{ type, ...payload }`. */
export type RawCommand = { type: string } & Record<string, unknown>;
/** One kind of live action; `i` varies the payload so every command really changes something. */
export type Action = (i: number) => RawCommand;

interface Domain {
  name: string;
  seed(engine: Engine, s: Seeded): void;
  actions(s: Seeded): Action[];
}

function must(engine: Engine, cmd: RawCommand): unknown {
  const reply = engine.dispatch(cmd, { actor: 'bench', lang: 'en' });
  if (!reply.ok) throw new Error(`${cmd.type} refused while generating: ${reply.error.message}`);
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
    must(engine, { type: 'council.save', ...s.council });
  },
  actions: (s) => [(i) => ({ type: 'council.save', ...s.council, name: `${s.council.name} (${i})` })],
};

const session: Domain = {
  name: 'session',
  seed(engine, s) {
    const { id: _unset, ...fields } = s.session;
    s.session.id = (must(engine, { type: 'session.create', ...fields }) as { id: number }).id;
  },
  actions: (s) => [(i) => ({ type: 'session.update', ...s.session, title: `Kỳ họp thường lệ cuối năm · ${i}` })],
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
      s.delegates.push({ id: (must(engine, { type: 'delegate.add', ...d }) as { id: number }).id, ...d });
    }
  },
  actions: (s) => [
    (i) => {
      const { ...d } = s.delegates[i % s.delegates.length];
      return { type: 'delegate.update', ...d, title: `${TITLES[i % TITLES.length]} · ${i}` };
    },
  ],
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
      s.agenda.push({ id: (must(engine, { type: 'agenda.add', ...item }) as { id: number }).id, ...item });
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

/** In seeding order. Add speeches, questions and votes here when their domains land. */
export const DOMAINS: Domain[] = [council, session, delegates, agenda];

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
