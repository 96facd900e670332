/** Paired devices (second consoles). Only a hash of each device's credential is kept. */
import type { Db } from '../../store/db';
import type { NeededRole } from '../../../common/roles';

export interface Device {
  id: number;
  name: string;
  role: 'secretary';
  pairedAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
  /** The address it last connected (or paired) from, "192.168.1.23"; null before it ever did. */
  lastAddress: string | null;
}

const COLUMNS = 'id, name, role, paired_at AS pairedAt, last_seen_at AS lastSeenAt, revoked_at AS revokedAt, last_address AS lastAddress';

export function listDevices(db: Db): Device[] {
  return db.prepare(`SELECT ${COLUMNS} FROM devices ORDER BY id`).all() as Device[];
}

/**
 * The role of the console named `name` (a command's actor): a paired device's (revoked or not:
 * what it took is still its operator's work), else the chair's own console.
 */
export function consoleRole(db: Db, name: string): NeededRole {
  return (db.prepare('SELECT role FROM devices WHERE name = ? LIMIT 1').pluck().get(name) as Device['role'] | undefined) ?? 'chair';
}

export function getDevice(db: Db, id: number): Device | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM devices WHERE id = ?`).get(id) as Device | undefined) ?? null;
}

/** The device a credential hash belongs to, if it is still allowed in (not revoked). */
export function deviceBySecretHash(db: Db, hash: string): Device | null {
  const device = ownDeviceBySecretHash(db, hash);
  return device && device.revokedAt === null ? device : null;
}

/**
 * The device a credential hash belongs to, revoked or not: a laptop the chair revoked still holds
 * its own credential, and pairing it again offers the name it had and takes that device over rather
 * than list a second one with the same name. Only the holder of the credential learns of it.
 */
export function ownDeviceBySecretHash(db: Db, hash: string): Device | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM devices WHERE secret_hash = ?`).get(hash) as Device | undefined) ?? null;
}

export function insertDevice(db: Db, d: { name: string; secretHash: string; at: number; address: string | null }): number {
  return Number(
    db
      .prepare("INSERT INTO devices (name, role, secret_hash, paired_at, last_seen_at, last_address) VALUES (?, 'secretary', ?, ?, ?, ?)")
      .run(d.name, d.secretHash, d.at, d.at, d.address).lastInsertRowid,
  );
}

/**
 * A laptop pairing again keeps its device: a new credential replaces the old one (whose hash is
 * gone, so the old credential matches nothing from now on), the revoke is cleared, the name typed kept.
 */
export function repairDevice(db: Db, id: number, d: { name: string; secretHash: string; at: number; address: string | null }): void {
  db.prepare('UPDATE devices SET name = ?, secret_hash = ?, paired_at = ?, last_seen_at = ?, last_address = ?, revoked_at = NULL WHERE id = ?').run(
    d.name,
    d.secretHash,
    d.at,
    d.at,
    d.address,
    id,
  );
}

export function setDeviceAddress(db: Db, id: number, address: string): void {
  db.prepare('UPDATE devices SET last_address = ? WHERE id = ?').run(address, id);
}

export function markRevoked(db: Db, id: number, at: number): void {
  db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ?').run(at, id);
}

/**
 * Connection bookkeeping, written outside the command bus on purpose: a device coming and
 * going is not a change to the session, and must not bump the revision or fill the journal.
 */
export function touchDevice(db: Db, id: number, at: number): void {
  db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at, id);
}
