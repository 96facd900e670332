import { describe, expect, it } from 'vitest';
import {
  baseCount,
  canStillPass,
  DISMISSAL_RULE,
  formatPercent,
  ORDINARY_RULE,
  passes,
  votesNeeded,
  type BaseInputs,
  type MajorityRule,
} from '../../../common/votes/rule';

const rule = (comparison: MajorityRule['comparison'], numerator: number, denominator: number, base: MajorityRule['base'] = 'seats'): MajorityRule => ({
  base,
  comparison,
  numerator,
  denominator,
});

describe('votes needed at the edges', () => {
  it.each([
    // more than half of total seats: odd and even counts, exact half fails
    [ORDINARY_RULE, 58, 30],
    [ORDINARY_RULE, 59, 30],
    [ORDINARY_RULE, 60, 31],
    [ORDINARY_RULE, 1, 1],
    [ORDINARY_RULE, 2, 2],
    [ORDINARY_RULE, 3, 2],
    // at least two thirds of total seats: exact two thirds passes
    [DISMISSAL_RULE, 60, 40],
    [DISMISSAL_RULE, 58, 39],
    [DISMISSAL_RULE, 59, 40],
    [DISMISSAL_RULE, 3, 2],
    // at least half: an exact half passes
    [rule('atLeast', 1, 2), 58, 29],
    [rule('atLeast', 1, 2), 59, 30],
    // more than two thirds: exact two thirds fails
    [rule('moreThan', 2, 3), 60, 41],
    [rule('moreThan', 2, 3), 58, 39],
    // three quarters
    [rule('atLeast', 3, 4), 80, 60],
    [rule('moreThan', 3, 4), 80, 61],
    [rule('atLeast', 3, 4), 81, 61],
    // nothing passes without a vote in favour
    [rule('atLeast', 1, 2, 'cast'), 0, 1],
    [ORDINARY_RULE, 0, 1],
  ])('%o over %i needs %i', (r, base, needed) => {
    expect(votesNeeded(r, base)).toBe(needed);
    expect(passes(r, needed, base)).toBe(true);
    expect(passes(r, needed - 1, base)).toBe(false);
  });

  it('never rounds through floats: at least 7/100 of 100 is 7, though 0.07 * 100 is 7.000000000000001', () => {
    expect(Math.ceil(0.07 * 100)).toBe(8); // the trap a float implementation falls into
    expect(votesNeeded(rule('atLeast', 7, 100), 100)).toBe(7);
    expect(passes(rule('atLeast', 7, 100), 7, 100)).toBe(true);
  });
});

describe('abstentions under each base', () => {
  // 58 seats, 50 present, 26 for, 10 against, 14 abstaining.
  const v: BaseInputs = { seats: 58, present: 50, returned: 48, for: 26, against: 10, abstain: 14 };
  it.each([
    ['seats', 58, 30, false],
    ['present', 50, 26, true],
    ['ballots', 48, 25, true],
    ['cast', 50, 26, true],
    ['forAgainst', 36, 19, true],
  ] as const)('base %s counts %i, needs %i, passes %s', (base, count, needed, passed) => {
    const r = rule('moreThan', 1, 2, base);
    expect(baseCount(r, v)).toBe(count);
    expect(votesNeeded(r, count)).toBe(needed);
    expect(passes(r, v.for, count)).toBe(passed);
  });

  it('abstentions count against under "cast" but not under "for and against"', () => {
    const few: BaseInputs = { seats: 58, present: 40, returned: 0, for: 15, against: 10, abstain: 6 };
    expect(passes(rule('moreThan', 1, 2, 'cast'), 15, baseCount(rule('moreThan', 1, 2, 'cast'), few))).toBe(false); // 15 of 31
    expect(passes(rule('moreThan', 1, 2, 'forAgainst'), 15, baseCount(rule('moreThan', 1, 2, 'forAgainst'), few))).toBe(true); // 15 of 25
  });
});

describe('can it still pass while counting', () => {
  it('on total seats: only if the uncounted could bring it to the line', () => {
    const v: BaseInputs = { seats: 58, present: 40, returned: 0, for: 20, against: 5, abstain: 5 };
    expect(canStillPass(ORDINARY_RULE, v, 10)).toBe(true); // 30 possible, 30 needed
    expect(canStillPass(ORDINARY_RULE, { ...v, abstain: 6 }, 9)).toBe(false); // 29 possible
  });
  it('on votes cast: the base grows with the uncounted votes', () => {
    const v: BaseInputs = { seats: 58, present: 40, returned: 0, for: 2, against: 20, abstain: 0 };
    expect(canStillPass(rule('moreThan', 1, 2, 'cast'), v, 18)).toBe(false); // 20 of 40
    expect(canStillPass(rule('moreThan', 1, 2, 'cast'), v, 19)).toBe(true); // 21 of 41
  });
});

describe('percentages, two decimals, rounded half-up', () => {
  it.each([
    [48, 49, '97,96', '97.96'],
    [49, 58, '84,48', '84.48'],
    [28, 30, '93,33', '93.33'],
    [1, 3, '33,33', '33.33'],
    [2, 3, '66,67', '66.67'],
    [1, 8, '12,50', '12.50'],
    [1, 16, '6,25', '6.25'], // 6.25 exactly
    [1, 32, '3,13', '3.13'], // 3.125 rounds half-up
    [1, 1600, '0,06', '0.06'], // 0.0625 → 0.06
    [1, 800, '0,13', '0.13'], // 0.125 → 0.13
    [58, 58, '100,00', '100.00'],
    [0, 58, '0,00', '0.00'],
    [0, 0, '0,00', '0.00'],
  ])('%i/%i → %s', (part, whole, vi, en) => {
    expect(formatPercent(part, whole, 'vi')).toBe(vi);
    expect(formatPercent(part, whole, 'en')).toBe(en);
  });
});
