/**
 * Boxes saved one by one as each is entered (a document's number and its date), each showing its
 * value as published while nobody types in it. Once typing begins, the box is its user's: it keeps
 * the value it showed then (`from`) under the typing, whatever another console saves meanwhile,
 * and its save carries the revision that was (`seen`), so a value changed elsewhere since is
 * refused with the note every edit form gives (electron/engine/edits.ts), never replaced unseen.
 * Refused, what was entered stays in the box and Enter saves it again, against the value now; Esc
 * drops it, and the box follows the published value again. A list (a select) is saved as soon as
 * a value is chosen: it is hers from when it takes the keyboard, so what she chooses from is what
 * it showed then, and a choice made elsewhere meanwhile is refused rather than replaced unseen.
 */
interface Box {
  from: string;
  seen: number;
  /** Entered and refused as crossed: what Enter saves again. */
  refused?: string;
}

export class TypedBoxes {
  #boxes = $state<Record<string, Box>>({});
  readonly #revision: () => number;

  /** `revision`: the revision of the state the boxes show now. */
  constructor(revision: () => number) {
    this.#revision = revision;
  }

  /** What the box shows: its value as published, or, typed in, the value it showed when the typing began. */
  shown(key: string, published: string): string {
    return this.#boxes[key]?.from ?? published;
  }

  /** A key typed in the box, which shows `published` if nobody typed in it yet. */
  typed(key: string, published: string): void {
    const box = this.#boxes[key];
    if (box) delete box.refused;
    else this.#boxes[key] = { from: published, seen: this.#revision() };
  }

  /** The revision the box's save is checked against: the one its typing began at. */
  seen(key: string): number {
    return this.#boxes[key]?.seen ?? this.#revision();
  }

  /** What was entered and refused, for Enter to save again; null when nothing was. */
  refused(key: string): string | null {
    return this.#boxes[key]?.refused ?? null;
  }

  /** A save of `value` answered: saved, the box follows the published value; refused as crossed, it keeps `value`, checked from now on against the value now. */
  answered(key: string, value: string, reply: { ok: true } | { ok: false; error: { code: string } }): void {
    const box = this.#boxes[key];
    if (reply.ok) delete this.#boxes[key];
    else if (reply.error.code === 'edit-crossed') this.#boxes[key] = { from: box?.from ?? value, seen: this.#revision(), refused: value };
  }

  /** A list's box taken in hand (its value is chosen, not typed): it stays as it is while she chooses. */
  choosing(key: string, published: string): void {
    this.#boxes[key] ??= { from: published, seen: this.#revision() };
  }

  /** A list's box left without a choice refused: it follows the published value again. */
  left(key: string): void {
    if (this.#boxes[key]?.refused === undefined) delete this.#boxes[key];
  }

  /**
   * A key in the box: Enter, after a refusal, saves what was entered again (`save`); Esc drops what
   * was typed or chosen there, the box following the published value again (`reset` puts it back
   * where the box's own Esc does not).
   */
  keydown(e: KeyboardEvent, key: string, save: (value: string) => void, reset?: () => void): void {
    const again = e.key === 'Enter' ? this.refused(key) : null;
    if (again !== null) {
      e.preventDefault();
      save(again);
    } else if (e.key === 'Escape' && this.#boxes[key]) {
      delete this.#boxes[key];
      reset?.();
    }
  }
}
