import { EngineError } from '../../engine/errors';
import type { Emblem } from './store';
import { EMBLEM_MAX_BYTES } from '../../../common/hall/model';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

const startsWith = (data: Buffer, magic: number[]) => magic.every((b, i) => data[i] === b);

/**
 * Decodes an uploaded emblem and checks it really is a PNG or JPEG: the declared type
 * and the file's first bytes must agree. SVG is refused, as it can carry scripts.
 */
export function decodeEmblem(dataUrl: string): Emblem {
  const match = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match) throw new EngineError('emblem-type');
  const mime = match[1] as Emblem['mime'];
  // Checked before decoding: base64 is 4 characters per 3 bytes.
  if (Math.floor((match[2].length * 3) / 4) > EMBLEM_MAX_BYTES + 2) throw new EngineError('emblem-too-large', { maxKb: EMBLEM_MAX_BYTES / 1024 });
  const data = Buffer.from(match[2], 'base64');
  if (data.length > EMBLEM_MAX_BYTES) throw new EngineError('emblem-too-large', { maxKb: EMBLEM_MAX_BYTES / 1024 });
  const ok = mime === 'image/png' ? startsWith(data, PNG_MAGIC) : startsWith(data, JPEG_MAGIC);
  if (!ok) throw new EngineError('emblem-type');
  return { mime, data };
}
