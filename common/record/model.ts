/** The session's record (issue 11): place, officers, documents, notes, counting committees. */

export type NoteSubject = 'item' | 'speech' | 'question' | 'answer';

export const NOTE_SUBJECTS: readonly NoteSubject[] = ['item', 'speech', 'question', 'answer'];
