/** Words briefbot says, kept in one place so that tests assert on the same constants. */

export const MAX_INPUT_CHARS = 500;
export const DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';
export const EMPTY_SEARCH = 'Type some words to search for, e.g. `/brief search CASA-1000`.';
export const NOTHING_MATCHED = 'Nothing matched';
export const NO_SUGGESTION_TIPS =
  'Try fewer words, another spelling, or no date filter; `/brief sources` lists what is indexed.';
export const PARTIAL_MATCH = 'No passage has all of your words; these have some of them.';
export const SOURCE_WHICH = 'Which briefing? Give its id, e.g. `/brief source 001`; `/brief sources` lists them.';
export const CONSOLE_HINT =
  'Type what you would type in Slack, e.g. `/brief search CASA-1000`, `When did Qureshi meet Lavrov?`, ' +
  '`/brief digest now` or `/brief help`. Ctrl-D quits.';
/** What the console says at a first Ctrl-C, having cleared the line. */
export const INTERRUPT_HINT = '(press Ctrl-C again or Ctrl-D to quit)';

/** The notice for input that was cut to the longest briefbot reads. */
export const shortenedNotice = (length: number): string =>
  `Your text had ${length} characters; briefbot read the first ${MAX_INPUT_CHARS}.`;

/** The message for a date filter whose value is not a date. */
export const badDateMessage = (token: string): string =>
  `\`${token}\` is not a date filter briefbot understands: write ${DATE_FORMS}, ` +
  'e.g. `in:2021` or `from:2024-01 to:2024-12`.';

/** The message for a date range whose start is after its end. */
export const emptyRangeMessage = (from: string, to: string): string =>
  `That period is empty: it starts ${from} and ends ${to}. Check the order of \`from:\` and \`to:\`.`;

/** The message for an id that names no briefing. */
export const unknownSourceMessage = (id: string): string =>
  `No briefing has the id \`${id}\`. \`/brief sources\` lists them.`;

/** The message for an id that names several briefings. */
export const ambiguousSourceMessage = (id: string, ids: string[]): string =>
  `\`${id}\` could be ${ids
    .slice(0, 5)
    .map((i) => `\`${i}\``)
    .join(', ')}${ids.length > 5 ? '…' : ''}; give more of the id.`;

/** Help: one line a command, each with an example. */
export const HELP_LINES: ReadonlyArray<[string, string]> = [
  ['/brief search <terms>', 'search the briefings, e.g. `/brief search Lavrov in:2021`'],
  ['/brief <terms>', 'the same as search, e.g. `/brief Kyrgyz president`'],
  ['date filters', '`in:2021`, `from:2024-01 to:2024-12`, `since:2023`, `before:2022-06`'],
  [
    '/brief meetings [with …] [in …] [during …] [at …]',
    'who met whom, newest first, e.g. `/brief meetings with Russia`, `/brief meetings in Bishkek during 2023`, ' +
      '`/brief meetings at SCO summit`, `/brief meetings planned`',
  ],
  [
    '/brief timeline <person|country>',
    'meetings of one person or country, oldest first, e.g. `/brief timeline Lavrov`',
  ],
  [
    '/brief meetings … csv',
    'every meeting of a list or timeline as a CSV file in your DM, e.g. `/brief meetings with Russia csv` ' +
      '(or the Export CSV button under the list)',
  ],
  [
    '/brief <question>',
    'a question in plain words, e.g. `/brief When did Qureshi meet Lavrov, and where?`, `/brief Did Jilani meet ' +
      'the Kyrgyz president in Bishkek?`, `/brief What did Sharif and Mishustin agree on?`, `/brief Who is Zhang ' +
      'Ming?` — or mention @briefbot, or send it a DM; "and where?" in the same thread follows on',
  ],
  ['/brief sources', 'every briefing with its title, date and number of meetings'],
  ['/brief source <id>', 'one briefing, cleaned, e.g. `/brief source 001`'],
  [
    '/brief digest on [HH:MM] [Area/City]',
    'a daily digest here of new briefings, their meetings, what is coming up and what happened on this day, at ' +
      'its local time (default 09:00), e.g. `/brief digest on 08:30 Europe/London`',
  ],
  ['/brief digest off | status | now', "stop the daily digest, see it, or get today's digest now"],
  [
    'add a briefing',
    'in Slack: share a .txt, .md, .pdf, .docx or .html file with briefbot in a DM (or with a mention of it), or ' +
      'use *Add to briefings* on a message; it is searchable at once',
  ],
  [
    '/brief remove <id>',
    'in Slack: take a briefing out of the corpus (its file is moved to `removed/`, never deleted), e.g. ' +
      '`/brief remove talks-in-baku`',
  ],
  ['/brief help', 'this help'],
];

