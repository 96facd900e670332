/** Calendar dates as people read them, for the screens and the documents alike. */

/** One formatter for every English date: building one per call (toLocaleDateString) is slow. */
let englishDates: Intl.DateTimeFormat | null = null;

/** "2026-12-08" → "08/12/2026" (vi) or "8 Dec 2026" (en); anything else is returned as it came. */
export function formatDate(iso: string, lang: 'vi' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'vi') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  englishDates ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return englishDates.format(new Date(Date.UTC(y, m - 1, d)));
}
