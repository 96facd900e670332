import { t } from './i18n.svelte';
import { wholeSeconds } from '../../common/timing/timer';

/** 95 → "1 h 35 min" / "1 giờ 35 phút"; 40 → "40 min". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? t('duration.hoursMinutes', { h, m }) : t('duration.minutes', { n: m });
}

/**
 * A duration in words, for a note beside a figure or a forecast: 95 min → "1 giờ 35 phút"; under a minute,
 * in seconds ("12 giây"), where whole minutes would say "0 phút" of a sitting that has begun.
 */
export function formatDuration(ms: number): string {
  const seconds = wholeSeconds(ms) / 1000;
  return seconds < 60 ? t('duration.seconds', { n: seconds }) : formatMinutes(Math.round(ms / 60_000));
}
