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

/** The one handler map. Add a domain's map here. */
export const commands = merge(councilCommands, rosterCommands, agendaCommands, questionCommands, voteCommands, agendaLiveCommands, attendanceCommands, speakerCommands, hallCommands, deviceCommands, overlayCommands);

export type Commands = typeof commands;
export type CommandType = keyof Commands;
/** What a client sends for command K (defaults may be omitted). */
export type CommandPayload<K extends CommandType> = z.input<Commands[K]['schema']>;
/** What a successful command K returns as `value`. */
export type CommandResult<K extends CommandType> = ReturnType<Commands[K]['run']>;
export type Command = { [K in CommandType]: { type: K } & CommandPayload<K> }[CommandType];
