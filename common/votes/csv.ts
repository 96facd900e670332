import Papa from 'papaparse';
import type { Lang } from '../strings';
import type { VoteView } from './result';
import { ruleFraction } from './rule';

const HEAD: Record<Lang, string[]> = {
  vi: ['Mục chương trình', 'Số nghị quyết', 'Nghị quyết', 'Lần biểu quyết', 'Quy tắc', 'Phương thức', 'Có mặt', 'Tổng số đại biểu', 'Tán thành', 'Không tán thành', 'Không biểu quyết', 'Phiếu phát ra', 'Phiếu thu vào', 'Phiếu hợp lệ', 'Phiếu không hợp lệ', 'Cơ sở tính', 'Cần', 'Tỷ lệ tán thành (%)', 'Kết quả', 'Phiên bản', 'Mở lúc', 'Kết thúc lúc'],
  en: ['Agenda item', 'Resolution number', 'Resolution', 'Round', 'Rule', 'Method', 'Present', 'Total seats', 'For', 'Against', 'Abstaining', 'Ballots issued', 'Ballots returned', 'Valid ballots', 'Invalid ballots', 'Base', 'Needed', 'For (%)', 'Result', 'Version', 'Opened', 'Closed'],
};

const WORDS = {
  vi: {
    // The screens' wording ("quá 1/2 tổng số đại biểu"): one wording for the same rule.
    moreThan: 'Quá', atLeast: 'Ít nhất', of: '',
    base: { seats: 'tổng số đại biểu', present: 'số đại biểu có mặt', ballots: 'số phiếu thu vào', cast: 'số phiếu biểu quyết', forAgainst: 'số phiếu tán thành và không tán thành' },
    method: { hands: 'Giơ tay', named: 'Biểu quyết ghi danh', secret: 'Bỏ phiếu kín' },
    passed: 'Thông qua', failed: 'Không thông qua', pending: 'Chưa kết thúc',
  },
  en: {
    moreThan: 'More than', atLeast: 'At least', of: 'of',
    base: { seats: 'total seats', present: 'present', ballots: 'ballots returned', cast: 'votes cast', forAgainst: 'for and against' },
    method: { hands: 'Show of hands', named: 'Named', secret: 'Secret ballot' },
    passed: 'Adopted', failed: 'Not adopted', pending: 'Not closed',
  },
} as const;

/**
 * All votes of a session as CSV, one row per vote, the current (latest) version of each.
 * Starts with a byte-order mark so that Excel reads the Vietnamese as UTF-8.
 */
export function votesCsv(votes: readonly VoteView[], itemTitles: ReadonlyMap<number, string>, lang: Lang, formatTime: (ms: number) => string): string {
  const w = WORDS[lang];
  const rows = votes.map((v) => {
    const r = v.result;
    const t = v.tally;
    const secret = v.method === 'secret';
    return [
      v.agendaItemId === null ? '' : itemTitles.get(v.agendaItemId) ?? '',
      v.resolutionNumber,
      v.resolutionTitle,
      v.round,
      [w[v.rule.comparison], ruleFraction(v.rule), w.of, w.base[v.rule.base]].filter(Boolean).join(' '),
      w.method[v.method],
      v.present,
      v.seats,
      t.for,
      t.against,
      t.abstain,
      secret ? t.issued : '',
      secret ? t.returned : '',
      secret ? t.valid : '',
      secret ? t.invalid : '',
      r.base,
      r.needed,
      r.percent[lang].for,
      v.status !== 'closed' ? w.pending : r.passed ? w.passed : w.failed,
      v.versions.length,
      v.openedAt === null ? '' : formatTime(v.openedAt),
      v.closedAt === null ? '' : formatTime(v.closedAt),
    ];
  });
  // papaparse, as for the questioning log: every field quoted, inner quotes doubled (RFC 4180).
  return '\uFEFF' + Papa.unparse({ fields: HEAD[lang], data: rows }, { quotes: true, newline: '\r\n' }) + '\r\n';
}
