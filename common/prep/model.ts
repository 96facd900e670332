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
}
