/**
 * Who may send which command. Roles are data: one table, enforced by the engine for every
 * transport (Electron IPC, the loopback WebSocket, the LAN), so no screen can bypass it.
 *
 * - chair: everything (the console on the machine that holds the database);
 * - secretary: the roster, the roll call, speaker requests and queue order, question slips (and
 *   who answers them, by topic),
 *   vote counts and named marks, and what the hall screen shows;
 * - display: nothing (read-only screens).
 */

export type Role = 'chair' | 'secretary' | 'display';


/** The least role a command needs: 'chair' means the chair only, 'secretary' the chair or a secretary. */
export type NeededRole = 'chair' | 'secretary';

/**
 * A command the server runs by itself and no console sends, the chair's included (a restore's
 * journal line, a paired device's new address): only a call that says it is the server's own
 * (CommandMeta.server, set by in-process code, never by a transport) may run it. Sent from any
 * console, over the WebSocket or the desktop app's IPC, it is refused and changes nothing.
 */
export const SERVER_ONLY = 'server';

/**
 * A command missing from the table is the chair's only. That is deliberate: a new command
 * is refused to secretaries until someone decides otherwise here, and the role-table test
 * names every command that has no entry (tests/unit/engine/roles.test.ts).
 */
export const DEFAULT_ROLE: NeededRole = 'chair';

export const commandRoles = {
  // Council, session and rules: the chair's.
  'council.save': 'chair',
  'rules.save': 'chair',
  'session.create': 'chair',
  'session.update': 'chair',
  'session.delete': 'chair',
  'session.select': 'chair',
  // Roster: the secretary keeps it.
  'delegate.add': 'secretary',
  'delegate.update': 'secretary',
  'delegate.remove': 'secretary',
  'roster.import': 'secretary',
  // Agenda and running it: the chair's.
  'agenda.add': 'chair',
  'agenda.update': 'chair',
  'agenda.remove': 'chair',
  'agenda.move': 'chair',
  'agenda.assign': 'chair',
  'agenda.import': 'chair',
  'agenda.setParent': 'chair',
  'item.start': 'chair',
  'item.pause': 'chair',
  'item.resume': 'chair',
  'item.extend': 'chair',
  'item.finish': 'chair',
  'item.skip': 'chair',
  'item.reopen': 'chair',
  'sitting.add': 'chair',
  'sitting.update': 'chair',
  'sitting.remove': 'chair',
  'sitting.open': 'chair',
  'sitting.suspend': 'chair',
  'sitting.close': 'chair',
  // One undo for every scope (timing, queue, questions…): the chair's, as the floor is; but a
  // secretary takes back their own work too (SECRETARY_UNDO_SCOPES, SHARED_UNDO_SCOPES).
  undo: 'chair',
  'undo.skip': 'chair',
  redo: 'chair',
  // Roll call: the secretary's.
  'attendance.open': 'secretary',
  'attendance.select': 'secretary',
  'attendance.mark': 'secretary',
  // Speakers: the secretary takes requests and orders the queue; the chair gives the floor.
  'speaker.focus': 'secretary',
  'speaker.request': 'secretary',
  'speaker.withdraw': 'secretary',
  'speaker.requeue': 'secretary',
  'speaker.move': 'secretary',
  'speaker.carryOver': 'secretary',
  'speaker.next': 'chair',
  'speaker.call': 'chair',
  'speaker.start': 'chair',
  'speaker.pause': 'chair',
  'speaker.extend': 'chair',
  'speaker.finish': 'chair',
  // Questioning: the secretary keeps the slips; the chair runs the floor and rules on outcomes.
  'question.register': 'secretary',
  'question.update': 'secretary',
  'question.remove': 'secretary',
  'question.move': 'secretary',
  'question.next': 'chair',
  'question.toggle': 'chair',
  'question.extend': 'chair',
  'question.stop': 'chair',
  'question.followUp': 'chair',
  'question.mark': 'chair',
  'answer.start': 'chair',
  // Who answers and the topics are the slips' preparation, so the secretary's too: on her console
  // alone (the chair at the rostrum) no slip could be registered, the respondent list being empty
  // and its form greyed while its hint asked her to add the officials.
  'respondent.add': 'secretary',
  'respondent.update': 'secretary',
  'respondent.remove': 'secretary',
  'topic.add': 'secretary',
  'topic.update': 'secretary',
  'topic.remove': 'secretary',
  // Votes: the secretary enters counts and named marks; the chair opens, closes, announces.
  'vote.tally': 'secretary',
  'vote.mark': 'secretary',
  'vote.create': 'chair',
  'vote.prepareMany': 'chair',
  'vote.update': 'chair',
  'vote.remove': 'chair',
  'vote.open': 'chair',
  'vote.close': 'chair',
  'vote.announce': 'chair',
  'vote.correct': 'chair',
  'vote.revote': 'chair',
  // The hall screen: the secretary drives it.
  'hall.setMode': 'secretary',
  'hall.setMessage': 'secretary',
  'hall.setTheme': 'secretary',
  'hall.setEmblem': 'chair',
  'hall.clearEmblem': 'chair',
  'hall.setVote': 'secretary',
  'hall.showQuestionText': 'secretary',
  'hall.attendance': 'secretary',
  // The record: the secretary keeps it (place, officers, document numbers, notes, counting committees).
  'record.setSession': 'secretary',
  'record.setOfficers': 'secretary',
  'record.setPresiding': 'secretary',
  'record.setDocument': 'secretary',
  'record.setCounters': 'secretary',
  'record.setPresentedBy': 'secretary',
  'note.set': 'secretary',
  // The review report's signer: the office's, as the record is.
  'review.setSigner': 'secretary',
  // Preparing a session: with the council and session settings, the chair's.
  'template.apply': 'chair',
  'template.save': 'chair',
  'template.import': 'chair',
  'template.delete': 'chair',
  'session.copyFrom': 'chair',
  'council.setTermYears': 'chair',
  // Personnel votes: the secretary prepares the list and the counting committee enters its counts;
  // the chair opens, closes, announces, corrects and calls a new round.
  'personnel.prepare': 'secretary',
  'personnel.update': 'secretary',
  'personnel.sortByName': 'secretary',
  'personnel.remove': 'secretary',
  'personnel.committee': 'secretary',
  'personnel.ballots': 'secretary',
  'personnel.count': 'secretary',
  'personnel.show': 'secretary',
  'personnel.open': 'chair',
  'personnel.close': 'chair',
  'personnel.announce': 'chair',
  'personnel.correct': 'chair',
  'personnel.revote': 'chair',
  // The broadcast overlay, driven with the hall screen.
  'overlay.set': 'secretary',
  // Paired devices: only the chair adds (through a pairing code) or revokes them.
  'device.pair': 'chair',
  'device.revoke': 'chair',
  // Run by the server as a paired device connects from a new address; never sent by a console.
  'device.address': SERVER_ONLY,
  // Run by the keeper on the database a restore put in place; never sent by a console.
  'backup.restored': SERVER_ONLY,
} as const satisfies Record<string, NeededRole | typeof SERVER_ONLY>;

