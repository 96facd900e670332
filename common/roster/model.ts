export interface Delegate {
  id: number;
  fullName: string;
  title: string;
  group: string;
  /** Agency or office, mostly for guests and officials ("Sở Tài chính"). */
  agency: string;
  /** Committee (Ban) of the council, if any. */
  committee: string;
  seatNumber: number | null;
  voting: boolean;
}
