/**
 * The one error class briefbot throws on purpose, with a code a caller can branch on, what is wrong and what to do.
 * Its message never carries the `briefbot:` prefix: {@link operatorText} and the logger add it once.
 */

/** What went wrong, for callers that handle one case (a stand-in store, a loading corpus) and rethrow the rest. */
export type ErrorCode =
  /** BRIEFBOT_CORPUS is missing or not a folder. */
  | 'CORPUS_NOT_A_FOLDER'
  /** The first corpus load is under way: nothing can be answered yet. */
  | 'NOT_READY'
  /** The database is read-only, locked, unopenable, not a database, full, or of a newer briefbot. */
  | 'STORE_READ_ONLY'
  | 'STORE_LOCKED'
  | 'STORE_CANNOT_OPEN'
  | 'STORE_NOT_A_DATABASE'
  | 'STORE_DISK_FULL'
  | 'STORE_TOO_NEW'
  /** Slack refused SLACK_BOT_TOKEN or SLACK_APP_TOKEN at start (invalid_auth, token_revoked…), or SLACK_API_URL. */
  | 'SLACK_TOKEN_REFUSED'
  /** A caller broke a rule of the code itself (a bug, never the user's doing). */
  | 'MISUSE';

export class BriefbotError extends Error {
  override readonly name = 'BriefbotError';

  /**
   * @param problem what is wrong, naming the setting or file (`BRIEFBOT_CORPUS "./x" is not a folder`)
   * @param advice what to do about it (`create it or point BRIEFBOT_CORPUS at your briefings`)
   */
  constructor(
    readonly code: ErrorCode,
    readonly problem: string,
    readonly advice: string,
    options?: ErrorOptions,
  ) {
    super(advice ? `${problem}: ${advice}` : problem, options);
  }
}

/** True for a {@link BriefbotError}, of one of the codes when given. */
export function isBriefbotError(error: unknown, ...codes: ErrorCode[]): error is BriefbotError {
  return error instanceof BriefbotError && (codes.length === 0 || codes.includes(error.code));
}

/**
 * A line for whoever runs briefbot, with the one prefix every such line starts with.
 * @example operatorText('BRIEFBOT_CORPUS "./x" is not a folder')
 *   // → 'briefbot: BRIEFBOT_CORPUS "./x" is not a folder'
 */
export const operatorText = (message: string): string => `briefbot: ${message}`;
