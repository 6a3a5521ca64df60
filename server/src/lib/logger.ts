import pino from 'pino';

/** JSON lines on stderr; one child per request and per socket carries its id. */
export type Logger = pino.Logger;

export function createLogger(level: 'silent' | 'error' | 'info'): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      // Errors keep their stack: `log.error({ err }, '...')`.
      serializers: { err: pino.stdSerializers.err },
    },
    pino.destination({ dest: 2, sync: false }),
  );
}
