/**
 * Pairing a second console: the chair shows a short code, the secretary types it on the
 * second laptop. The code is single-use, expires, and wrong tries are limited (five wrong
 * tries lock pairing for a minute, for everyone: a LAN address is easy to change, so the
 * limit is not per address). Pure state with an injected clock, so every rule is tested
 * without waiting.
 */
import { randomInt } from 'node:crypto';
import { tokenMatches } from './display-token';

export const PAIRING_TTL_MS = 5 * 60_000;
export const MAX_WRONG_TRIES = 5;
export const LOCK_MS = 60_000;
/** Six digits: easy to read across a desk and type; with five tries a minute, ~1 in 40,000 to guess in five minutes. */
export const CODE_DIGITS = 6;

/** `length`: not six digits, so it cannot be the code (a digit missed or one too many): told so, and not counted as a wrong try. */
export type PairingCheck = 'ok' | 'wrong' | 'expired' | 'locked' | 'none' | 'length';

/** Is `given` (spaces taken out) shaped like a pairing code: exactly CODE_DIGITS digits? */
export const codeShaped = (given: string): boolean => given.length === CODE_DIGITS && /^\d+$/.test(given);

export interface PairingCode {
  code: string;
  expiresAt: number;
}

export class Pairing {
  private active: PairingCode | null = null;
  /** The code that lapsed last: typed late, it is told as expired, not as a wrong guess. */
  private lapsed: string | null = null;
  private wrong = 0;
  private lockedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** A new code; any earlier one stops working. */
  start(): PairingCode {
    this.active = { code: String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0'), expiresAt: this.now() + PAIRING_TTL_MS };
    this.lapsed = null;
    return this.active;
  }

  cancel(): void {
    this.active = null;
    this.lapsed = null;
  }

  /** The code still usable, if any. */
  current(): PairingCode | null {
    if (this.active && this.now() >= this.active.expiresAt) {
      this.lapsed = this.active.code;
      this.active = null;
    }
    return this.active;
  }

  lockedFor(): number {
    return Math.max(0, this.lockedUntil - this.now());
  }

  /** Checks a typed code; a right one is used up at once. */
  check(typed: string): PairingCheck {
    if (this.lockedFor() > 0) return 'locked';
    const given = typed.replace(/\s+/g, '');
    // The chair's open panel reads current() every 2 s, so a lapsed code is usually gone already.
    if (this.current() === null) {
      // Nothing to guess without a code: such tries never lock the secretary out.
      return this.lapsed !== null && tokenMatches(this.lapsed, given) ? 'expired' : 'none';
    }
    // A secretary who typed five digits of the six made a typo, not a guess: a try of another shape
    // cannot match, so it says what is wrong with it and does not bring the lock nearer for everyone.
    if (!codeShaped(given)) return 'length';
    if (this.active && tokenMatches(this.active.code, given)) {
      this.active = null;
      this.wrong = 0;
      return 'ok';
    }
    this.wrong++;
    if (this.wrong >= MAX_WRONG_TRIES) {
      this.wrong = 0;
      this.lockedUntil = this.now() + LOCK_MS;
    }
    return 'wrong';
  }
}