/**
 * What briefbot answers to a mistyped command: the command it takes it for, and, when the command word was the typo,
 * how to search for the words as typed instead.
 * @example didYouMean('search Lavrov', 'serach Lavrov', true)
 *   // → 'Did you mean `/brief search Lavrov`? To search for the words as typed: `/brief search serach Lavrov`.'
 */
export const didYouMean = (meant: string, typed: string, wordTypo: boolean): string =>
  `Did you mean \`/brief${meant ? ` ${meant}` : ''}\`?` +
  (wordTypo ? ` To search for the words as typed: \`/brief search ${typed}\`.` : '');

/** The message for a period that is not one. */
export const badPeriodMessage = (text: string): string =>
  `\`${text}\` is not a period briefbot understands: ` +
  'write a year (`2023`), a month (`October 2024`), a range (`2021 to 2023`) or `last year`.';

/** What `/brief timeline` says without a subject. */
export const TIMELINE_WHO =
  'Whose timeline? Name a person or a country, e.g. `/brief timeline Lavrov` or `/brief timeline Kyrgyzstan`.';
export const NO_MEETINGS = 'No meeting in the briefings matches';
export const DATE_NOT_STATED = 'Date not stated';

/** What the CLI's digest says for a day with nothing to post. */
export const nothingToPostOn = (localDate: string): string =>
  `Nothing to post for ${localDate}: no new briefings, nothing coming up, nothing on this day.`;

/** The CLI's words for an option value that is not a date. */
export const notADate = (option: string, value: string): string =>
  `${option} "${value}" is not a date: write YYYY-MM-DD`;

/** The CLI's words for a timezone it does not know. */
export const notATimezone = (option: string, value: string): string =>
  `${option} "${value}" is not a timezone: write it as Area/City, e.g. Asia/Karachi`;

/** The CLI's words for a command it does not have, with the one it may have meant. */
export const unknownCommand = (command: string, meant?: string): string =>
  `unknown command "${command}"${meant ? `: did you mean "${meant}"?` : ''}`;

/** The CLI's words for an option it does not have, with the one it may have meant. */
export const unknownOption = (option: string, meant?: string): string =>
  `unknown option "${option}"${meant ? `: did you mean "${meant}"?` : ''}`;

/** The configuration's problems, one a line, each saying what to set. */
export const configProblems = (problems: readonly string[]): string =>
  `the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`;

/** How `/brief digest` is used. */
export const DIGEST_USAGE =
  'Use `/brief digest on [HH:MM] [Area/City]`, e.g. `/brief digest on 08:30 Europe/London`, ' +
  'or `/brief digest off`, `status`, `now`.';

/** A digest action that takes no argument was given one. */
export const digestTakesNothing = (action: string): string =>
  `\`/brief digest ${action}\` takes nothing after it. ${DIGEST_USAGE}`;

/** A word after `/brief digest` that is no digest action. */
export const notADigestSetting = (word: string): string => `\`${word}\` is not a digest setting. ${DIGEST_USAGE}`;

/** A timezone the runtime does not know. */
export const unknownTimezone = (text: string): string =>
  `\`${text}\` is not a timezone briefbot knows: write it as Area/City, e.g. \`Asia/Karachi\` or \`Europe/London\`.`;

/** A word after `/brief digest on` that is neither a time nor a timezone. */
export const notATimeOrTimezone = (text: string): string =>
  `\`${text}\` is not a time or a timezone: write the time as HH:MM, e.g. \`/brief digest on 08:30 Europe/London\`.`;

/** What briefbot says in Slack when something went wrong on its side. */
export const APOLOGY = 'Sorry, briefbot could not answer that just now. Please try again in a moment.';
/** What briefbot says when sharing failed for another reason than the channel. */
export const SHARE_FAILED = 'Sharing failed; please try again.';
/** What briefbot says when a button carries something it did not write. */
export const STALE_BUTTON = 'That button no longer works. Run the command again.';
/** What briefbot says when it may not post in a channel an answer was shared in. */
export const CANNOT_POST =
  'briefbot cannot post in this channel. Invite it with `/invite @briefbot`, then share again.';
