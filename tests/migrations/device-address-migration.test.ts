import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { LATEST_VERSION } from '../../electron/store/migrations/index';
import { hashSecret } from '../../electron/features/operators/commands';
import { deviceBySecretHash } from '../../electron/features/operators/store';
import { manualClock, schemaBefore } from '../unit/helpers';

describe('migration device-address', () => {
  it('keeps every paired device paired (and a revoked one revoked), with no address until it connects again', () => {
    const { db } = schemaBefore('device-address');
    db.exec(`
      INSERT INTO devices (name, role, secret_hash, paired_at, last_seen_at, revoked_at) VALUES
        ('Thư ký - laptop 2', 'secretary', '${hashSecret('s1')}', 100, 200, NULL),
        ('Máy thư ký cũ', 'secretary', '${hashSecret('s2')}', 50, 60, 70);
    `);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const engine = new Engine(db, manualClock());
    expect(engine.current.devices).toEqual([
      { id: 1, name: 'Thư ký - laptop 2', role: 'secretary', pairedAt: 100, lastSeenAt: 200, revokedAt: null, lastAddress: null },
      { id: 2, name: 'Máy thư ký cũ', role: 'secretary', pairedAt: 50, lastSeenAt: 60, revokedAt: 70, lastAddress: null },
    ]);
    // The laptop's cookie still opens its console; the revoked one's still does not.
    expect(deviceBySecretHash(db, hashSecret('s1'))?.name).toBe('Thư ký - laptop 2');
    expect(deviceBySecretHash(db, hashSecret('s2'))).toBeNull();
    // Run by the server as the laptop connects from a new address (server/operators.ts).
    expect(engine.run('device.address', { id: 1, address: '192.168.1.23' }, { actor: 'Thư ký - laptop 2', lang: 'en', server: true }).ok).toBe(true);
    expect(engine.current.devices[0].lastAddress).toBe('192.168.1.23');
    db.close();
  });
});
