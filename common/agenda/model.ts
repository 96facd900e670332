export const AGENDA_KINDS = [
  'opening',
  'report',
  'submission',
  'verification',
  'discussion',
  'questioning',
  'vote',
  'election',
  'closing',
  'break',
  'other',
] as const;

export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaItem {
  id: number;
  sessionId: number;
  position: number;
  title: string;
  kind: AgendaKind;
  presenter: string;
  plannedMinutes: number;
}