/** What briefbot says while it is still reading the briefings at start. */
export const LOADING = 'briefbot is still reading the briefings; please ask again in a minute.';
/** Put above a private answer sent anew because Slack no longer takes replies to the message it answers. */
export const REPLY_EXPIRED =
  'Slack no longer lets briefbot change that message: its buttons and replies expire after 30 minutes. ' +
  'Run the command again for a fresh one; here is what you asked for.';
/** Put above a private answer sent anew because Slack would not take the reply to the command. */
export const REPLY_NOT_TAKEN = 'Slack would not take briefbot’s reply to your command, so here it is.';
/** Put above the answer to a mention sent privately because briefbot may not post in the channel. */
export const notInChannelReply = (channel: string): string =>
  `briefbot could not answer you in <#${channel}>: it is not in that channel. ` +
  'Invite it with `/invite @briefbot` to get answers in the thread; here is the answer meanwhile.';
/** Put above the answer to a mention sent privately because the channel refused it for another reason. */
export const cannotPostReply = (channel: string, reason: string): string =>
  `briefbot may not post in <#${channel}> (${reason}), so here is the answer to your mention.`;
/** Put above the answer to a mention sent privately because Slack kept failing to take it in the thread. */
export const threadReplyFailed = (channel: string): string =>
  `briefbot could not post its answer in the thread in <#${channel}> (Slack kept failing), so here it is.`;

/** The words that announce in a channel that its daily digest was turned on. */
export const turnedOn = (user: string, s: { time: string; timezone: string }): string =>
  `<@${user}> turned on the daily briefing digest: ${s.time} ${s.timezone}`;
/** The words that announce in a channel that its daily digest was turned off. */
export const turnedOff = (user: string): string => `<@${user}> turned off the daily briefing digest.`;
/** What `/brief digest status|off` says in a channel without a digest. */
export const NO_DIGEST =
  'This channel gets no daily digest. Turn it on with `/brief digest on 09:00 Asia/Karachi` ' +
  '(time and timezone are optional).';
/** What `/brief digest status|off` says in the console without a digest. */
export const CONSOLE_NO_DIGEST =
  'The console gets no daily digest. Turn it on with `/brief digest on 09:00 Asia/Karachi` ' +
  "(time and timezone are optional), or print today's with `/brief digest now`.";
/** What `/brief digest off` says in the console. */
export const CONSOLE_DIGEST_OFF = "The console's daily briefing digest is off.";
/** What `/brief digest on` says in the console. */
export const consoleDigestOn = (s: { time: string; timezone: string }): string =>
  `The console's daily briefing digest is on: ${s.time} ${s.timezone}. The console prints it then while it runs; ` +
  '`/brief digest now` prints it now.';
/** What `/brief digest status` says in the console with a digest, and the local date of the last one. */
export const consoleDigestStatus = (s: { time: string; timezone: string }, lastPosted?: string): string =>
  `The console gets the daily briefing digest at ${s.time} ${s.timezone}.` +
  `${lastPosted ? ` The last one was decided on ${lastPosted}.` : ''} Turn it off with \`/brief digest off\`.`;
/** What `/brief digest now` says on a day with nothing to post. */
export const NOTHING_NEW =
  'Nothing to post today: no new briefings, no meetings coming up and none on this day in earlier years.';
/** What `/brief digest now` says in a channel without a digest that briefbot may not post in. */
export const CANNOT_POST_NOW =
  'briefbot cannot post in this channel. Invite it with `/invite @briefbot`, then try `/brief digest now` again.';
/** What a user is told when the channel's digest is set but briefbot could not post in the channel. */
export const ANNOUNCE_FAILED =
  'The digest is set, but briefbot could not post here. ' +
  'Invite it with `/invite @briefbot` so that the digest can be posted.';

/**
 * What the user who changed the digest is told privately when the announcement could not be posted: the
 * announcement in the second person, and {@link ANNOUNCE_FAILED}.
 * @example announceFailedText('<@U1> turned off the daily briefing digest.')
 *   // → 'You turned off … The digest is set…'
 */
