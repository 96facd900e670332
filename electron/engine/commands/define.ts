import type { z } from 'zod';
import type { Db } from '../../store/db';
import type { SliceName } from '../state';

/** What a handler may use: the open transaction's database, the engine's clock reading, who asked. */
export interface CommandContext {
  db: Db;
  now: number;
  actor: string;
}

export interface CommandDef<S extends z.ZodType = z.ZodType, R = unknown> {
  schema: S;
  /**
   * The state slices this command can change; they are rebuilt and republished after it.
   * 'all' is for the rare commands that change what every domain reads (the council, its
   * rules, which session is current), so no domain has to be listed by hand.
   */
  slices: readonly SliceName[] | 'all';
  run(ctx: CommandContext, payload: z.output<S>): R;
}

/** Identity function that fixes the payload type of `run` from the schema. */
export function defineCommand<S extends z.ZodType, R>(def: CommandDef<S, R>): CommandDef<S, R> {
  return def;
}
