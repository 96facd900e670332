import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { HALL_NEXT_DISPLAY_KEY, HALL_SCREEN_KEY, menuTemplate } from '../../../electron/main/menu';
import { menuLabels } from '../../../electron/server/strings';
import { LANGS, type Lang } from '../../../common/strings';
import { CLOSED_VOTE_KEYS, LIVE_KEYS } from '../../../src/lib/liveKeys';

const PLATFORMS: NodeJS.Platform[] = ['win32', 'linux', 'darwin'];
const noop = { openHall: () => {}, moveHallToNextDisplay: () => {} };

/** Every item of a template, submenus included, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
/** The template without its words: what must be the same in every language. */
const shape = (template: MenuItemConstructorOptions[]) => items(template).map(({ role, accelerator, type }) => ({ role, accelerator, type }));
const find = (lang: Lang, platform: NodeJS.Platform, label: string) => items(menuTemplate(lang, platform, noop)).find((i) => i.label === label);

describe('the desktop menu', () => {
  it.each(LANGS.flatMap((lang) => PLATFORMS.map((platform) => [lang, platform] as const)))('labels every item from the %s catalog on %s, none typed in the code', (lang, platform) => {
    const catalog = Object.values(menuLabels[lang]);
    for (const item of items(menuTemplate(lang, platform, noop))) {
      if (item.type === 'separator') continue;
      // A role without a label would show Electron's English word in a Vietnamese menu.
      expect(item.label, JSON.stringify(item.role ?? item.accelerator)).toBeTruthy();
      expect(catalog, `"${item.label}" is not in menuLabels.${lang}`).toContain(item.label);
    }
  });

  it('uses every label of the catalog on some platform (none left behind when an item goes)', () => {
    for (const lang of LANGS) {
      const used = new Set(PLATFORMS.flatMap((p) => items(menuTemplate(lang, p, noop)).map((i) => i.label)));
      expect(Object.values(menuLabels[lang]).filter((l) => !used.has(l))).toEqual([]);
    }
  });

  it('has the same items, roles and shortcuts in both languages', () => {
    for (const platform of PLATFORMS) expect(shape(menuTemplate('vi', platform, noop))).toEqual(shape(menuTemplate('en', platform, noop)));
  });

  it('reads in Vietnamese with full diacritics, and in English', () => {
    expect(find('vi', 'win32', 'Màn hình hội trường')?.accelerator).toBe('CmdOrCtrl+Shift+H');
    expect(find('en', 'win32', 'Hall screen')?.accelerator).toBe('CmdOrCtrl+Shift+H');
    expect(find('vi', 'linux', 'Thoát Gavel')?.role).toBe('quit');
    expect(menuTemplate('vi', 'win32', noop).map((m) => m.label)).toEqual(['Gavel', 'Soạn thảo', 'Hiển thị']);
    expect(menuTemplate('en', 'win32', noop).map((m) => m.label)).toEqual(['Gavel', 'Edit', 'View']);
  });

  it('opens the hall with Ctrl+Shift+H and moves it to the next display with Ctrl+Shift+D', () => {
    const actions = { openHall: vi.fn(), moveHallToNextDisplay: vi.fn() };
    const all = items(menuTemplate('vi', 'win32', actions));
    const click = (key: string) => (all.find((i) => i.accelerator === key)!.click as () => void)();
    click(HALL_SCREEN_KEY);
    expect(actions.openHall).toHaveBeenCalledOnce();
    expect(actions.moveHallToNextDisplay).not.toHaveBeenCalled();
    click(HALL_NEXT_DISPLAY_KEY);
    expect(actions.moveHallToNextDisplay).toHaveBeenCalledOnce();
  });

  it('keeps the standard roles (copy and paste work in every text box; quit once per menu bar)', () => {
    for (const platform of PLATFORMS) {
      const roles = items(menuTemplate('en', platform, noop)).map((i) => i.role).filter(Boolean);
      expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']));
      expect(roles.filter((r) => r === 'quit')).toHaveLength(1);
    }
    // macOS puts About, Hide and Quit in the app's own first menu.
    expect(menuTemplate('vi', 'darwin', noop)[0].submenu).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'about', label: 'Giới thiệu Gavel' })]));
  });

  it('takes none of the console’s Alt keys, by shortcut or by a menu letter (Alt+D corrects a closed vote, Alt+L holds it again…)', () => {
    // The console's Alt keys reach the page only if the menu bar does not answer them first: no
    // item has an Alt shortcut, and no label marks a letter with "&" (on Windows and Linux, Alt and
    // that letter would open the menu instead of correcting the vote).
    const consoleKeys = [...Object.values(LIVE_KEYS), ...Object.values(CLOSED_VOTE_KEYS)].filter((k) => k.startsWith('Alt+'));
    expect(consoleKeys).toEqual(expect.arrayContaining(['Alt+D', 'Alt+L', 'Alt+O', 'Alt+C', 'Alt+A']));
    for (const lang of LANGS) {
      for (const platform of PLATFORMS) {
        for (const item of items(menuTemplate(lang, platform, noop))) {
          expect(String(item.accelerator ?? ''), String(item.label)).not.toMatch(/\bAlt\b|Option/);
          expect(String(item.label ?? ''), platform).not.toContain('&');
        }
      }
    }
  });
});