export const announceFailedText = (announcement: string): string =>
  `${announcement.replace(/^<@[A-Z0-9]+> /, 'You ')} ${ANNOUNCE_FAILED}`;

/**
 * What a user is told when the database refuses a digest command: what cannot be done, what is wrong (the explained
 * database error), what whoever runs briefbot should do, and that answering still works.
 * @example storeUnavailableText('on', error)
 *   // → 'Digest settings cannot be saved: the database … is read-only. …'
 */
export function storeUnavailableText(
  action: 'on' | 'off' | 'status' | 'now',
  error: { problem: string; advice: string },
): string {
  const what =
    action === 'now'
      ? 'The digest cannot be posted now'
      : action === 'status'
        ? 'Digest settings cannot be read'
        : 'Digest settings cannot be saved';
  return `${what}: ${error.problem}. For whoever runs briefbot: ${error.advice}. Searches and questions still work.`;
}

/** What `/brief digest now` says when the digest was posted but the database would not clear the channel's pause. */
export const postedStillPausedText = (error: { problem: string; advice: string }): string =>
  `The digest was posted, but it stays paused. ${storeUnavailableText('on', error)}`;

/** Describe a channel's digest subscription for `/brief digest status`. */
export function statusText(
  s: { time: string; timezone: string; pausedReason?: string } | undefined,
  lastPosted?: string,
): string {
  if (!s) return NO_DIGEST;
  const last = lastPosted ? ` The last one was decided on ${lastPosted}.` : '';
  const paused = s.pausedReason
    ? ` It is paused (${s.pausedReason}): ` +
      'invite briefbot to the channel and turn it on again with `/brief digest on`.'
    : '';
  return (
    `This channel gets the daily briefing digest at ${s.time} ${s.timezone}.${last}${paused} ` +
    'Turn it off with `/brief digest off`.'
  );
}

/** The message a subscriber gets by DM when their channel's digest cannot be posted. */
export const pausedNotice = (channel: string, reason: string): string =>
  `briefbot could not post the daily digest in <#${channel}> (${reason}) and has paused it. ` +
  'Invite briefbot to the channel with `/invite @briefbot`, then turn the digest on again with `/brief digest on`.';

/** A question about planned meetings that none matches. */
export const NO_PLANNED_MEETING = 'The briefings report no planned meeting that matches.';
/** A question about meetings that none matches. */
export const NO_MEETING = 'The briefings report no meeting that matches.';
/** A question about an occasion, a place or a period and no one in particular (`scope`: " at the SCO summit"). */
export const noMeetingScoped = (scope: string): string => `The briefings report no meeting${scope}.`;
/** A question about two or more people who, as far as the briefings say, never met. */
export const noMeetingBetween = (between: string): string => `The briefings report no meeting between ${between}.`;
/** A question about meetings in a place where none of those people met. */
export const noMeetingIn = (who: string, place: string): string =>
  `The briefings report no meeting of ${who} in ${place}.`;
/** A question about one person's meetings that none matches. */
export const noMeetingOf = (who: string): string => `The briefings report no meeting of ${who} that matches.`;
/** "Who did A meet" with no one else in the meetings found (`scope`: " in Bishkek", or empty). */
export const noMeetingWithOthers = (who: string, scope: string): string =>
  `The briefings report no meeting of ${who} with anyone else${scope}.`;
/** "When did A meet B" over meetings none of which is dated, with the reason. */
export const noDateSaid = (a: string, b: string, reason: string, planned = false): string =>
  `The briefings do not say when ${a} ${planned ? 'is to meet' : 'met'}${b ? ` ${b}` : ''}: ${reason}.`;
/** "Where did A and B meet" over meetings with no place; the dateline of the one briefing reporting it, if near. */
export const noPlaceSaid = (between: string, filedFrom?: string): string => {
  const filed = filedFrom ? ` (the briefing reporting it is datelined ${filedFrom})` : '';
  return `The briefings do not say where ${between} met${filed}.`;
};
/** "What did A and B discuss" over meetings with no topics. */
export const noTopicsSaid = (between: string): string => `The briefings do not say what ${between} discussed.`;

