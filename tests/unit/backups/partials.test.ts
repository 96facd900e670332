/**
 * A backup killed mid-copy leaves a half-written `.partial` in the backups folder: never listed,
 * but it would stay there for good, filling the disk a session at a time. The next start and the
 * next backup drop it; nobody else's file, and no copy another running Gavel is writing.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Keeper } from '../../../electron/features/backups/keeper';
import { backupsDir, listBackups, writeBackup } from '../../../electron/features/backups/store';
import { tempDir } from '../helpers';

const STORE = path.resolve('electron/features/backups/store.ts');
const partials = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.partial'));
const children: ChildProcess[] = [];

/** A process that backs up a database of some megabytes over and over, as Gavel's backups run. */
function backingUp(file: string): ChildProcess {
  const script = `const { writeBackup } = await import(${JSON.stringify(STORE)}); const { default: Database } = await import('better-sqlite3');
const db = new Database(${JSON.stringify(file)}); for (;;) { const b = writeBackup(db, ${JSON.stringify(file)}, 'manual'); (await import('node:fs')).rmSync(${JSON.stringify(backupsDir(file))} + '/' + b.name); }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
  children.push(child);
  return child;
}

/** Kills (-9) a process backing up as soon as a copy is half written; the name of the copy it leaves. */
async function killedMidCopy(file: string): Promise<string> {
  const dir = backupsDir(file);
  for (let attempt = 0; attempt < 5; attempt++) {
    const child = backingUp(file);
    const exited = new Promise((r) => child.once('exit', r));
    const until = Date.now() + 30_000;
    // Polled without yielding: the copy takes a fraction of a second, the kill lands inside it.
    while (Date.now() < until && !(fs.existsSync(dir) && partials(dir).length > 0)) {
      /* busy: the child runs apart */
    }
    child.kill('SIGKILL');
    await exited;
    const left = fs.existsSync(dir) ? partials(dir) : [];
    if (left.length > 0) return left[0];
    // The kill came between the check and the rename: try again.
  }
  throw new Error('no backup was caught mid-copy');
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

describe('a backup killed mid-copy', () => {
  it('leaves a half copy that the next start drops, leaving every other file in the folder alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    new Keeper(file, { log: () => {} }).close();
    // Some megabytes, so a copy takes long enough to be caught half written.
    const big = path.join(dir, 'big.sqlite');
    const db = new Database(big);
    db.exec('CREATE TABLE filler (b BLOB)');
    const insert = db.prepare('INSERT INTO filler VALUES (randomblob(100000))');
    db.transaction(() => {
      for (let i = 0; i < 300; i++) insert.run();
    })();
    db.close();

    const left = await killedMidCopy(big);
    expect(left).toMatch(/^\.gavel-\d{8}T\d{9}Z-manual\.sqlite\.\d+\.partial$/);
    const backups = backupsDir(file);
    // Not Gavel's: a file of the office's, a name that only looks alike, a copy another Gavel (alive) is writing.
    const alive = spawn('sleep', ['30']);
    children.push(alive);
    const others = ['notes.partial', '.gavel-backup.sqlite.partial', `.gavel-20261205T154007123Z-manual.sqlite.${alive.pid}.partial`];
    for (const name of others) fs.writeFileSync(path.join(backups, name), 'not yours');

    new Keeper(file, { log: () => {} }).close();
    expect(partials(backups).sort()).toEqual([...others].sort());
  }, 120_000);

  it('drops a leftover before the next backup too, one of an earlier version (no pid) included', () => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    const keeper = new Keeper(file, { log: () => {} });
    keeper.backup('manual');
    const backups = backupsDir(file);
    // Left by a process that is gone (pid 2^22 + 1 is above Linux's pid_max), and by a version before pids.
    const leftovers = ['.gavel-20261205T154007123Z-periodic.sqlite.4194305.partial', '.gavel-20261205T154007123Z-sitting-open.sqlite.partial'];
    for (const name of leftovers) fs.writeFileSync(path.join(backups, name), 'half');
    writeBackup(keeper.db, file, 'manual');
    expect(partials(backups)).toEqual([]);
    expect(listBackups(file)).toHaveLength(2);
    keeper.close();
  });
});