type CommandOf<R> = { [K in keyof typeof commandRoles]: (typeof commandRoles)[K] extends R ? K : never }[keyof typeof commandRoles];
/** The commands only the chair may send (the table's 'chair' rows). */
export type ChairCommand = CommandOf<'chair'>;
/** The commands no console may send (the table's SERVER_ONLY rows). */
export type ServerCommand = CommandOf<typeof SERVER_ONLY>;

/** The role a command needs, with the explicit default for commands the table does not list; SERVER_ONLY: none sends it. */
export function neededRole(type: string): NeededRole | typeof SERVER_ONLY {
  return Object.hasOwn(commandRoles, type) ? commandRoles[type as keyof typeof commandRoles] : DEFAULT_ROLE;
}

/** Is `type` a command only the server runs (see SERVER_ONLY)? */
export const serverOnly = (type: string): boolean => neededRole(type) === SERVER_ONLY;

/**
 * Undo scopes of the secretary's work, whose every step a secretary's command takes (the roster,
 * the roll call's marks, the notes, and a personnel draft's edits and sort, which she prepares:
 * personnel.update, personnel.sortByName): a secretary may undo, redo and set aside in them.
 * (tests/unit/engine/roles.test.ts checks each scope against the commands that take its steps.)
 */
export const SECRETARY_UNDO_SCOPES: readonly string[] = ['roster', 'attendance', 'notes', 'personnel-draft'];

/**
 * Undo scopes where the chair's steps and a secretary's interleave: the speaker queue (her
 * requests, moves and withdrawals; his calls and the floor), the questions (her slips; his
 * floor), a vote (his opening, Alt+O; the counts and marks she enters while it is open:
 * vote.tally, vote.mark, which she takes back herself) and a personnel vote likewise (his
 * opening; the ballots and tally-sheet lines she enters: personnel.ballots, personnel.count). A
 * secretary undoes and redoes there only a step her own console took (the engine checks the
 * step's actor, undo-command.ts); setting a step aside stays the chair's.
 */
export const SHARED_UNDO_SCOPES: readonly string[] = ['queue', 'questions', 'vote', 'personnel'];

/**
 * Whose step it is, seen from the console `viewer` (its actor: a paired device's name, null on the
 * chair's own console): the operator whose console took it (`step.byRole`, as the engine publishes
 * it on each undo offer), or null for the viewer's own step and, on the chair's console, one
 * another window of the chair's took. The engine journals an undo by it; a console words its Undo
 * button and its question by it.
 */
export function stepTakenBy(
  step: { actor: string; byRole: NeededRole },
  viewer: { actor: string | null; role: Role },
): { role: NeededRole; name: string } | null {
  if (step.actor === viewer.actor || (step.byRole === 'chair' && viewer.role === 'chair')) return null;
  return { role: step.byRole, name: step.actor };
}

/**
 * May the console `actor` (with `role`) take a step of `scope` that `stepActor` took: anyone may,
 * but a secretary, in a scope she shares with the chair, only her own. The engine refuses by it;
 * her console greys its Undo by it.
 */
export function ownsStep(role: Role, scope: string, stepActor: string, actor: string | null): boolean {
  return role !== 'secretary' || !SHARED_UNDO_SCOPES.includes(scope) || stepActor === actor;
}

/**
 * May a console of `role` send `type`; for `undo`, `undo.skip` and `redo`, the payload's scope
 * decides whether a secretary may. No console may send a SERVER_ONLY command.
 */
export function mayRun(role: Role, type: string, payload?: unknown): boolean {
  if (role === 'display' || serverOnly(type)) return false;
  if (role === 'chair' || neededRole(type) === 'secretary') return true;
  const raw = (payload as { scope?: unknown } | null | undefined)?.scope;
  if (typeof raw !== 'string') return false;
  const scope = raw.trim();
  if (type === 'undo' || type === 'redo') return SECRETARY_UNDO_SCOPES.includes(scope) || SHARED_UNDO_SCOPES.includes(scope);
  return type === 'undo.skip' && SECRETARY_UNDO_SCOPES.includes(scope);
}
