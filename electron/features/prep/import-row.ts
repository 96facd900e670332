/**
 * The refusal of one row of an office's file (a programme, a list of resolutions), naming the row
 * as the office finds it: its line in the spreadsheet, or its table's row in Word. The row's own
 * `line` and `place` when it carries them, else its position in the command.
 */
import { filePlace } from '../../engine/validation';
import { EngineError, localized } from '../../engine/errors';
import { placePhrase, type FilePlace } from '../../../common/filePlace';
import type { Lang } from '../../../common/strings';

export function rowRefusal(raw: unknown, index: number): (detail: (l: Lang) => string) => EngineError {
  const given = raw as { line?: unknown; place?: unknown } | null;
  const line = Number.isInteger(given?.line) && (given!.line as number) > 0 ? (given!.line as number) : index + 1;
  const place = filePlace.safeParse(given?.place);
  const at = (l: Lang) => placePhrase(line, place.success ? (place.data as FilePlace) : undefined, l, true);
  return (detail) => localized('import-row', (l) => ({ at: at(l), detail: detail(l) }));
}
