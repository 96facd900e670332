/** The role table's checks that need the command registry (the table itself is common/roles.ts). */
import { commands, type CommandType } from './commands';
import { commandRoles, neededRole, type NeededRole, type Role } from '../../common/roles';
import { localized, type EngineError } from './errors';
import { roleLabels, roleNames } from '../features/operators/strings';

/** "Only the chair may do this, and this is the secretary’s console.", in every language. */
export function roleForbidden(needed: NeededRole, role: Role): EngineError {
  return localized('role-forbidden', (l) => ({ who: roleNames[l][needed], role: roleLabels[l][role] }));
}

/** The refusal of a command this role may not send. */
export function commandForbidden(type: string, role: Role): EngineError {
  return roleForbidden(neededRole(type), role);
}

/** Commands the table does not list (they fall to DEFAULT_ROLE); the role-table test names them. */
export function commandsWithoutRole(): string[] {
  return Object.keys(commands).filter((type) => !Object.hasOwn(commandRoles, type));
}

/** Compile-time: every command the table names exists (a renamed command fails the typecheck here). */
type UnknownInTable = Exclude<keyof typeof commandRoles, CommandType>;
export const tableNamesKnownCommands: [UnknownInTable] extends [never] ? true : UnknownInTable = true;
