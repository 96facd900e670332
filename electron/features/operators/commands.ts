/**
 * Paired devices as commands, so pairing and revoking are journaled like every change.
 * `device.pair` is run by the server once a pairing code has been checked (pairing.ts); it
 * makes the device's credential here and returns it once: only its hash is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { localized, notFound } from '../../engine/errors';
import { id, text } from '../../engine/validation';
import { getDevice, insertDevice, markRevoked, repairDevice, setDeviceAddress } from './store';
import { defineCommand } from '../../engine/define';

/** 256 random bits, URL-safe: far above the 128 bits a device credential needs. */
export function newDeviceSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The longest device name, also the pairing page's input limit (server/pair-page.ts). */
export const DEVICE_NAME_MAX = 60;

/** A network address as the listener reports it: IPv4, IPv6 (with a zone, "fe80::1%eth0"). */
const address = z.string().max(64).regex(/^[0-9A-Za-z:.%_-]+$/);

export const deviceCommands = {
  'device.pair': defineCommand({
    // The address the pairing form came from: the chair sees it before the laptop's console connects.
    // `again`: the device this laptop already is, by the credential it still holds (read by the
    // server, revoked or not). It is taken over rather than listed twice under one name.
    schema: z.strictObject({ name: text(DEVICE_NAME_MAX), address: address.optional(), again: id.optional() }),
    slices: ['devices'],
    run({ db, now }, { name, address: from, again }) {
      const secret = newDeviceSecret();
      const paired = { name, secretHash: hashSecret(secret), at: now, address: from ?? null };
      if (again === undefined) return { id: insertDevice(db, paired), secret };
      if (!getDevice(db, again)) throw notFound('device', again);
      repairDevice(db, again, paired);
      return { id: again, secret };
    },
  }),

  /**
   * A paired device connected from another address than the one kept (a laptop given a new
   * address by the hall's network): run by the server as the device connects, so the address
   * the chair sees survives a restart and the journal says when it changed.
   */
  'device.address': defineCommand({
    schema: z.strictObject({ id, address }),
    slices: ['devices'],
    run({ db }, { id: deviceId, address: to }) {
      const device = getDevice(db, deviceId);
      if (!device) throw notFound('device', deviceId);
      if (device.revokedAt !== null) throw localized('device-revoked', () => ({ name: device.name }));
      setDeviceAddress(db, deviceId, to);
    },
  }),

  'device.revoke': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['devices'],
    run({ db, now }, { id: deviceId }) {
      const device = getDevice(db, deviceId);
      if (!device) throw notFound('device', deviceId);
      if (device.revokedAt !== null) throw localized('device-revoked', () => ({ name: device.name }));
      markRevoked(db, deviceId, now);
    },
  }),
};
