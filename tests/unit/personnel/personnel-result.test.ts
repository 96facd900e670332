import { describe, expect, it } from 'vitest';
import { DISMISSAL_RULE, ORDINARY_RULE, type MajorityRule, type RuleBase } from '../../../common/votes/rule';
import { EMPTY_LINE, personnelResults, type LineCounts, type PersonnelInput, type PersonnelRules } from '../../../common/personnel/result';
import { reasonInBrackets, voteHeading } from '../../../common/personnel/words';
import { namedHonorific, namedPerson } from '../../../src/features/personnel/personnel';

const RULES: PersonnelRules = { pass: ORDINARY_RULE, resign: ORDINARY_RULE, dismiss: DISMISSAL_RULE };
const line = (c: Partial<LineCounts>): LineCounts => ({ ...EMPTY_LINE, ...c });

function election(seats: number, agrees: number[], posts = 1, extra: Partial<PersonnelInput> = {}): PersonnelInput {
  return {
    kind: 'election',
    posts,
    rules: RULES,
    seats,
    present: seats,
    ballots: { issued: seats, returned: seats, valid: seats, invalid: 0 },
    lines: agrees.map((agree) => line({ agree, disagree: seats - agree })),
    ...extra,
  };
}
const outcomes = (p: PersonnelInput) => personnelResults(p).map((r) => r.outcome);

describe('elections: more than half of the total seats', () => {
  it.each([
    [58, 30, 'elected'],
    [58, 29, 'notElected'], // exactly half
    [32, 17, 'elected'],
    [32, 16, 'notElected'], // exactly half
    [32, 15, 'notElected'],
    [35, 18, 'elected'],
    [35, 17, 'notElected'],
  ])('%i seats, %i agreeing: %s', (seats, agree, outcome) => {
    expect(outcomes(election(seats, [agree]))).toEqual([outcome]);
  });

  it('15 of 32 is 46,88% and not elected', () => {
    const [r] = personnelResults(election(32, [15]));
    expect(r).toMatchObject({ base: 32, needed: 17, outcome: 'notElected' });
    expect(r.percent.vi.agree).toBe('46,88');
    expect(r.percent.en.agree).toBe('46.88');
  });

  it.each([
    ['two passing for one post: the higher wins', [40, 35], 1, ['elected', 'notElected']],
    ['three passing for two posts', [45, 40, 31], 2, ['elected', 'elected', 'notElected']],
    ['a tie for the only post: a new round decides', [40, 40], 1, ['tie', 'tie']],
    ['a tie for the last of two posts', [40, 35, 35], 2, ['elected', 'tie', 'tie']],
    ['level at the top with two posts: both elected', [40, 40, 35], 2, ['elected', 'elected', 'notElected']],
    ['a tie among those not passing is no tie', [20, 20, 45], 1, ['notElected', 'notElected', 'elected']],
    ['fewer passing than posts', [45, 10], 3, ['elected', 'notElected']],
  ])('%s', (_, agrees, posts, expected) => {
    expect(outcomes(election(58, agrees, posts))).toEqual(expected);
  });

  it('says while counting who can still be elected', () => {
    const p = election(58, [], 1, { ballots: { issued: 56, returned: 56, valid: 54, invalid: 2 }, lines: [line({ agree: 20, disagree: 5 }), line({ agree: 5, disagree: 25 })] });
    const [a, b] = personnelResults(p);
    expect(a).toMatchObject({ counted: 25, uncounted: 29, canStillPass: true }); // 49 possible, 30 needed
    expect(b).toMatchObject({ counted: 30, uncounted: 24, canStillPass: false }); // 29 possible
  });
});

describe('dismissal: at least two thirds of the total seats', () => {
  const dismissal = (seats: number, agree: number) =>
    outcomes({ ...election(seats, [agree]), kind: 'dismissal', rules: { ...RULES, pass: DISMISSAL_RULE } })[0];
  it.each([
    [30, 20, 'dismissed'], // exactly two thirds
    [30, 19, 'notDismissed'],
    [58, 39, 'dismissed'],
    [58, 38, 'notDismissed'],
  ])('%i seats, %i agreeing: %s', (seats, agree, outcome) => {
    expect(dismissal(seats, agree)).toBe(outcome);
  });
});

describe('every base', () => {
  const rule = (base: RuleBase): MajorityRule => ({ ...ORDINARY_RULE, base });
  const at = (base: RuleBase) =>
    personnelResults(
      election(100, [], 1, {
        present: 85,
        rules: { ...RULES, pass: rule(base) },
        ballots: { issued: 82, returned: 80, valid: 79, invalid: 1 },
        lines: [line({ agree: 78, disagree: 1 })],
      }),
    )[0];
  it.each([
    ['seats', 100, '78,00'],
    ['present', 85, '91,76'],
    ['ballots', 80, '97,50'], // 78 of 80 ballots returned
    ['cast', 79, '98,73'],
    ['forAgainst', 79, '98,73'],
  ] as const)('%s: base %i, %s%%', (base, n, pct) => {
    const r = at(base);
    expect(r.base).toBe(n);
    expect(r.percent.vi.agree).toBe(pct);
    expect(r.outcome).toBe('elected');
  });
});

