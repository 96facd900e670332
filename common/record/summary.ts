import type { AgendaItem } from '../agenda/model';
import { foldWords } from '../fold';

/**
 * Programme lines that are ceremony or procedure, not content: the flag salute (at the opening
 * and at the close), the reason for the session with its guests, the roll call's report, the
 * adoption of the programme, a break, self-study time. The minutes name
 * them with their times and nothing more, so they ask for no summary. Decided by the item's kind
 * (a break) and by what its title says, in either language and however it goes on ("Chào cờ bế
 * mạc", "Thông qua chương trình kỳ họp thứ 12"), folded as the programme import folds titles.
 */
const CEREMONY_WORDS = [
  /^(nghi le )?chao co\b/,
  /^(the )?(flag salute|salute (to )?the flag|national anthem)\b/,
  // The session's own programme only: "Thông qua Chương trình giám sát năm 2027" is a resolution.
  /^thong qua chuong trinh( (ky hop|lam viec|phien hop)\b|$)/,
  /^(adoption of|adopting|adopt|approval of|approving|approve) the (session s )?(programme|program|agenda)( of the (session|sitting))?$/,
  // Opening procedure: the reason for the session and the guests; the roll call's report, whose
  // figures the minutes print from the roll call itself.
  /^tuyen bo ly do\b/,
  /^bao cao (so luong dai bieu|ket qua diem danh|diem danh)\b/,
  /^(report on (the )?(attendance|roll call|delegates present)|attendance report|roll call)\b/,
  /^(nghi )?giai lao\b/,
  /^(break|recess|tea break|coffee break)\b/,
  /\btu nghien cuu\b/,
  /^nghien cuu tai lieu\b/,
  /\bself study\b/,
];

/** True when the minutes need no summary of what was said under this item (see above). */
export function needsNoSummary(item: Pick<AgendaItem, 'kind' | 'title'>): boolean {
  if (item.kind === 'break') return true;
  const words = foldWords(item.title);
  return CEREMONY_WORDS.some((w) => w.test(words));
}
