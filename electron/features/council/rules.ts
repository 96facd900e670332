import { z } from 'zod';
import type { Db } from '../../store/db';
import { getSettingText, setSetting } from '../../store/settings';
import { DISMISSAL_RULE, majorityRuleSchema, ORDINARY_RULE } from '../../../common/votes/rule';
import { AGENDA_LIMITS, RULES_LIMITS } from '../../../common/limits';

/**
 * The council's rules of procedure (nội quy) as data, with the defaults of DESIGN.md §3.
 * Durations are in seconds. Each domain adds the rules it needs here, always with a default,
 * so an older database reads as the defaults.
 */
const seconds = (max: number) => z.int().min(0).max(max);
const speaking = seconds(RULES_LIMITS.speakingSeconds);
const minutes = z.int().min(0).max(AGENDA_LIMITS.plannedMinutes);
const quorumTerm = z.int().min(1).max(RULES_LIMITS.quorumTerm);

export const rulesSchema = z.strictObject({
  /** Planned minutes a new agenda item of each kind gets unless told otherwise. */
  defaultMinutes: z
    .strictObject({
      opening: minutes.default(15),
      report: minutes.default(15),
      submission: minutes.default(15),
      verification: minutes.default(10),
      discussion: minutes.default(60),
      questioning: minutes.default(120),
      vote: minutes.default(10),
      election: minutes.default(30),
      closing: minutes.default(15),
      break: minutes.default(15),
      other: minutes.default(10),
    })
    .prefault({}),
  /** Speaking limits, seconds. */
  limits: z
    .strictObject({
      speech: speaking.default(7 * 60),
      secondSpeech: speaking.default(3 * 60),
      debateReply: speaking.default(3 * 60),
      pointOfOrder: speaking.default(60),
      explanation: speaking.default(10 * 60),
      question: speaking.default(3 * 60),
      answer: speaking.default(7 * 60),
    })
    .prefault({}),
  /** How long before a planned end the timer turns amber, seconds. */
  warnBeforeSeconds: seconds(RULES_LIMITS.warnSeconds).default(60),
  /** Chime shortly before and at the planned end; the chair can mute it. */
  chime: z.boolean().default(true),
  /** Share of total seats that must be present for a quorum: numerator/denominator, at least. */
  quorum: z
    .strictObject({ numerator: quorumTerm, denominator: quorumTerm })
    .refine((q) => q.numerator <= q.denominator, { message: 'quorum over the whole', path: ['numerator'] })
    .prefault({ numerator: 2, denominator: 3 }),
  /** Majority rules a new vote starts from; each vote may change its own before it opens. */
  majority: z
    .strictObject({
      ordinary: majorityRuleSchema.default(ORDINARY_RULE),
      dismissal: majorityRuleSchema.default(DISMISSAL_RULE),
    })
    .prefault({}),
  /**
   * Personnel votes: electing takes `election`; dismissing an official the council elected
   * (miễn nhiệm, bãi nhiệm) takes `dismissal`, by default at least two thirds of the total seats
   * as the product's rules have it (DESIGN.md §7). A rule of its own, apart from
   * `majority.dismissal` (a resolution removing a delegate): a council that reads Luật Tổ chức
   * chính quyền địa phương 2015 and Nghị định 08/2016/NĐ-CP as more than half for a routine
   * dismissal of an official sets it so, without touching the delegate's two thirds;
   * a confidence vote flags low confidence from
   * `lowResign` (may resign) and `lowDismiss` (dismissal proposed), Nghị quyết 96/2023/QH15.
   * Their base is also that of the percentages.
   */
  personnel: z
    .strictObject({
      election: majorityRuleSchema.default(ORDINARY_RULE),
      dismissal: majorityRuleSchema.default(DISMISSAL_RULE),
      lowResign: majorityRuleSchema.default(ORDINARY_RULE),
      lowDismiss: majorityRuleSchema.default(DISMISSAL_RULE),
    })
    .prefault({}),
});

export type Rules = z.output<typeof rulesSchema>;

const KEY = 'rules';

/**
 * The last rules read, by their stored text: many commands and slices read the rules, and
 * parsing them with their defaults costs more than the rest of a typical command.
 */
const parsed = new WeakMap<Db, { text: string | undefined; rules: Rules }>();

export function readRules(db: Db): Rules {
  const text = getSettingText(db, KEY);
  const cached = parsed.get(db);
  if (cached && cached.text === text) return cached.rules;
  // Frozen: every reader shares this one object, so none may change it.
  const rules = deepFreeze(rulesSchema.parse(text === undefined ? {} : JSON.parse(text)));
  parsed.set(db, { text, rules });
  return rules;
}

/**
 * The council's speaking limit of one kind now, ms (a speech kind, a question, an answer): what
 * a speech, question or answer is given when it starts, and keeps.
 */
export function limitMs(db: Db, kind: keyof Rules['limits']): number {
  return readRules(db).limits[kind] * 1000;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

export function writeRules(db: Db, rules: Rules): void {
  setSetting(db, KEY, rules);
}