/** The console's `more` after the last page. */
export const LAST_PAGE = 'That was the last page.';
/** The console's `more` before any question. */
export const NOTHING_TO_CONTINUE = 'Nothing to continue: ask something first.';
/** After an answer that found no meeting, before the passages that mention what was asked. */
export const PASSAGES_MENTION = 'These passages mention what you asked about:';
/** A question none of whose words names someone, a place or a date of the briefings. */
export const UNREAD_QUESTION =
  'The briefings do not answer this as I read it: it names no one, no place and no date I can find in them.';
/** "Who is KJT?" when no one of the briefings goes by the name asked. */
export const UNKNOWN_IDENTITY = 'The briefings name no one by the name you ask about.';
export const PASSAGES_NEAREST = 'These passages come nearest its words:';
/** Said after an answer read from a sentence that reports a meeting briefbot's list of meetings does not hold. */
export const REPORTED_NOTE = '(Read from the sentence below: the list of meetings does not hold this one.)';

/** The 👍 and 👎 buttons' labels for screen readers. */
export const VOTE_UP_LABEL = 'This answer helped';
export const VOTE_DOWN_LABEL = 'This answer did not help';
/** What briefbot says, privately, after a 👍 (or a 👎 when the form for what was wrong could not be opened). */
export const VOTED_UP = 'Thanks for the 👍. Changed your mind? Click 👎 on the answer.';
export const VOTED_DOWN = 'Thanks for the 👎; it is recorded. Changed your mind? Click 👍 on the answer.';
/** Added when the database would not take a vote: it is kept by the running briefbot only. */
export const VOTE_IN_MEMORY =
  'briefbot cannot write its database just now, so it keeps your vote in memory until it can (a restart meanwhile ' +
  'loses it); whoever runs briefbot has been told.';
/** What a 👍 or 👎 on an answer briefbot no longer keeps says. */
export const ANSWER_TOO_OLD =
  'That answer is too old to rate: briefbot keeps what a vote records for 90 days. Ask again and rate the new answer.';
/** What a vote says when it could not be recorded for an unexpected reason (the cause is logged). */
export const VOTE_FAILED = 'Sorry, briefbot could not record your vote just now. Please try again in a moment.';
/** The form a 👎 opens: its title, buttons, words above the box, the box's label and placeholder. */
export const FEEDBACK_TITLE = 'What was wrong?';
export const FEEDBACK_SUBMIT = 'Send';
export const FEEDBACK_CLOSE = 'Skip';
export const feedbackPrompt = (question: string): string =>
  `Thanks for the 👎 on the answer to “${question}”: it is recorded. If you like, say what was wrong, so that ` +
  'the briefings or briefbot can be put right.';
export const FEEDBACK_LABEL = 'What was wrong (optional)';
export const FEEDBACK_PLACEHOLDER = 'e.g. a meeting is missing, a date is wrong, the source does not say that';

/** The App Home's feedback: its heading, the counts, and the heading of the worst-rated questions (for editors). */
export const feedbackHeading = (days: number): string => `Feedback, last ${days} days`;
export const NO_VOTES = '_No votes yet._ Every answer has 👍 and 👎 buttons.';
export const WORST_RATED = 'Worst-rated questions';
export const NO_WORST = '_No answer got a 👎 in that time._';

/** What `/brief meetings … csv` and the Export CSV button say. */
export const csvSent = (file: string, meetings: number): string =>
  `Sent \`${file}\` (${meetings} ${meetings === 1 ? 'meeting' : 'meetings'}, one row each) to your DM with briefbot.`;
export const csvComment = (description: string, meetings: number): string =>
  `${description}: ${meetings} ${meetings === 1 ? 'meeting' : 'meetings'}, one row each (date, status, kind, ` +
  'participants, place, event, topics, then each source’s file, paragraph and URL).';
export const nothingToExport = (description: string): string =>
  `${NO_MEETINGS}: ${description}. There is nothing to export; try fewer filters.`;
export const CSV_NO_SCOPE =
  'briefbot could not upload the CSV: the app lacks the files:write scope. Whoever installed briefbot: reinstall ' +
  'it from manifest.yml, which asks for files:write.';
export const CSV_NO_DM = 'briefbot could not open a DM with you to send the CSV. Please try again in a moment.';
export const csvFailed = (reason: string): string =>
  `briefbot could not upload the CSV (${reason}). Please try again in a moment.`;

