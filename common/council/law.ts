/**
 * What the 2025 Law on the Organisation of Local Government (Luật Tổ chức chính quyền địa phương
 * 72/2025/QH15) changed for the council's level: from 1 July 2025 there are province and commune
 * councils only, and district councils ended. "District" stays for the sessions held before.
 */
import type { CouncilLevel } from './model';

/** The day district councils ended (ISO date, compared as text with a session's dates). */
export const DISTRICT_COUNCILS_ENDED = '2025-07-01';

/**
 * A session of a district council that opens on or after the day district councils ended: most
 * likely a council saved under its old level. A notice, never a refusal: the chair knows.
 */
export function districtAfterItEnded(level: CouncilLevel | undefined, startDate: string): boolean {
  return level === 'district' && startDate >= DISTRICT_COUNCILS_ENDED;
}
