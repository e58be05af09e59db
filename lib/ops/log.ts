/**
 * The structured logger: pino, one JSON object per line on stdout. `LOG_LEVEL` sets the level (default `info`;
 * `silent` turns logging off). Kept on globalThis so every bundle of the process writes through one stream.
 * What may be logged: paths without query strings, counts, timings, file names. Never article text, never a
 * query string (search terms are what readers typed).
 */
import pino, { type Logger } from 'pino';

const KEY = Symbol.for('selfhelp.logger');
type Holder = { [KEY]?: Logger };

function create(): Logger {
  return pino({
    name: 'selfhelp',
    level: process.env.LOG_LEVEL || 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Level names ("info") read better in a log viewer than pino's numbers.
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** The process-wide logger. */
export const log: Logger = ((globalThis as Holder)[KEY] ??= create());