/** The CLI's words for `--csv` after a command that prints no CSV, and for `--csv` with `--json`. */
export const csvOnlyFor = (command: string): string =>
  `--csv prints meetings, timelines and votes: use it with "meetings", "timeline" or "feedback", not "${command}"`;
export const JSON_OR_CSV = '--json and --csv each choose the output: give one of them';
/** The CLI's words when the votes cannot be read from the database. */
export const cannotReadVotes = (problem: string, advice: string): string =>
  `cannot read the votes: ${problem}: ${advice}`;
/** The CLI's words for words after `briefbot feedback`, which takes options only. */
export const feedbackTakesNothing = (words: string): string =>
  `"feedback" takes options only (--since YYYY-MM-DD, --json or --csv), not "${words}"`;
/** The CLI's words when BRIEFBOT_DB names no file. */
export const noVotesDatabase = (path: string): string =>
  `there is no database at ${path} (BRIEFBOT_DB), so no votes to print: set BRIEFBOT_DB to the file the bot uses`;
/* ---- Briefings added from Slack, removed, dated; where briefbot answers mentions ---- */

/** The kinds of file briefbot adds, as said to a user. */
export const ADDABLE_TYPES = '.txt, .md, .pdf, .docx or .html';
/** Said after every refusal to add: the user knows nothing changed. */
const NOTHING_SAVED = 'Nothing was saved.';
/** Names a file in a message (its name as shared), or "That message" for text added with the shortcut. */
const what = (name: string | undefined): string => (name ? `\`${name.replace(/`/g, "'")}\`` : 'that message');

