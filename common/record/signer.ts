import type { Delegate } from '../roster/model';
import { fold } from '../fold';

/** "Chủ tịch HĐND tỉnh", "Chủ tịch Hội đồng nhân dân xã": the council's chair, not a vice chair nor the people's committee's. */
const COUNCIL_CHAIR = /^chu tich (hdnd|hoi dong nhan dan)\b/;

export function isCouncilChairTitle(title: string): boolean {
  return COUNCIL_CHAIR.test(fold(title));
}

/** A line to write the name on by hand, under the room to sign. */
export const NAME_BY_HAND = '……………………………';

/**
 * Who signs for the presiding board or the Standing Committee (the minutes' CHỦ TỌA, the results
 * notice, the review report's guess): the first of the presiding board; with none chosen, the
 * delegate whose title on the roster is the council's chair ("Chủ tịch HĐND huyện"); else none.
 * The one place this choice is made: the name on the documents and the id the Review view offers
 * are both read from the delegate it returns, so they cannot disagree.
 */
export function presidingSignerOf<D extends Pick<Delegate, 'title'>>(chairs: readonly D[], roster: readonly D[]): D | undefined {
  return chairs[0] ?? roster.find((d) => isCouncilChairTitle(d.title));
}

/** The signer's name as the documents write it; with nobody, a dotted line to write it by hand under the titles, rather than titles over nothing. */
export function presidingSigner(chairs: readonly Pick<Delegate, 'fullName' | 'title'>[], roster: readonly Pick<Delegate, 'fullName' | 'title'>[]): string {
  return presidingSignerOf(chairs, roster)?.fullName || NAME_BY_HAND;
}
