/**
 * A vote another view asks the Votes view to open with (Personnel's confirming resolution, just
 * prepared): taken once, when the Votes view mounts, so a later visit opens as usual.
 */
let wanted: number | null = null;

export function showVoteOnArrival(id: number): void {
  wanted = id;
}

export function takeVoteOnArrival(): number | null {
  const id = wanted;
  wanted = null;
  return id;
}
