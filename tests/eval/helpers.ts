import type { Meeting, Participant } from '../../src/extract/types.js';
import type { ExpectedMeeting } from '../../eval/score.js';

let next = 0;

/** A predicted meeting reported in `files` (names with extension), participants given by name or as objects. */
export function predicted(
  files: string | string[],
  people: (string | Participant)[],
  extra: Partial<Meeting> = {},
): Meeting {
  const list = Array.isArray(files) ? files : [files];
  next += 1;
  return {
    id: `m${next}`,
    status: 'held',
    kind: 'talks',
    participants: people.map((p) => (typeof p === 'string' ? { name: p } : p)),
    topics: [],
    sources: list.map((file) => ({
      articleId: file.replace(/\.\w+$/, ''),
      file,
      paragraph: 1,
      sentence: `Evidence in ${file}.`,
    })),
    ...extra,
  };
}

/** An expected meeting of the stems `files`. */
export function expected(
  files: string | string[],
  participants: string[],
  extra: Partial<ExpectedMeeting> = {},
): ExpectedMeeting {
  const list = Array.isArray(files) ? files : [files];
  return {
    id: extra.id ?? `${list[0]}#${participants.join('+')}`,
    files: list,
    participants,
    date: null,
    location: null,
    status: 'held',
    kind: 'talks',
    event: null,
    topics: [],
    ...extra,
  };
}
