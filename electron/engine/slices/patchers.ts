import type { PatchOp } from '../../../common/patch';
import type { Db } from '../../store/db';
import type { Touched } from '../../store/changes';
import type { SliceName, State } from '../state';

/** A slice's row patcher: the ops after a command, or null to rebuild the slice whole. */
export type Patcher<K extends SliceName> = (db: Db, prev: State[K], touched: Touched) => PatchOp[] | null;

export const slicePatchers: { [K in SliceName]?: Patcher<K> } = {};
