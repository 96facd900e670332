/**
 * The disk that holds the data folder fills up during a sitting (the data folder on a small
 * partition, a USB stick, a laptop's disk filled by a video): every command the chair sends is
 * refused, and the console has to say why, not "Something went wrong". SQLite refuses with
 * SQLITE_FULL; here it is made to, on a real file, by capping the database's size in pages
 * (max_page_count), which SQLite answers exactly as it answers a full disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Keeper } from '../../../electron/features/backups/keeper';
import { ok, seedBasics, tempDir } from '../helpers';

describe('a command on a full disk', () => {
  it('is refused in words, says where and what to do, changes nothing, and goes through once there is room', () => {
    const dir = tempDir();
    const keeper = new Keeper(path.join(dir, 'gavel.sqlite'), { log: () => {} });
    try {
      seedBasics(keeper.engine);
      const pages = keeper.db.pragma('page_count', { simple: true }) as number;
      keeper.db.pragma(`max_page_count = ${pages}`);
      const before = keeper.engine.current;
      let refused = null as null | { code: string; message: string; text?: Record<'vi' | 'en', string> };
      for (let i = 0; i < 2000 && !refused; i++) {
        const reply = keeper.engine.run('delegate.add', { fullName: `Đại biểu số ${i} với một cái tên khá dài để đầy trang` }, { actor: 'system', lang: 'vi' });
        if (!reply.ok) refused = reply.error;
      }
      expect(refused).not.toBeNull();
      expect(refused!.code).toBe('disk-full');
      expect(refused!.message).toBe(`Ổ đĩa chứa dữ liệu của Gavel (${dir}) đã đầy: thao tác này chưa được ghi, không có gì bị thay đổi. Hãy giải phóng dung lượng trên ổ đĩa đó rồi làm lại; mọi dữ liệu đã ghi trước đó vẫn còn nguyên.`);
      expect(refused!.text!.en).toBe(`The disk that holds Gavel’s data (${dir}) is full: this was not recorded, and nothing was changed. Free some space on that disk, then do it again; everything recorded before is kept.`);
      // What was refused is not in the state; what came before it is.
      const count = keeper.engine.current.delegates.length;
      expect(keeper.engine.current.revision).toBe(before.revision + count);
      // Room again: the same command goes through.
      keeper.db.pragma('max_page_count = 1073741823');
      ok(keeper.engine, 'delegate.add', { fullName: 'Sau khi giải phóng dung lượng' });
      expect(keeper.engine.current.delegates).toHaveLength(count + 1);
    } finally {
      keeper.db.pragma('max_page_count = 1073741823');
      keeper.close();
    }
  });
});

describe('closing Gavel on a full disk', () => {
  // A real full disk: a small tmpfs (root only: where mounting is not allowed, this is skipped).
  it('closes the database all the same, so the app can quit, and keeps every command', (t) => {
    const dir = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      return t.skip();
    }
    try {
      const file = path.join(dir, 'gavel.sqlite');
      const keeper = new Keeper(file, { log: () => {} });
      seedBasics(keeper.engine);
      for (let i = 0; i < 40; i++) ok(keeper.engine, 'delegate.add', { fullName: `Đại biểu ${i}` });
      // A video copied onto the same disk fills it.
      const free = () => Number(execFileSync('df', ['-B1', '--output=avail', dir]).toString().split('\n')[1]);
      fs.writeFileSync(path.join(dir, 'video.mp4'), Buffer.alloc(Math.max(0, free() - 4096)));
      // The desktop app quits only once the keeper is closed (main.ts, will-quit): a throw here left it running, windowless.
      expect(() => keeper.close()).not.toThrow();
      expect(keeper.db.open).toBe(false);
      fs.rmSync(path.join(dir, 'video.mp4'));
      const again = new Keeper(file, { log: () => {} });
      expect(again.engine.current.delegates).toHaveLength(40);
      again.close();
    } finally {
      // Lazily: a database left open by a failure must not keep the mount.
      execFileSync('umount', ['-l', dir]);
    }
  });
});