describe('confidence votes: three levels of the total seats, per-line validity', () => {
  const confidence = (seats: number, lines: Partial<LineCounts>[], valid = seats): PersonnelInput => ({
    kind: 'confidence',
    posts: 0,
    rules: RULES,
    seats,
    present: seats,
    ballots: { issued: valid, returned: valid, valid, invalid: 0 },
    lines: lines.map(line),
  });

  it('49 "high" of 58 seats is 84,48%; a spoilt line counts for that person only', () => {
    const [a, b] = personnelResults(confidence(58, [{ high: 49, medium: 5, low: 1, invalid: 1 }, { high: 52, medium: 4, low: 0 }], 56));
    expect(a.percent.vi).toMatchObject({ high: '84,48', medium: '8,62', low: '1,72', invalid: '1,72' });
    expect(a).toMatchObject({ base: 58, counted: 56, uncounted: 0, outcome: 'confidence' });
    expect(b).toMatchObject({ counted: 56, outcome: 'confidence' });
    expect(b.percent.en.high).toBe('89.66');
  });

  it.each([
    [58, 29, 'confidence'], // exactly half is not "more than half"
    [58, 30, 'mayResign'],
    [58, 38, 'mayResign'],
    [58, 39, 'dismissalProposed'], // two thirds of 58 is 38,67
    [30, 20, 'dismissalProposed'], // exactly two thirds
    [47, 25, 'mayResign'], // 53,19%
  ])('%i seats, %i low: %s', (seats, low, outcome) => {
    const [r] = personnelResults(confidence(seats, [{ low, high: seats - low }]));
    expect(r.outcome).toBe(outcome);
  });

  it('25 low of 47 is 53,19%', () => {
    expect(personnelResults(confidence(47, [{ low: 25, medium: 22 }]))[0].percent.vi.low).toBe('53,19');
  });
});

describe('the heading of a personnel vote', () => {
  it('names the kind before the title, once: not "Lấy phiếu tín nhiệm: Lấy phiếu tín nhiệm đối với …"', () => {
    const confidence = { kind: 'confidence' as const, title: 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu năm 2026' };
    expect(voteHeading(confidence, 'vi')).toBe('Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu năm 2026');
    expect(voteHeading(confidence, 'en')).toBe('Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu năm 2026');
    expect(voteHeading({ kind: 'confidence', title: 'Năm 2026' }, 'vi')).toBe('Lấy phiếu tín nhiệm: Năm 2026');
    expect(voteHeading({ kind: 'election', title: 'Phó Chủ tịch HĐND huyện' }, 'vi')).toBe('Bầu: Phó Chủ tịch HĐND huyện');
    expect(voteHeading({ kind: 'election', title: 'Phó Chủ tịch HĐND huyện' }, 'en')).toBe('Election: Phó Chủ tịch HĐND huyện');
    // A title that only begins with the same letters is not the kind: "Bầu" is not "Báu…".
    expect(voteHeading({ kind: 'election', title: 'Bầu bổ sung Ủy viên UBND huyện' }, 'vi')).toBe('Bầu bổ sung Ủy viên UBND huyện');
    expect(voteHeading({ kind: 'election', title: 'Bàu Sen' }, 'vi')).toBe('Bầu: Bàu Sen');
  });
});

describe('an exemption’s reason inside the record’s sentence', () => {
  it('starts in lower case without its own full stop, and keeps an abbreviation’s capitals', () => {
    // Before: "không lấy phiếu tín nhiệm (Nghỉ hưu từ tháng 01/2025)." in the minutes, counting record and notice.
    expect(reasonInBrackets('Nghỉ hưu từ tháng 01/2025')).toBe('nghỉ hưu từ tháng 01/2025');
    expect(reasonInBrackets('Được bầu trong năm 2024.')).toBe('được bầu trong năm 2024');
    expect(reasonInBrackets('UBND tỉnh điều động')).toBe('UBND tỉnh điều động');
    expect(reasonInBrackets('HĐND huyện bầu tháng 6/2024')).toBe('HĐND huyện bầu tháng 6/2024');
  });
});

describe('the person a dismissal or removal item names', () => {
  const roster = [
    { id: 1, fullName: 'Trần Văn Cường' },
    { id: 2, fullName: 'Đỗ Mạnh Hùng' },
    { id: 3, fullName: 'Nguyễn Thị Hằng' },
    { id: 4, fullName: 'Nguyễn Thị Hằng' },
  ];
  it('is found on the roster by the name after "đối với ông/bà", with or without diacritics typed the same', () => {
    expect(namedPerson('Miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông Trần Văn Cường', roster)?.id).toBe(1);
    expect(namedPerson('Bãi nhiệm chức vụ Ủy viên UBND huyện đối với Ông Đỗ  Mạnh Hùng.', roster)?.id).toBe(2);
  });
  it('is nobody for an election, a name the roster lacks or holds twice, or no name', () => {
    expect(namedPerson('Bầu Phó Chủ tịch UBND huyện đối với ông Trần Văn Cường', roster)).toBeNull();
    expect(namedPerson('Miễn nhiệm Ủy viên UBND huyện đối với ông Lê Văn Tám', roster)).toBeNull();
    expect(namedPerson('Miễn nhiệm Ủy viên UBND huyện đối với bà Nguyễn Thị Hằng', roster)).toBeNull();
    expect(namedPerson('Miễn nhiệm Ủy viên UBND huyện', roster)).toBeNull();
    expect(namedPerson(null, roster)).toBeNull();
    // The item's "ông" / "bà" is how the person is addressed, whatever the name would suggest.
    expect(namedHonorific('Miễn nhiệm Ủy viên UBND huyện đối với bà Nguyễn Ngọc Lan')).toBe('ms');
    expect(namedHonorific('Bãi nhiệm chức vụ Ủy viên UBND huyện đối với Ông Đỗ  Mạnh Hùng.')).toBe('mr');
    expect(namedHonorific('Miễn nhiệm Ủy viên UBND huyện')).toBeNull();
  });
});
