import type { Db } from '../../store/db';
import type { HallAttendance, HallMode, HallTheme, HallScreen, Overlay } from '../../../common/hall/model';
import { deleteSetting, getSetting, setSetting } from '../../store/settings';

export const DEFAULT_HALL: HallScreen = { mode: 'auto', voteId: null, message: '', countdown: null, theme: 'dark', modeSetAt: 0, showQuestionText: false, attendance: null };

/** When the roll call's report went up on the hall: a setting, so the hall screen's table keeps its shape. */
export const HALL_ATTENDANCE_KEY = 'hall.attendance';

export function setHallAttendance(db: Db, report: HallAttendance | null): void {
  if (report === null) deleteSetting(db, HALL_ATTENDANCE_KEY);
  else setSetting(db, HALL_ATTENDANCE_KEY, report);
}

interface HallRow {
  mode: HallMode;
  vote_id: number | null;
  message: string;
  countdown_started_at: number | null;
  countdown_accumulated_ms: number;
  countdown_limit_ms: number | null;
  theme: HallTheme;
  mode_set_at: number;
  show_question_text: number;
}

export function getHall(db: Db): HallScreen {
  const r = db.prepare('SELECT * FROM hall_screen WHERE id = 1').get() as HallRow | undefined;
  const attendance = getSetting<HallAttendance>(db, HALL_ATTENDANCE_KEY) ?? null;
  if (!r) return { ...DEFAULT_HALL, attendance };
  return {
    mode: r.mode,
    voteId: r.vote_id,
    message: r.message,
    countdown:
      r.countdown_limit_ms === null ? null : { startedAt: r.countdown_started_at, accumulatedMs: r.countdown_accumulated_ms, limitMs: r.countdown_limit_ms },
    theme: r.theme,
    modeSetAt: r.mode_set_at,
    showQuestionText: r.show_question_text === 1,
    attendance,
  };
}

export function saveHall(db: Db, h: HallScreen): void {
  db.prepare(
    `INSERT INTO hall_screen (id, mode, vote_id, message, countdown_started_at, countdown_accumulated_ms, countdown_limit_ms, theme, mode_set_at, show_question_text)
     VALUES (1, @mode, @voteId, @message, @startedAt, @accumulatedMs, @limitMs, @theme, @modeSetAt, @showQuestionText)
     ON CONFLICT (id) DO UPDATE SET mode = excluded.mode, vote_id = excluded.vote_id, message = excluded.message,
       countdown_started_at = excluded.countdown_started_at, countdown_accumulated_ms = excluded.countdown_accumulated_ms,
       countdown_limit_ms = excluded.countdown_limit_ms, theme = excluded.theme, mode_set_at = excluded.mode_set_at,
       show_question_text = excluded.show_question_text`,
  ).run({
    mode: h.mode,
    voteId: h.voteId,
    message: h.message,
    startedAt: h.countdown?.startedAt ?? null,
    accumulatedMs: h.countdown?.accumulatedMs ?? 0,
    limitMs: h.countdown?.limitMs ?? null,
    theme: h.theme,
    modeSetAt: h.modeSetAt,
    showQuestionText: h.showQuestionText ? 1 : 0,
  });
}

export interface Emblem {
  mime: 'image/png' | 'image/jpeg';
  data: Buffer;
}

/** The emblem as a data URL the screens can show directly, or null. */
export function getEmblemDataUrl(db: Db): string | null {
  const r = db.prepare('SELECT mime, data FROM hall_emblem WHERE id = 1').get() as Emblem | undefined;
  return r ? `data:${r.mime};base64,${Buffer.from(r.data).toString('base64')}` : null;
}

export function saveEmblem(db: Db, e: Emblem, now: number): void {
  db.prepare(
    `INSERT INTO hall_emblem (id, mime, data, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET mime = excluded.mime, data = excluded.data, updated_at = excluded.updated_at`,
  ).run(e.mime, e.data, now);
}

export function deleteEmblem(db: Db): void {
  db.prepare('DELETE FROM hall_emblem WHERE id = 1').run();
}

const OVERLAY_KEY = 'overlay';
const OVERLAY_DEFAULT: Overlay = { visible: false, follow: 'auto', caption: '', captionAt: null, key: 'none' };

/** The broadcast overlay's settings, kept as one setting. */
export function readOverlay(db: Db): Overlay {
  return { ...OVERLAY_DEFAULT, ...getSetting<Partial<Overlay>>(db, OVERLAY_KEY) };
}

export function saveOverlay(db: Db, overlay: Overlay): void {
  setSetting(db, OVERLAY_KEY, overlay);
}
