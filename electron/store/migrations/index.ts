import { foundation } from './001-foundation';
import { undo } from './002-undo';
import { questions } from './003-questions';
import { votes } from './004-votes';
import { agendaLive } from './005-agenda-live';
import { roster } from './006-roster';
import { hall } from './007-hall';
import { operators } from './008-operators';

export interface Migration {
  /** Schema version after this step; versions are consecutive from 1. */
  version: number;
  name: string;
  up: string;
}

/** Every schema step in order. Add new steps at the end; never edit a released one. */
export const migrations: readonly Migration[] = [foundation, undo, questions, votes, agendaLive, roster, hall, operators];

export const LATEST_VERSION = migrations[migrations.length - 1].version;
