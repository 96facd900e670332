import type { Migration } from './migration';

/**
 * The network address each paired device last connected from, kept with the device: it is what
 * tells two laptops of one name apart in the chair's list and in the revoke question, and it
 * must still be there after Gavel restarts, before the laptop connects again.
 */
export const deviceAddress: Migration = {
  version: 17,
  name: 'device-address',
  up: `
    ALTER TABLE devices ADD COLUMN last_address TEXT;
  `,
};
