/** The role table's checks that need the command registry (the table itself is common/roles.ts). */
import { commands, type CommandType } from './commands';
import { commandRoles, neededRole, SERVER_ONLY, type NeededRole, type Role } from '../../common/roles';
import { localized, type EngineError } from './errors';
import { commandActions, consoleNames, roleLabels } from '../features/operators/strings';

/** What a refused request would have done, in the words of the sentence ("close a vote"). */
export type RefusedAction = keyof typeof commandActions.en;

/**
 * "Only the chair’s console may close a vote; this is the secretary’s console.", in every
 * language: which console may, and what it was that this one may not.
 */
export function roleForbidden(needed: NeededRole, role: Role, action: RefusedAction = 'other'): EngineError {
  return localized('role-forbidden', (l) => ({ who: consoleNames[l][needed], action: commandActions[l][action], role: roleLabels[l][role] }));
}

/**
 * The refusal of a command this role may not send, naming the command's action when it has one;
 * of a command only the server runs, from any console: "Only Gavel itself may record a restore; …".
 */
export function commandForbidden(type: string, role: Role): EngineError {
  const action = Object.hasOwn(commandActions.en, type) ? (type as RefusedAction) : 'other';
  const needed = neededRole(type);
  if (needed === SERVER_ONLY) return localized('server-only', (l) => ({ action: commandActions[l][action] }));
  return roleForbidden(needed, role, action);
}

/** Commands the table does not list (they fall to DEFAULT_ROLE); the role-table test names them. */
export function commandsWithoutRole(): string[] {
  return Object.keys(commands).filter((type) => !Object.hasOwn(commandRoles, type));
}

/** Compile-time: every command the table names exists (a renamed command fails the typecheck here). */
type UnknownInTable = Exclude<keyof typeof commandRoles, CommandType>;
export const tableNamesKnownCommands: [UnknownInTable] extends [never] ? true : UnknownInTable = true;
