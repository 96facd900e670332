/**
 * The names of the model's values (kinds, statuses, methods, parts of a day) in both languages:
 * the console shows them, and the review's documents, written in Node, print the same words.
 */
import { en as agendaEn, vi as agendaVi } from './agenda/labels';
import { en as backupsEn, vi as backupsVi } from './backups/labels';
import { en as councilEn, vi as councilVi } from './council/labels';
import { en as questionsEn, vi as questionsVi } from './questions/labels';
import { en as speakersEn, vi as speakersVi } from './speakers/labels';
import { en as timingEn, vi as timingVi } from './timing/labels';
import { en as votesEn, vi as votesVi } from './votes/labels';

export const en = { ...agendaEn, ...backupsEn, ...councilEn, ...questionsEn, ...speakersEn, ...timingEn, ...votesEn };
export const vi: Record<keyof typeof en, string> = { ...agendaVi, ...backupsVi, ...councilVi, ...questionsVi, ...speakersVi, ...timingVi, ...votesVi };
