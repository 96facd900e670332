import type { Catalog } from '../../common/strings';
import type { z } from 'zod';
import type { Db } from '../store/db';
import type { SliceName } from './state';
import type { Role } from '../../common/roles';

/** What the journal row keeps beside the payload: who and what the command was about, as it stood when it ran. */
export type JournalAbout = Record<string, string | number | null>;

/** What a handler may use: the open transaction's database, the engine's clock reading, who asked and as what. */
export interface CommandContext {
  db: Db;
  now: number;
  actor: string;
  role: Role;
  /**
   * Adds to the command's journal row, under the payload's `about`, what the payload does not say
   * but the record should (the person a "next speaker" called): written as the command runs, so a
   * later rename, deletion or undo does not change what the journal says happened.
   */
  about(fields: JournalAbout): void;
}

export interface CommandDef<S extends z.ZodType = z.ZodType, R = unknown> {
  schema: S;
  /**
   * Slices to rebuild after this command, for slices that do not declare the tables they
   * read (see `sliceTables` in state.ts): the engine works out every declared slice from the
   * rows the command touched, so a command needs this only for undeclared ones. 'all'
   * rebuilds every slice.
   */
  slices?: readonly SliceName[] | 'all';
  /**
   * Makes the command undoable in this scope: the engine keeps the before-images of the rows
   * it touched, and `undo { scope }` puts them back (see electron/engine/undo.ts). A handler
   * may name the step with `describeUndo(db, action, subject)`.
   */
  undo?: string;
  /**
   * Field labels of this command's payload where the domain's catalog label is not the
   * right word here (e.g. `parentId` is "the question followed up" in question.followUp).
   */
  fields?: Catalog;
  run(ctx: CommandContext, payload: z.output<S>): R;
}

/** Identity function that fixes the payload type of `run` from the schema. */
export function defineCommand<S extends z.ZodType, R>(def: CommandDef<S, R>): CommandDef<S, R> {
  return def;
}
