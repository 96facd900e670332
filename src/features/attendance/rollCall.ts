/**
 * Roll calls as the chair reads them: named like the agenda's sittings, in the console's
 * language ("Afternoon, 8 Dec 2026", not the stored "2026-12-08 chiều"), and the sitting in
 * progress that has none yet, so the console can offer it.
 */
import type { State } from '../../lib/live.svelte';
import { formatDate } from '../../../common/dates';
import { midSentence } from '../../../common/strings';
import { i18n, t, type MessageKey } from '../../lib/i18n.svelte';
import { sittingLabel, sittingOfLabel } from '../../../common/attendance/sittingLabel';
import { sittingUnderway, type Sitting } from '../../../common/timing/model';
import type { Mark, RollCall } from '../../../common/attendance/model';
import { awayKind } from '../../../common/attendance/report';
import { isRollCallItem } from '../../../common/attendance/rollCallItem';
import { itemName } from '../votes/votes';

/** Why someone is away, as the roll call marked them ("Vắng có lý do", "Về sớm 10:40"); '' when not away or not marked. */
export function awayWords(mark: Pick<Mark, 'status' | 'time'> | undefined): string {
  const kind = mark ? awayKind(mark) : null;
  return kind ? t(`att.status.${kind}` as MessageKey, { time: mark?.time ?? '' }).trim() : '';
}

export const sittingName = (s: Pick<Sitting, 'part' | 'date'>): string =>
  t('sitting.name', { part: t(`sitting.part.${s.part}`), date: formatDate(s.date, i18n.lang) });

/**
 * Vietnamese writes a sitting's name lower case inside a sentence: "phiên buổi chiều 08/12/2026".
 * Every such sentence says "phiên" (or "phiên họp") itself, so a roll call typed as "Phiên khai
 * mạc" loses that word there: "điểm danh phiên khai mạc", not "điểm danh phiên phiên khai mạc".
 */
const inSentence = (name: string): string => (i18n.lang === 'vi' ? midSentence(name).replace(/^phiên( họp)?\s+(?=\S)/iu, '') : name);

export const sittingPhrase = (s: Pick<Sitting, 'part' | 'date'>): string => inSentence(sittingName(s));

/**
 * A roll call's label as the chair reads it: its sitting's name when it is one of the agenda's or
 * has a sitting's form ("2026-12-08 sáng", as the engine names it too); else as typed.
 */
export function rollCallName(data: Pick<State, 'sittings'>, label: string): string {
  const s = data.sittings.find((x) => sittingLabel(x) === label) ?? sittingOfLabel(label);
  return s ? sittingName(s) : label;
}

/** The same, inside a sentence. */
export const rollCallPhrase = (data: Pick<State, 'sittings'>, label: string): string => inSentence(rollCallName(data, label));

/**
 * The roll call a new one starts from: the latest taken (the previous sitting's), as the engine
 * carries it, not the one on screen, which may be an older one looked back at. Whatever offers a
 * new roll call names this one, so what it says is what it copies.
 */
export function carriedRollCall(data: Pick<State, 'attendance'>): RollCall | null {
  return data.attendance.sittings.at(-1) ?? null;
}

/** The sitting in progress whose roll call has not been taken, or null. */
export function sittingWithoutRollCall(data: Pick<State, 'sittings' | 'attendance'>): Sitting | null {
  const taken = new Set(data.attendance.sittings.map((r) => r.sittingLabel));
  return data.sittings.find((s) => s.status === 'open' && !taken.has(sittingLabel(s))) ?? null;
}

/**
 * The roll call the counts now come from (the engine's current one, by which a vote counts who is
 * present), when it is not the roll call of the sitting in progress, or, with none in progress,
 * of the day `today`: the console warns that the counts are another sitting's, and the hall says
 * whose they are, so nobody reads yesterday's count as today's. Null when the counts are the
 * current sitting's, before any roll call, and for a roll call named by hand that names no sitting
 * while none is in progress (nothing says it is not today's).
 */
export function rollCallFromElsewhere(data: Pick<State, 'sittings' | 'attendance'>, today: string): RollCall | null {
  const current = data.attendance.sittings.find((r) => r.id === data.attendance.currentId);
  if (!current) return null;
  const sitting = sittingUnderway(data.sittings);
  if (sitting) return current.sittingLabel === sittingLabel(sitting) ? null : current;
  const of = sittingOfLabel(current.sittingLabel);
  return of !== null && of.date !== today ? current : null;
}

/**
 * The programme's roll-call item ("Báo cáo kết quả điểm danh") while the chair runs it: its name as
 * the console shows it, and a key for this start of it (an offer answered is not asked again until
 * the item starts again). Null while any other item runs, or none.
 */
export function runningRollCallItem(data: Pick<State, 'timing' | 'agenda'>): { name: string; key: string } | null {
  const running = data.timing.items.find((i) => i.status === 'running');
  const item = running && data.agenda.find((i) => i.id === running.id);
  return running && item && isRollCallItem(item.title) ? { name: itemName(data, item.id) ?? item.title, key: `${item.id}@${running.segments.at(-1)?.startedAt ?? 0}` } : null;
}
