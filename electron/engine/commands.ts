import type { z } from 'zod';
import { agendaCommands } from '../features/agenda/commands';
import { agendaLiveCommands } from '../features/timing/commands';
import { councilCommands } from '../features/council/commands';
import { hallCommands } from '../features/hall/commands';
import type { CommandDef } from './define';
import { rosterCommands } from '../features/roster/commands';
import { questionCommands } from '../features/questions/commands';
import { voteCommands } from '../features/votes/commands';
import { attendanceCommands } from '../features/attendance/commands';
import { speakerCommands } from '../features/speakers/commands';
import { backupCommands } from '../features/backups/commands';
import { recordCommands } from '../features/record/commands';
import { prepCommands } from '../features/prep/commands';
import { agendaImportCommands } from '../features/prep/agenda-import';
import { personnelCommands } from '../features/personnel/commands';
import { undoCommands } from './undo-command';
import { joinCatalogs } from './messages';
import type { Catalog } from '../../common/strings';
import { foundationFields } from './foundation-strings';
import { rosterFields } from '../features/roster/strings';
import { questionFields } from '../features/questions/strings';
import { voteFields } from '../features/votes/strings';
import { agendaLiveFields } from '../features/timing/strings';
import { hallFields } from '../features/hall/strings';
import { recordFields } from '../features/record/strings';
import { prepFields } from '../features/prep/strings';
import { personnelFields } from '../features/personnel/strings';
import { operatorFields } from '../features/operators/strings';
import { deviceCommands } from '../features/operators/commands';
import { overlayCommands } from '../features/hall/overlay';
import { reviewCommands } from '../features/review/commands';

/** Joins the domains' handler maps, refusing a command name defined twice. */
function merge<T extends Record<string, CommandDef>[]>(...maps: T): UnionToIntersection<T[number]> {
  const all: Record<string, CommandDef> = {};
  for (const map of maps) {
    for (const [name, def] of Object.entries(map)) {
      if (name in all) throw new Error(`Command ${name} is defined twice`);
      all[name] = def;
    }
  }
  return all as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Gives each command of a domain its domain's field labels (a command's own `fields` win), so
 * a field name two domains use differently ("status", "parentId", "delegateId") is worded
 * as its own domain words it. A map added without this falls back to the shared labels.
 */
function labelled<T extends Record<string, CommandDef>>(map: T, fields: Catalog): T {
  for (const def of Object.values(map)) def.fields = { en: { ...fields.en, ...def.fields?.en }, vi: { ...fields.vi, ...def.fields?.vi } };
  return map;
}

/** The one handler map. Add a domain's map here. */
export const commands = merge(
  labelled(councilCommands, foundationFields),
  labelled(rosterCommands, joinCatalogs(foundationFields, rosterFields)),
  labelled(agendaCommands, foundationFields),
  labelled(questionCommands, questionFields),
  labelled(voteCommands, voteFields),
  labelled(agendaLiveCommands, agendaLiveFields),
  labelled(agendaImportCommands, agendaLiveFields),
  labelled(attendanceCommands, rosterFields),
  labelled(speakerCommands, rosterFields),
  labelled(hallCommands, hallFields),
  labelled(recordCommands, recordFields),
  labelled(prepCommands, prepFields),
  labelled(personnelCommands, personnelFields),
  labelled(deviceCommands, operatorFields),
  labelled(overlayCommands, hallFields),
  labelled(reviewCommands, recordFields),
  backupCommands,
  undoCommands,
);

export type Commands = typeof commands;
export type CommandType = keyof Commands;
/** What a client sends for command K (defaults may be omitted). */
export type CommandPayload<K extends CommandType> = z.input<Commands[K]['schema']>;
/** What a successful command K returns as `value`. */
export type CommandResult<K extends CommandType> = ReturnType<Commands[K]['run']>;
/** A whole command as sent: `{ type, ...payload }` (an empty schema's index signature left out, so `{ type }` alone fits). */
export type Command = { [K in CommandType]: { type: K } & NamedFields<CommandPayload<K>> }[CommandType];
type NamedFields<T> = { [P in keyof T as string extends P ? never : P]: T[P] };
