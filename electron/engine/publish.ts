import { applyPatch, diff, type PatchOp } from '../../common/patch';
import type { Db } from '../store/db';
import type { Touched } from '../store/changes';
import { depTest, type Dep } from './deps';
import type { CommandDef } from './define';
import { SLICE_NAMES, sliceBuilders, sliceTables, type SliceName, type State } from './state';
import { slicePatchers } from './patchers';

/** Each declared slice's test: does a command's record touch what the slice reads? */
const depsOf = (restoring: boolean) =>
  new Map<SliceName, Dep[]>(
    SLICE_NAMES.flatMap((name) => {
      const deps = sliceTables[name];
      return deps ? [[name, deps.map((d) => depTest(d, restoring))] as [SliceName, Dep[]]] : [];
    }),
  );
const sliceDeps = depsOf(false);
/** For undo and redo, which put deleted rows back (see depTest's 'table-'). */
const restoringDeps = depsOf(true);

/** The slices a command may have changed: declared ones by their tables, others by the command's list. */
export function dirtySlices(type: string, def: Pick<CommandDef, 'slices'>, touched: Touched): SliceName[] {
  if (def.slices === 'all') return SLICE_NAMES;
  const declared = type === 'undo' || type === 'redo' ? restoringDeps : sliceDeps;
  return SLICE_NAMES.filter((name) => {
    const deps = declared.get(name);
    if (deps) return deps.some((d) => d(touched));
    // An undeclared slice: as listed by the command; undo can touch anything, so it rebuilds them all.
    return type === 'undo' || (def.slices?.includes(name) ?? false);
  });
}

/**
 * A slice brought up to date after a command, and the ops that say how: by the slice's own
 * row patcher where it has one (cost in proportion to the rows touched), else rebuilt whole
 * and compared with what the screens hold (cost of a build, but only the difference is sent).
 */
export function patchSlice<K extends SliceName>(db: Db, name: K, prev: State[K], touched: Touched): { value: State[K]; ops: PatchOp[] } {
  const patcher = slicePatchers[name] as ((db: Db, prev: State[K], touched: Touched) => PatchOp[] | null) | undefined;
  const ops = prev === undefined ? null : (patcher?.(db, prev, touched) ?? null);
  if (ops) return { value: applyPatch(prev, ops), ops };
  const value = sliceBuilders[name](db) as State[K];
  return { value, ops: prev === undefined ? [{ op: 'set', path: [], value }] : diff(prev, value) };
}
