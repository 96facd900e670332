import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seed, serve, tempDataDir } from './harness';

const size = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0);

describe('the WAL is checkpointed on a thread of its own (store/checkpointer.ts)', () => {
  it('folds commands into the database file within moments, never inside a command, and leaves no WAL on a clean stop', async () => {
    const dir = tempDataDir();
    const server = await serve(dir);
    const file = path.join(dir, 'gavel.sqlite');
    try {
      const before = size(file);
      await seed(server.url, [
        { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 60 },
        ...Array.from({ length: 60 }, (_, i) => ({
          type: 'delegate.add' as const,
          fullName: `Nguyễn Thị Thanh Hằng ${i + 1}`,
          title: 'Đại biểu HĐND tỉnh, Phó Trưởng Ban Kinh tế - Ngân sách',
          group: `Tổ đại biểu số ${(i % 9) + 1} - huyện Lương Sơn, huyện Cao Phong và huyện Kim Bôi`,
          seatNumber: i + 1,
        })),
      ]);
      // Inside the commits the engine would fold them only at 4,000 WAL pages (or on close); the
      // thread does it within its period, so the file itself grows while the server runs.
      await expect.poll(() => size(file), { timeout: 5_000, interval: 100 }).toBeGreaterThan(before);
      expect(server.output()).not.toMatch(/checkpoint/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // The thread stopped before the engine's connection closed and folded the WAL back.
    expect(size(file + '-wal')).toBe(0);
  });
});
