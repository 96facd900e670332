import { t } from './i18n.svelte';

/** 95 → "1 h 35 min" / "1 giờ 35 phút"; 40 → "40 min". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h > 0 ? t('duration.hoursMinutes', { h, m }) : t('duration.minutes', { n: m });
}
