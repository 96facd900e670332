import type { z } from 'zod';
import { agendaCommands } from './agenda';
import { agendaLiveCommands } from './agendaLive';
import { councilCommands } from './council';
import { hallCommands } from './hall';
import type { CommandDef } from './define';
import { rosterCommands } from './roster';
import { questionCommands } from './questions';
import { voteCommands } from './votes';
import { attendanceCommands } from './attendance';
import { speakerCommands } from './speakers';
import { recordCommands } from './record';
import { prepCommands } from './prep';
import { personnelCommands } from './personnel';
import { undoCommands } from './undo';
import { joinCatalogs, type Catalog } from '../messages';
import { foundationFields } from '../catalog/foundation';
import { rosterFields } from '../catalog/roster';
import { questionFields } from '../catalog/questions';
import { voteFields } from '../catalog/votes';
import { agendaLiveFields } from '../catalog/agendaLive';
import { hallFields } from '../catalog/hall';
import { recordFields } from '../catalog/record';
import { prepFields } from '../catalog/prep';
import { personnelFields } from '../catalog/personnel';
import { operatorFields } from '../catalog/operators';
import { deviceCommands } from './devices';
import { overlayCommands } from './overlay';

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
  labelled(attendanceCommands, rosterFields),
  labelled(speakerCommands, rosterFields),
  labelled(hallCommands, hallFields),
  labelled(recordCommands, recordFields),
  labelled(prepCommands, prepFields),
  labelled(personnelCommands, personnelFields),
  labelled(deviceCommands, operatorFields),
  labelled(overlayCommands, hallFields),
  undoCommands,
);

export type Commands = typeof commands;
export type CommandType = keyof Commands;
/** What a client sends for command K (defaults may be omitted). */
export type CommandPayload<K extends CommandType> = z.input<Commands[K]['schema']>;
/** What a successful command K returns as `value`. */
export type CommandResult<K extends CommandType> = ReturnType<Commands[K]['run']>;
export type Command = { [K in CommandType]: { type: K } & CommandPayload<K> }[CommandType];
