import type { Meeting, Participant } from '../extract/types.js';
import { participantRole } from '../ask/answer-question.js';
import { dateLabel } from './format.js';

/** Words for how a meeting took place. */
export const KIND_LABELS: Readonly<Record<Meeting['kind'], string>> = {
  talks: 'talks',
  'call-on': 'courtesy call',
  visit: 'visit',
  telephone: 'telephone call',
};

/**
 * A participant in words: "Jalil Abbas Jilani (Caretaker Foreign Minister, Pakistan)", or "Foreign Minister of
 * Kyrgyzstan" when unnamed.
 */
export function participantParts(p: Participant): { name: string; role: string } {
  const where = p.organization ?? p.country;
  if (!p.name) {
    const role = p.title ? `${p.title}${where ? ` of ${where}` : ''}` : (where ?? 'unnamed official');
    return { name: role, role: 'name not given' };
  }
  return { name: p.name, role: participantRole(p) };
}

/** The date of a meeting as people write it, with "planned" when it is. */
export function meetingDateLabel(m: Meeting): string {
  const date = m.date ? dateLabel(m.date) : 'date not stated';
  return m.status === 'planned' ? `${date} (planned)` : date;
}

/** Where a meeting was: "Bishkek", "Islamabad, Prime Minister’s House", "by telephone". */
export function meetingPlace(m: Meeting): string | undefined {
  const parts = [m.location, m.venue].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
