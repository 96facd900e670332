/**
 * Where the toast shows: at the foot of the window, unless it covers a control there. At
 * 1366×768 the vote's "Bắt đầu biểu quyết" came up at the foot under "Đã tạo cuộc biểu quyết.",
 * the button the chair was about to press. Then it goes up, a bubble's height at a time, to the
 * first place that covers no control (else the one hiding least, the focused control counting most).
 */
const CONTROLS = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';
/** The gap the toast keeps from the window's edge (App.svelte's `bottom`). */
const EDGE = 18;

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** How much the toast would hide at `box`: each control under it, the focused one as many. */
function hidden(box: DOMRect, toast: Element): number {
  let score = 0;
  for (const el of document.querySelectorAll<HTMLElement>(CONTROLS)) {
    if (toast.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !overlaps(r, box)) continue;
    score += el === document.activeElement ? 100 : 1;
  }
  return score;
}

/** The toast's top in the window (its bubble `bubble`), or null for its usual place at the foot. */
export function toastTop(bubble: HTMLElement, toast: Element): number | null {
  const { left, width, height } = bubble.getBoundingClientRect();
  const foot = window.innerHeight - EDGE - height;
  let best = { top: null as number | null, score: hidden(new DOMRect(left, foot, width, height), toast) };
  for (let top = foot - height - 8; best.score > 0 && top >= EDGE; top -= height + 8) {
    const score = hidden(new DOMRect(left, top, width, height), toast);
    if (score < best.score) best = { top, score };
  }
  return best.top;
}
