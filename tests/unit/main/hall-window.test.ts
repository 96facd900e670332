import { describe, expect, it } from 'vitest';
import {
  afterDisplaysChanged,
  displayToRemember,
  isHallPageLink,
  moveToNextDisplay,
  nextDisplay,
  placeHall,
  readHallDisplayId,
  windowedHallBounds,
  withHallDisplayId,
  rememberedStateText,
} from '../../../electron/main/hall-window';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const tv = { id: 9, bounds: { x: 3360, y: 0, width: 1024, height: 768 } };

describe('hall window placement', () => {
  it('opens fullscreen on the remembered display, else the first that is not the chair’s, else windowed', () => {
    expect(placeHall([laptop, projector, tv], 1, 9)).toEqual({ kind: 'fullscreen', display: tv });
    expect(placeHall([laptop, projector, tv], 1, 42)).toEqual({ kind: 'fullscreen', display: projector });
    expect(placeHall([laptop, projector], 1, null)).toEqual({ kind: 'fullscreen', display: projector });
    expect(placeHall([laptop], 1, 7)).toEqual({ kind: 'window' });
  });

  it('follows a projector plugged in', () => {
    expect(afterDisplaysChanged([laptop, projector], 1, null, { displayId: 1, fullscreen: false })).toEqual({ kind: 'fullscreen', display: projector });
    // Already there: nothing to do.
    expect(afterDisplaysChanged([laptop, projector], 1, 7, { displayId: 7, fullscreen: true })).toEqual({ kind: 'stay' });
    // The remembered display came back: go to it rather than stay on another.
    expect(afterDisplaysChanged([laptop, projector, tv], 1, 9, { displayId: 7, fullscreen: true })).toEqual({ kind: 'fullscreen', display: tv });
  });

  it('falls back to a normal window when the projector is pulled out', () => {
    expect(afterDisplaysChanged([laptop], 1, 7, { displayId: 7, fullscreen: true })).toEqual({ kind: 'window' });
    expect(afterDisplaysChanged([laptop], 1, 7, { displayId: 1, fullscreen: true })).toEqual({ kind: 'window' });
    // A normal window on the chair's screen stays where the chair put it.
    expect(afterDisplaysChanged([laptop], 1, null, { displayId: 1, fullscreen: false })).toEqual({ kind: 'stay' });
  });

  it('cycles through displays and never remembers the chair’s own', () => {
    expect(nextDisplay([laptop, projector, tv], 7)).toBe(tv);
    expect(nextDisplay([laptop, projector, tv], 9)).toBe(laptop);
    expect(nextDisplay([laptop], null)).toBe(laptop);
    expect(nextDisplay([], 1)).toBeNull();
    expect(displayToRemember(7, 1)).toBe(7);
    expect(displayToRemember(1, 1)).toBeNull();
  });

  it('moves the hall screen to the next display: fullscreen there, or a normal window when the turn comes to the chair’s screen', () => {
    expect(moveToNextDisplay([laptop, projector, tv], 1, 1)).toEqual({ kind: 'fullscreen', display: projector });
    expect(moveToNextDisplay([laptop, projector, tv], 1, 7)).toEqual({ kind: 'fullscreen', display: tv });
    // Never fullscreen over the console.
    expect(moveToNextDisplay([laptop, projector, tv], 1, 9)).toEqual({ kind: 'window' });
    expect(moveToNextDisplay([laptop], 1, 1)).toEqual({ kind: 'window' });
    // The window on a display that has just gone: the first display, as nextDisplay does.
    expect(moveToNextDisplay([laptop, projector], 1, 42)).toEqual({ kind: 'window' });
    expect(moveToNextDisplay([], 1, 1)).toEqual({ kind: 'stay' });
  });

  it('puts a normal hall window inside the chair’s work area, however small', () => {
    expect(windowedHallBounds({ x: 0, y: 0, width: 1440, height: 860 })).toEqual({ x: 40, y: 40, width: 1280, height: 720 });
    // A second screen left of the first has negative coordinates; a small netbook screen gets a smaller window.
    expect(windowedHallBounds({ x: -1024, y: 25, width: 1024, height: 743 })).toEqual({ x: -984, y: 65, width: 944, height: 663 });
    expect(windowedHallBounds({ x: 0, y: 0, width: 60, height: 60 })).toEqual({ x: 40, y: 40, width: 1, height: 1 });
  });
});

describe('window-state.json', () => {
  it('reads hallDisplayId, treating anything unreadable as none', () => {
    expect(readHallDisplayId('{"hallDisplayId": 7}')).toBe(7);
    expect(readHallDisplayId(null)).toBeNull();
    expect(readHallDisplayId('{')).toBeNull();
    expect(readHallDisplayId('{"hallDisplayId": "7"}')).toBeNull();
    expect(readHallDisplayId('[]')).toBeNull();
  });

  it('writes hallDisplayId keeping the rest, and replaces a damaged file', () => {
    expect(JSON.parse(withHallDisplayId('{"console":{"width":1440}}', 9))).toEqual({ console: { width: 1440 }, hallDisplayId: 9 });
    expect(JSON.parse(withHallDisplayId('garbage', 9))).toEqual({ hallDisplayId: 9 });
    expect(JSON.parse(withHallDisplayId(null, 7))).toEqual({ hallDisplayId: 7 });
    expect(readHallDisplayId(withHallDisplayId('[1,2]', 3))).toBe(3);
  });

  it('writes only when the hall window landed on another display than the one remembered, never the chair’s own', () => {
    expect(JSON.parse(rememberedStateText('{"console":{"width":1440}}', 7, 1)!)).toEqual({ console: { width: 1440 }, hallDisplayId: 7 });
    expect(JSON.parse(rememberedStateText('{"hallDisplayId":7}', 9, 1)!)).toEqual({ hallDisplayId: 9 });
    expect(JSON.parse(rememberedStateText(null, 7, 1)!)).toEqual({ hallDisplayId: 7 });
    // Already remembered, or moved onto the chair's screen: no write at every 'moved' event.
    expect(rememberedStateText('{"hallDisplayId":7}', 7, 1)).toBeNull();
    expect(rememberedStateText('{"hallDisplayId":7}', 1, 1)).toBeNull();
  });
});

describe('hall page link', () => {
  it('opens the hall window only for our own hall page', () => {
    expect(isHallPageLink('app://gavel/hall')).toBe(true);
    expect(isHallPageLink('app://gavel/hall/')).toBe(true);
    expect(isHallPageLink('app://gavel/')).toBe(false);
    expect(isHallPageLink('http://127.0.0.1:5170/hall')).toBe(false);
    expect(isHallPageLink('app://evil/hall')).toBe(false);
  });
});
