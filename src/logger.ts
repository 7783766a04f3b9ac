import { operatorText } from './errors.js';

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

/**
 * A logger writing lines to a stream, with secrets redacted. Every line starts as everything briefbot tells its
 * operator does (`briefbot: `), then says `warning: ` or `error: ` when it is one.
 * @example createLogger(write).warn('skipped x.txt: binary file') // writes 'briefbot: warning: skipped x.txt: …'
 */
export function createLogger(write: (line: string) => void, secrets: readonly string[] = []): Logger {
  const line = (level: string, message: string): void => write(redact(operatorText(`${level}${message}`), secrets));
  return {
    info: (m) => line('', m),
    warn: (m) => line('warning: ', m),
    error: (m, cause) =>
      line(
        'error: ',
        cause instanceof Error
          ? `${m}: ${cause.stack ?? cause.message}`
          : cause === undefined
            ? m
            : `${m}: ${String(cause)}`,
      ),
  };
}
