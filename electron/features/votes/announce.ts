import type { Lang } from '../../../common/strings';
import type { Tally, Vote } from '../../../common/votes/model';
import type { RuleBase } from '../../../common/votes/rule';
import type { VoteResult } from '../../../common/votes/result';

/** What the percentages are "of", as read out. */
export const BASE_PHRASE: Record<RuleBase, Record<Lang, string>> = {
  seats: { vi: 'tổng số đại biểu Hội đồng nhân dân', en: 'of the total number of council delegates' },
  present: { vi: 'tổng số đại biểu có mặt', en: 'of the delegates present' },
  ballots: { vi: 'tổng số phiếu thu vào', en: 'of the ballots returned' },
  cast: { vi: 'tổng số đại biểu tham gia biểu quyết', en: 'of the votes cast' },
  forAgainst: { vi: 'tổng số phiếu tán thành và không tán thành', en: 'of the votes for and against' },
};

/**
 * The result as the chair reads it out, in Vietnamese administrative style:
 * "Có 28/30 đại biểu tán thành, chiếm 93,33% tổng số đại biểu Hội đồng nhân dân; …".
 */
export function announcement(vote: Pick<Vote, 'rule' | 'method' | 'resolutionTitle' | 'resolutionNumber'>, tally: Tally, r: VoteResult, lang: Lang): string {
  const p = r.percent[lang];
  const of = BASE_PHRASE[vote.rule.base][lang];
  // Abstentions are outside a "for and against" base, so they get no share of it.
  const abstainShare = vote.rule.base !== 'forAgainst';
  const title = vote.resolutionNumber ? `${vote.resolutionTitle} (${lang === 'vi' ? 'số' : 'No.'} ${vote.resolutionNumber})` : vote.resolutionTitle;
  if (lang === 'vi') {
    const unit = vote.method === 'secret' ? 'phiếu' : 'đại biểu';
    const ballots =
      vote.method === 'secret'
        ? `Số phiếu phát ra: ${tally.issued}; số phiếu thu vào: ${tally.returned}; số phiếu hợp lệ: ${tally.valid}; số phiếu không hợp lệ: ${tally.invalid}. `
        : '';
    return (
      `${ballots}Có ${tally.for}/${r.base} ${unit} tán thành, chiếm ${p.for}% ${of}; ` +
      `${tally.against} ${unit} không tán thành, chiếm ${p.against}%; ` +
      `${tally.abstain} ${unit} không biểu quyết${abstainShare ? `, chiếm ${p.abstain}%` : ''}. ` +
      `Như vậy, ${title} ${r.passed ? 'đã được' : 'không được'} Hội đồng nhân dân thông qua.`
    );
  }
  const unit = vote.method === 'secret' ? 'ballots' : 'delegates';
  const ballots =
    vote.method === 'secret'
      ? `Ballots issued: ${tally.issued}; returned: ${tally.returned}; valid: ${tally.valid}; invalid: ${tally.invalid}. `
      : '';
  return (
    `${ballots}${tally.for} of ${r.base} ${unit} in favour, ${p.for}% ${of}; ` +
    `${tally.against} against, ${p.against}%; ` +
    `${tally.abstain} abstaining${abstainShare ? `, ${p.abstain}%` : ''}. ` +
    `${title} is therefore ${r.passed ? 'adopted' : 'not adopted'} by the council.`
  );
}
