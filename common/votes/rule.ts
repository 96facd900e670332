import { z } from 'zod';

/**
 * Majority rules as data (DESIGN.md §3): "more than 1/2 of total seats", "at least 2/3 of
 * total seats", "more than 1/2 of votes cast"… All pass/fail arithmetic is on integers:
 * `for * d > n * base` never meets a rounding error, a float comparison could.
 */
export const RULE_BASES = ['seats', 'present', 'ballots', 'cast', 'forAgainst'] as const;
export type RuleBase = (typeof RULE_BASES)[number];
export const COMPARISONS = ['moreThan', 'atLeast'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const majorityRuleSchema = z.strictObject({
  base: z.enum(RULE_BASES),
  comparison: z.enum(COMPARISONS),
  numerator: z.int().min(1).max(100),
  denominator: z.int().min(1).max(100),
});
export type MajorityRule = z.output<typeof majorityRuleSchema>;

/** The council's defaults (Luật Tổ chức chính quyền địa phương, art. 91). */
export const ORDINARY_RULE: MajorityRule = { base: 'seats', comparison: 'moreThan', numerator: 1, denominator: 2 };
export const DISMISSAL_RULE: MajorityRule = { base: 'seats', comparison: 'atLeast', numerator: 2, denominator: 3 };

export interface Counts {
  for: number;
  against: number;
  abstain: number;
}

/** What a base can be measured from: the vote's snapshot of seats and present, and ballots returned. */
export interface BaseInputs extends Counts {
  seats: number;
  present: number;
  returned: number;
}

export function baseCount(rule: MajorityRule, v: BaseInputs): number {
  switch (rule.base) {
    case 'seats':
      return v.seats;
    case 'present':
      return v.present;
    case 'ballots':
      return v.returned;
    case 'cast':
      return v.for + v.against + v.abstain;
    case 'forAgainst':
      return v.for + v.against;
  }
}

/**
 * The fewest votes in favour that pass over `base`. Nothing passes without at least one
 * vote in favour, so "at least 1/2 of no votes cast" still needs one.
 */
export function votesNeeded(rule: MajorityRule, base: number): number {
  const { numerator: n, denominator: d } = rule;
  const needed = rule.comparison === 'moreThan' ? div(n * base, d) + 1 : div(n * base + d - 1, d);
  return Math.max(1, needed);
}

/** Whole-number division of non-negative integers, without a float quotient. */
function div(a: number, b: number): number {
  return (a - (a % b)) / b;
}

export function passes(rule: MajorityRule, inFavour: number, base: number): boolean {
  return inFavour >= votesNeeded(rule, base);
}

/**
 * While counting: could the vote still pass if every vote not yet counted went in favour?
 * `uncounted` is the pool not yet counted (present, or valid ballots, minus those counted).
 * Bases that grow with the votes (cast, for and against) grow with them.
 */
export function canStillPass(rule: MajorityRule, v: BaseInputs, uncounted: number): boolean {
  const best = { ...v, for: v.for + uncounted };
  return passes(rule, best.for, baseCount(rule, best));
}

/**
 * `part` as a percentage of `whole` with two decimals, rounded half-up, in integers:
 * 48/49 → "97,96" (vi) / "97.96" (en); 49/58 → "84,48". A zero whole reads as 0.
 */
export function formatPercent(part: number, whole: number, lang: 'vi' | 'en'): string {
  const hundredths = whole === 0 ? 0 : div(2 * part * 10_000 + whole, 2 * whole);
  const int = div(hundredths, 100);
  const frac = String(hundredths % 100).padStart(2, '0');
  return `${int}${lang === 'vi' ? ',' : '.'}${frac}`;
}

/** "more than 1/2 of total seats" style label parts, shared by screens and the CSV. */
export function ruleFraction(rule: MajorityRule): string {
  return `${rule.numerator}/${rule.denominator}`;
}
