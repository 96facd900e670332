/**
 * One sentence per command a paired device sent ("Thư ký - laptop 2 marked Nguyễn Văn A
 * late at 08:12"), for the chair's list of who did what. Commands without a sentence of
 * their own are named by their type.
 */
import type { DeviceActivity } from '../../../electron/engine/protocol';
import type { State } from '../../../electron/engine/state';
import { t, type MessageKey } from '../../lib/i18n.svelte';
import { timeOfDay } from '../../lib/format';

type Payload = Record<string, unknown>;

export function describeActivity(entry: DeviceActivity, data: Pick<State, 'delegates'>): string {
  const p = (entry.payload ?? {}) as Payload;
  const name = (id: unknown) => data.delegates.find((d) => d.id === id)?.fullName ?? `#${String(id)}`;
  const base = { actor: entry.actor, time: timeOfDay(entry.at) };
  switch (entry.type) {
    case 'attendance.mark':
      return t('activity.attendance.mark', { ...base, name: name(p.delegateId), status: t(`activity.status.${String(p.status)}` as MessageKey) });
    case 'speaker.request':
      return t('activity.speaker.request', { ...base, name: name(p.delegateId) });
    case 'vote.tally':
      return t('activity.vote.tally', { ...base, for: Number(p.for), against: Number(p.against), abstain: Number(p.abstain) });
    case 'delegate.add':
      return t('activity.delegate.add', { ...base, name: String(p.fullName ?? '') });
    default:
      return t('activity.other', { ...base, type: entry.type });
  }
}