/** The first line of the reply to a briefing added: its title and id. */
export const addedLine = (title: string, id: string, indexed = true): string =>
  `Added *${title}* to the briefings as \`${id}\`${indexed ? ` (\`/brief source ${id}\` shows it)` : ''}.`;
/** The first line of the reply to a date set by a reply. */
export const datedLine = (title: string, id: string): string => `Set the date of *${title}* (\`${id}\`).`;
/** The date line of a briefing added or dated. */
export const dateLine = (date: string): string => `Date: ${date}`;
/** The date line of a briefing added undated, in a DM (any reply in the conversation is read). */
export const UNDATED_REPLY = 'Undated: reply with a date such as 2024-07-03 to set it.';
/** The date line of a briefing added undated in a channel, where briefbot reads only mentions. */
export const UNDATED_MENTION =
  'Undated: reply in this thread with @briefbot and a date, such as `@briefbot 2024-07-03`, to set it.';
/** The heading of the meetings found in a briefing added. */
export const meetingsFound = (count: number): string =>
  `${count === 1 ? 'One meeting' : `${count} meetings`} found in it:`;
/** Under the first meetings of a briefing added, when it reports more. */
export const moreMeetings = (more: number, id: string): string =>
  `and ${more} more (\`/brief source ${id}\` shows the briefing)`;
/** A briefing added in which no meeting was found. */
export const NO_MEETINGS_FOUND = 'No meeting found in it; it is searchable all the same.';
/** The warning of a briefing added whose text the corpus already holds. */
export const duplicateWarning = (title: string, id: string, newId: string): string =>
  `:warning: The same text is already in the briefings as *${title}* (\`${id}\`), so answers cite that one. ` +
  `\`/brief remove ${newId}\` takes this copy out again.`;

/** The warning of a briefing saved that the corpus did not take (its reason), so that it can be taken out again. */
export const notIndexedWarning = (reason: string, id: string): string =>
  `:warning: briefbot saved it but could not index it (${reason}); \`/brief remove ${id}\` takes it out again.`;
/** Refused: a file larger than briefbot reads. */
export const tooLargeToAdd = (name: string, mb: number, limitMb: number): string =>
  `briefbot could not add ${what(name)}: it is ${mb.toFixed(1)} MB, and briefbot reads files of up to ${limitMb} MB. ` +
  `${NOTHING_SAVED} Split it, or paste the part that matters in a message and use the *Add to briefings* shortcut.`;
/** Refused: a kind of file briefbot cannot read. */
export const cannotReadType = (name: string, kind: string): string =>
  `briefbot could not add ${what(name)}: it reads ${ADDABLE_TYPES} files, and this is ${kind}. ${NOTHING_SAVED} ` +
  'Save it as one of those, or paste its text in a message and use the *Add to briefings* shortcut.';
/** Refused: a PDF without a text layer. */
export const scannedPdf = (name: string): string =>
  `briefbot could not add ${what(name)}: the PDF has no text in it, only images (a scan?). ${NOTHING_SAVED} ` +
  'Run it through text recognition (OCR) first, or paste its text in a message and use *Add to briefings*.';
/** Refused: a file or message without text. */
export const nothingToAdd = (name: string | undefined): string =>
  `briefbot could not add ${what(name)}: there is no text in it. ${NOTHING_SAVED}`;
/** Refused: text the corpus does not take as a briefing (too short, data or code). */
export const notABriefingToAdd = (name: string | undefined, reason: string): string =>
  `briefbot could not add ${what(name)}: it does not read as a briefing ` +
  `(${reason.replace(/^not a briefing: /, '')}). ${NOTHING_SAVED}`;
/** Refused: a file that could not be read (damaged, encrypted, not UTF-8). */
export const unreadableFile = (name: string, detail: string): string =>
  `briefbot could not read ${what(name)} (${detail}): is it damaged or password-protected? ${NOTHING_SAVED}`;
/** Refused: the file could not be downloaded from Slack. */
export const downloadFailed = (name: string, reason: string): string =>
  `briefbot could not download ${what(name)} from Slack (${reason}). ${NOTHING_SAVED} Share it again in a moment; ` +
  'if it keeps failing, whoever runs briefbot should check that the app has the `files:read` scope.';
/** Refused: the corpus folder would not take the file. */
export const saveFailed = (name: string | undefined, reason: string): string =>
  `briefbot could not save ${what(name)} in its briefings folder (${reason}). ${NOTHING_SAVED} ` +
  'Whoever runs briefbot should check that BRIEFBOT_CORPUS is a folder it can write.';
/** Refused: someone who is not an editor tried to add a briefing. */
export const onlyEditorsAdd = (editors: readonly string[]): string =>
  `Only briefbot's editors can add briefings: ${editors.map((e) => `<@${e}>`).join(', ')}. ${NOTHING_SAVED}`;

/** How `/brief remove` is used. */
export const REMOVE_WHICH = 'Which briefing? Give its id, e.g. `/brief remove 001`; `/brief sources` lists them.';
/** Refused: someone who neither added a briefing nor is an editor tried to remove it. */
export const onlyEditorsRemove = (id: string): string =>
  `Only briefbot's editors, or whoever added \`${id}\`, can remove it. Nothing was changed.`;
/** A briefing removed: where it went, and how to bring it back. */
export const removedText = (title: string, id: string, from: string, to: string): string =>
  `Removed *${title}* (\`${id}\`) from the briefings. Its file was moved, not deleted: \`${from}\` is now ` +
  `\`${to}\`. To restore it, move it back to \`${from}\`; briefbot reads it again at once.`;
/** A briefing that could not be removed. */
export const removeFailed = (id: string, reason: string): string =>
  `briefbot could not move \`${id}\` out of the briefings (${reason}). Nothing was changed; ` +
  'whoever runs briefbot should check that the folder beside BRIEFBOT_CORPUS can be written.';
/** A briefing whose file left the folder before it could be removed or dated. */
export const briefingGone = (id: string): string =>
  `\`${id}\` is no longer in the briefings folder (moved or removed meanwhile). Nothing was changed.`;
/** Refused: someone who neither added a briefing nor is an editor tried to date it. */
export const onlyEditorsDate = (id: string): string =>
  `Only briefbot's editors, or whoever added \`${id}\`, can set its date. Nothing was changed.`;
/** A date that could not be written. */
export const dateFailed = (id: string, reason: string): string =>
  `briefbot could not set the date of \`${id}\` (${reason}). Nothing was changed.`;

/**
 * What briefbot says privately, once, to someone who mentions it in a channel where it does not answer: where it does.
 * @example notHereNotice(['C1']) // → 'briefbot answers mentions in <#C1> and in direct messages …'
 */
export const notHereNotice = (channels: readonly string[]): string =>
  `briefbot answers mentions in ${channels.map((c) => `<#${c}>`).join(', ')} and in direct messages, not in this ` +
  'channel. `/brief` works everywhere, privately.';
