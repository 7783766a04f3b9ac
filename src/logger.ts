/** The logger every part receives: messages go to standard error, never to the console's answers. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, cause?: unknown): void;
}

/**
 * Replace every secret in a text by `[redacted]`.
 * @example redact('token xoxb-1', ['xoxb-1']) // → 'token [redacted]'
 */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((s) => s.length >= 8).reduce((t, s) => t.split(s).join('[redacted]'), text);
}

/** A logger writing `briefbot: …` lines to a stream, with secrets redacted. */
export function createLogger(write: (line: string) => void, secrets: readonly string[] = []): Logger {
  const line = (level: string, message: string): void => write(redact(`briefbot ${level}: ${message}`, secrets));
  return {
    info: (m) => line('info', m),
    warn: (m) => line('warn', m),
    error: (m, cause) =>
      line(
        'error',
        cause instanceof Error
          ? `${m}: ${cause.stack ?? cause.message}`
          : cause === undefined
            ? m
            : `${m}: ${String(cause)}`,
      ),
  };
}
