import type { AgendaKind } from '../agenda/model';
import type { SittingPart } from '../timing/model';

/** One line of an agenda template; the sitting is relative (day 1 = the session's first day). */
export interface TemplateItem {
  title: string;
  kind: AgendaKind;
  presenter: string;
  /** null: the kind's default from the council's rules. */
  minutes: number | null;
  sub: boolean;
  day: number | null;
  part: SittingPart | null;
  /**
   * Its sitting's planned hours ("07:30" to "11:00"), as the programme it was saved from had
   * them; absent in templates saved before they were kept: the sitting then takes the usual hours.
   */
  hours?: { start: string; end: string } | null;
}
