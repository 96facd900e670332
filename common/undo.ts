/**
 * Undo's refusals that stay true whatever is done next: a later action changed, removed or used
 * the step's rows, or its vote is closed. Such a step may be set aside (`undo.skip`) so the one
 * before it can be undone; the others pass by going to the item or roll call, or the session.
 */
export const UNDO_REFUSED_FOR_GOOD: readonly string[] = ['undo-overtaken', 'undo-needs-removed', 'undo-in-use', 'undo-vote-closed', 'undo-personnel-closed', 'undo-personnel-opened', 'undo-personnel-removed', 'undo-personnel-removed-person', 'undo-carry-called'];
