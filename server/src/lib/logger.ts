/** A minimal structured logger: one JSON line per entry on stderr, silenced in tests. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: 'silent' | 'error' | 'info'): Logger {
  const write = (severity: string, message: string, fields?: Record<string, unknown>) =>
    process.stderr.write(JSON.stringify({ time: new Date().toISOString(), severity, message, ...fields }) + '\n');
  return {
    info: (message, fields) => level === 'info' && write('info', message, fields),
    error: (message, fields) => level !== 'silent' && write('error', message, fields),
  };
}
