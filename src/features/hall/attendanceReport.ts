/**
 * The roll call's report on the hall, as the Hall screen and Attendance views offer it: one
 * key puts it up, the same key takes it down. "Up" means what the hall really shows now, so a
 * report outranked (a ballot being held) is offered again rather than taken down unseen.
 */
import type { State } from '../../lib/live.svelte';
import { live } from '../../lib/live.svelte';
import { contentFor } from '../../hall/content';

export const attendanceOnHall = (d: State): boolean => contentFor(d)?.id === 'auto:attendance';

export function toggleAttendanceReport(d: State) {
  return live.send('hall.attendance', { show: !attendanceOnHall(d) });
}
