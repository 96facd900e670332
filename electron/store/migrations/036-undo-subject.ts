import type { Migration } from './migration';

/**
 * What an undo step belongs to, as data beside its label (`subject_id`; null for a step that
 * belongs to its scope as a whole): a personnel draft's edit, sort or honorific belongs to that
 * draft, so each draft undoes and redoes its own steps whatever was done on another between.
 * Such steps named their draft inside the subject ("12:Phó Chủ tịch …"); the id moves to the
 * column and the subject keeps the name alone. A step saved before subjects held the id gets its
 * draft from its rows: the vote row it changed, or the vote its people's rows name.
 */
export const undoSubject: Migration = {
  version: 36,
  name: 'undo-subject',
  up: `
    ALTER TABLE undo_step ADD COLUMN subject_id INTEGER;
    ALTER TABLE redo_step ADD COLUMN subject_id INTEGER;
    CREATE INDEX undo_step_subject ON undo_step(scope, subject_id, id) WHERE subject_id IS NOT NULL;
    CREATE INDEX redo_step_subject ON redo_step(scope, subject_id, id) WHERE subject_id IS NOT NULL;
  `,
  data: (db) => {
    for (const table of ['undo_step', 'redo_step']) {
      const steps = db.prepare(`SELECT id, subject, images FROM ${table} WHERE scope = 'personnel-draft'`).all() as { id: number; subject: string; images: string }[];
      const set = db.prepare(`UPDATE ${table} SET subject_id = ?, subject = ? WHERE id = ?`);
      for (const s of steps) {
        const named = /^(\d+):(.*)$/s.exec(s.subject);
        const voteId = named ? Number(named[1]) : draftOf(s.images);
        if (voteId !== null) set.run(voteId, named ? named[2] : s.subject, s.id);
      }
    }
  },
};

/** The draft a step's rows belong to (frozen here: the row shapes of schema 38). */
function draftOf(images: string): number | null {
  for (const img of JSON.parse(images) as { t: string; k: unknown; b: string | null; a?: string | null }[]) {
    if (img.t === 'personnel_vote') return Number(img.k);
    const row = img.t === 'personnel_person' ? (JSON.parse(img.b ?? img.a ?? 'null') as { vote_id?: number } | null) : null;
    if (typeof row?.vote_id === 'number') return row.vote_id;
  }
  return null;
}
