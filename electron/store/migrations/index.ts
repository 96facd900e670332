import { foundation } from './001-foundation';
import { undo } from './002-undo';
import { hall } from './003-hall';

export interface Migration {
  /** Schema version after this step; versions are consecutive from 1. */
  version: number;
  name: string;
  up: string;
}

/** Every schema step in order. Add new steps at the end; never edit a released one. */
export const migrations: readonly Migration[] = [foundation, undo, hall];

export const LATEST_VERSION = migrations[migrations.length - 1].version;
