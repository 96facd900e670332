import type { Db } from '../../store/db';
import { listDevices } from './store';

/** Paired devices, for the console's Operators panel. */
export const deviceSlices = {
  devices: (db: Db) => listDevices(db),
};
