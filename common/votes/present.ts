import type { Delegate } from '../roster/model';
import type { Mark } from '../attendance/model';
import { awayFrom } from '../attendance/model';

/**
 * Who may vote now: the voting delegates present by the current roll call (the `attendance`
 * slice's marks; anyone unmarked is present). Before any roll call of the session there are
 * no marks, so every voting delegate on the roster counts. The engine (opening a vote,
 * accepting named marks) and the votes view both ask this, so what the secretary sees is
 * what the engine accepts.
 */
export function presentVoters<D extends Pick<Delegate, 'id' | 'voting'>>(
  delegates: readonly D[],
  marks: readonly Pick<Mark, 'delegateId' | 'status' | 'time'>[] = [],
  /** The roll call's own roster (the attendance slice's `memberIds`); null before any roll call. */
  memberIds: readonly number[] | null = null,
): D[] {
  const away = awayFrom(marks);
  const members = memberIds === null ? null : new Set(memberIds);
  return delegates.filter((d) => d.voting && !away.has(d.id) && (members === null || members.has(d.id)));
}
