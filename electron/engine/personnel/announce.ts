import type { Lang } from '../messages';
import { basePhrase } from '../votes/announce';
import type { PersonnelPerson, PersonnelVote } from '../../store/personnel';
import { KIND_LEVELS, type PersonResult } from './result';
import { addressed, LEVEL_NAMES } from './words';

/**
 * The statutory sentence for one person, as the head of the counting committee reads it:
 * "Ông Lương Xuân Quý được 49/58 phiếu tín nhiệm cao, chiếm 84,48% tổng số đại biểu Hội đồng
 * nhân dân; 5/58 phiếu tín nhiệm, chiếm 8,62%; 1/58 phiếu tín nhiệm thấp, chiếm 1,72%."
 */
export function personSentence(vote: Pick<PersonnelVote, 'kind' | 'title' | 'rules'>, person: PersonnelPerson, r: PersonResult, lang: Lang): string {
  const who = addressed(person, lang);
  const rule = vote.kind === 'confidence' ? vote.rules.resign : vote.rules.pass;
  const of = basePhrase(rule.base, lang);
  const levels = KIND_LEVELS[vote.kind].filter((l) => l !== 'invalid' && l !== 'disagree');
  const parts = levels.map((l, i) => {
    const n = `${person.counts[l]}/${r.base}`;
    const name = LEVEL_NAMES[lang][l];
    if (lang === 'vi') return `${n} phiếu ${name}, chiếm ${r.percent.vi[l]}%${i === 0 ? ` ${of}` : ''}`;
    return `${n} ballots ${name}, ${r.percent.en[l]}%${i === 0 ? ` ${of}` : ''}`;
  });
  const counts = lang === 'vi' ? `${who} được ${parts.join('; ')}` : `${who} received ${parts.join('; ')}`;
  return `${counts}${verdict(vote, who, r, lang)}.`;
}

function verdict(vote: Pick<PersonnelVote, 'kind' | 'title'>, who: string, r: PersonResult, lang: Lang): string {
  const vi = lang === 'vi';
  switch (r.outcome) {
    case 'elected':
      return vi ? `. Như vậy, ${who} đã trúng cử chức vụ ${vote.title}` : `. ${who} is therefore elected ${vote.title}`;
    case 'notElected':
      return vi ? `. Như vậy, ${who} không trúng cử` : `. ${who} is therefore not elected`;
    case 'tie':
      return vi
        ? `. ${who} có số phiếu bằng ứng cử viên khác cho chức vụ cuối cùng; Hội đồng nhân dân bầu lại trong số những người bằng phiếu`
        : `. ${who} is level with another candidate for the last post; the council votes again among those level`;
    case 'dismissed':
      return vi ? `. Như vậy, ${who} đã được miễn nhiệm chức vụ ${vote.title}` : `. ${who} is therefore dismissed from the post of ${vote.title}`;
    case 'notDismissed':
      return vi ? `. Như vậy, ${who} không được miễn nhiệm` : `. ${who} is therefore not dismissed`;
    case 'mayResign':
      return vi
        ? `. ${who} có trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp, có thể xin từ chức; nếu không xin từ chức thì Hội đồng nhân dân bỏ phiếu tín nhiệm`
        : `. Low confidence from more than half: ${who} may resign; otherwise the council holds a binding vote of confidence`;
    case 'dismissalProposed':
      return vi
        ? `. ${who} có từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp; cơ quan có thẩm quyền trình Hội đồng nhân dân miễn nhiệm`
        : `. Low confidence from two thirds or more: dismissal of ${who} is proposed to the council`;
    case 'confidence':
      return '';
  }
}
