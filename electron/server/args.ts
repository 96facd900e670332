import { isIP } from 'node:net';
import type { Lang } from '../../common/strings';

/** Command-line options of browser mode (`npm run serve -- --port 5170 --data-dir ./data`). */
export interface ServeOptions {
  port: number;
  dataDir: string;
  host: string;
  /** Where LAN displays connect once the chair turns sharing on (never before). */
  lanHost: string;
  /** 0 picks a free port each time sharing is turned on. */
  lanPort: number;
  /** The language of the lines said on the terminal; null follows the terminal's locale. */
  lang: Lang | null;
}

export const DEFAULT_SERVE_OPTIONS: ServeOptions = { port: 5170, dataDir: './data', host: '127.0.0.1', lanHost: '0.0.0.0', lanPort: 0, lang: null };

/** What `--help` prints, and what an unknown option is answered with. */
export const SERVE_USAGE = `Usage: npm run serve -- [options]
  --port N        the console's port on 127.0.0.1 (default 5170; 0 picks a free one)
  --data-dir DIR  the folder of the database and its backups (default ./data)
  --lan-host IP   where LAN displays connect once sharing is turned on (default 0.0.0.0)
  --lan-port N    the LAN port (default 0: a free one each time sharing is turned on)
  --lang vi|en    the language of the terminal's messages (default: the terminal's locale)
  --help          this text`;

export type ParsedArgs = { ok: true; options: ServeOptions } | { ok: false; message: string } | { ok: 'help' };

/** Parses argv without touching the process, so every case is unit-tested. */
export function parseServeArgs(argv: readonly string[]): ParsedArgs {
  const options = { ...DEFAULT_SERVE_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    try {
      switch (flag) {
        case '--port':
        case '--lan-port': {
          const raw = value();
          const port = Number(raw);
          if (!/^\d+$/.test(raw) || port > 65535) return { ok: false, message: `${flag} must be a number from 0 to 65535, not "${raw}"` };
          if (flag === '--port') options.port = port;
          else options.lanPort = port;
          break;
        }
        case '--lan-host': {
          const raw = value();
          if (!isIP(raw)) return { ok: false, message: `--lan-host must be an IP address such as 0.0.0.0 or 192.168.1.10, not "${raw}"` };
          options.lanHost = raw;
          break;
        }
        case '--data-dir':
          options.dataDir = value();
          break;
        case '--lang': {
          const raw = value();
          if (raw !== 'vi' && raw !== 'en') return { ok: false, message: `--lang must be vi or en, not "${raw}"` };
          options.lang = raw;
          break;
        }
        case '--help':
        case '-h':
          return { ok: 'help' };
        default:
          return { ok: false, message: `Unknown option "${arg}".\n${SERVE_USAGE}` };
      }
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
  return { ok: true, options };
}
