/**
 * The desktop app's menu bar, in the language the console speaks (the system's before its first
 * request, as `langOfLocale` reads it): every label from one catalog (menuLabels in
 * server/strings.ts), never typed here. The template is a pure function of the language, the
 * platform and what the two Gavel items do, tested without Electron (tests/unit/main/menu.test.ts);
 * main.ts only hands it to `Menu.buildFromTemplate`.
 *
 * The standard items keep their roles (Electron does what they say: copy, zoom, quit…) but not
 * Electron's English labels. Undo and redo there are the text box's own (the console's Ctrl+Z
 * takes back the last command before the menu sees the key), hence "Undo typing".
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../../common/strings';
import { menuLabels } from '../server/strings';

/** What the Gavel menu's own items do; the shell supplies them. */
export interface MenuActions {
  openHall(): void;
  moveHallToNextDisplay(): void;
}

/** The hall window's shortcuts, the same on every platform. */
export const HALL_SCREEN_KEY = 'CmdOrCtrl+Shift+H';
export const HALL_NEXT_DISPLAY_KEY = 'CmdOrCtrl+Shift+D';

export function menuTemplate(lang: Lang, platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = menuLabels[lang];
  const separator = { type: 'separator' } as const;
  const mac = platform === 'darwin';
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t.quit };
  return [
    // macOS names its first menu after the app and puts About, Hide and Quit there.
    ...(mac
      ? [{ label: t.gavel, submenu: [{ role: 'about', label: t.about }, separator, { role: 'hide', label: t.hide }, { role: 'hideOthers', label: t.hideOthers }, { role: 'unhide', label: t.unhide }, separator, quit] } satisfies MenuItemConstructorOptions]
      : []),
    {
      label: t.gavel,
      submenu: [
        { label: t.hallScreen, accelerator: HALL_SCREEN_KEY, click: () => actions.openHall() },
        { label: t.hallNextDisplay, accelerator: HALL_NEXT_DISPLAY_KEY, click: () => actions.moveHallToNextDisplay() },
        ...(mac ? [] : [separator, quit]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        separator,
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.devTools },
        separator,
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        separator,
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
  ];
}
