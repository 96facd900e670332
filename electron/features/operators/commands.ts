/**
 * Paired devices as commands, so pairing and revoking are journaled like every change.
 * `device.pair` is run by the server once a pairing code has been checked (pairing.ts); it
 * makes the device's credential here and returns it once: only its hash is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { localized, notFound } from '../../engine/errors';
import { id, text } from '../../engine/validation';
import { getDevice, insertDevice, markRevoked } from './store';
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

export const deviceCommands = {
  'device.pair': defineCommand({
    schema: z.strictObject({ name: text(DEVICE_NAME_MAX) }),
    slices: ['devices'],
    run({ db, now }, { name }) {
      const secret = newDeviceSecret();
      const deviceId = insertDevice(db, { name, secretHash: hashSecret(secret), at: now });
      return { id: deviceId, secret };
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
