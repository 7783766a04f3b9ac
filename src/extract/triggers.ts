import type { MeetingKind } from './types.js';
import type { Tok } from './tokens.js';
import { alternatives, anyOf, pattern } from '../text/regex.js';

/** Words in a sentence that report a meeting, and what they say of it. */
export interface Trigger {
  /** Token range [from, to) of the trigger words. */
  from: number;
  to: number;
  kind: MeetingKind;
  /** "was received by": the object is the host and comes after. */
  passive: boolean;
  /** "will meet", "is scheduled to hold talks": a planned meeting. */
  future: boolean;
  /** "at a meeting with", "during talks with": the subject is the sentence's subject. */
  prepositional: boolean;
  /** "the meeting between A and B": both sides come after the trigger. */
  between: boolean;
  /** One side hosts the other: a call on a head of state or government when the guest is not one. */
  hosting: boolean;
  /** "invited B to visit": a planned visit only once the briefing says the invitation was accepted. */
  invitation?: boolean;
  /** "joined A and B for a meeting": the people after it were met together, in one meeting. */
  together?: boolean;
  /** "A and B discussed trade": a meeting of the two or more people named before it, none after. */
  among?: boolean;
  /** "A and B presented their credentials to C": each of those named before it met the one after, alone. */
  each?: boolean;
  /** "received A, B and C": the people after it were met together when they are of one rank. */
  receives?: boolean;
}

interface Pattern {
  /** What the pattern reads, for people: "was received by", "held talks with". */
  name: string;
  re: RegExp;
  kind: MeetingKind | ((m: string) => MeetingKind);
  passive?: boolean;
  prepositional?: boolean;
  /** The pattern itself says the meeting is ahead ("accepted an invitation"). */
  future?: boolean;
  /** "the meeting between A and B": both sides come after the trigger. */
  between?: boolean;
  /**
   * One side hosts the other ("received", "was received by", "at a meeting with"): a call when the host leads
   * a country.
   */
  hosting?: boolean;
  /** See {@link Trigger.invitation}. */
  invitation?: boolean;
  /** See {@link Trigger.together}. */
  together?: boolean;
  /** See {@link Trigger.each}. */
  each?: boolean;
  /** See {@link Trigger.among}. */
  among?: boolean;
  /** See {@link Trigger.receives}. */
  receives?: boolean;
}

/** Nouns that report a meeting or a call: "talks", "meeting", "phone call", "courtesy call". */
const MEETING_NOUNS = alternatives([
  'talks',
  // "held a working breakfast in Mexico City with".
  '(?:working|official|state) (?:breakfast|lunch|luncheon|dinner)',
  'meeting',
  'meetings',
  'discussions?',
  'consultations',
  'conversations?',
  'audiences?',
  'exchanges?',
  'interactions?',
  'sessions?',
  'calls?',
  'phone calls?',
  'telephone calls?',
  'telephone conversations?',
  'phone conversations?',
  'phone talks?',
  'courtesy calls?',
  'video calls?',
  'videoconference',
  'video conference',
  'virtual meeting',
  'online meeting',
  'tete-a-tete',
  // "had a brief encounter with".
  'encounters?',
  // "had a quick pull-aside with", diplomats' word for a short meeting on the margins.
  'pull-asides?',
  // "had a brief catch-up with", "a quick chat with": a short meeting as desks write it.
  'catch-?ups?',
  'chats?',
  'summit',
  'summit talks',
  'dialogue',
  'negotiations',
  'teleconference',
  'conference call',
  'video link',
  'exchange of views',
  'bilaterals?',
]);
/** The mark that opens an item of a list, as tokens: "—", "•", "2 )". */
const LIST_OPENING = /^(?:[-•*–—]|\d{1,2} [.)]) /;

/** Only a telephone, a video link or a virtual meeting makes a call; an audience or a courtesy call is in person. */
const kindOfNoun = (m: string): MeetingKind =>
  /phone|telephon|video|virtual|online/.test(m) ? 'telephone' : /audience|courtesy call/.test(m) ? 'call-on' : 'talks';

const MEALS = ['lunch', 'luncheon', 'dinner', 'breakfast'];

/** "the {noun} he had yesterday with": from "had" on, so that "he" is its subject. */
const hadWith = (noun: RegExp): RegExp =>
  pattern([
    new RegExp(`(?<=\\b${noun.source} (?:that )?(?:he|she|they) )(?:had|held)`),
    /(?: (?:yesterday|today|earlier|recently|on \w+|last \w+|this \w+))? with\b/,
  ]);

/** "was warmly received by": the object is the host. */
const RECEIVED_BY = pattern([
  /\b/,
  alternatives(['was', 'were', 'had been', 'has been', 'have been', 'will be', 'would be', 'to be', 'being']),
  // "was then received by", "was warmly received by", "was subsequently received by"
  ' (?:[a-z]+ly |also |later |then |afterwards |first )*',
  alternatives(['received', 'hosted', 'welcomed']),
  // As few words as possible: "was received (on Friday at the Torre Ejecutiva) by".
  /(?: \S+){0,7}?/,
  / by\b/,
]);
/** "exchanged views with", "held a working lunch with". */
const CONFERRED_WITH = pattern([
  /\b/,
  alternatives([
    'conferred',
    'confers',
    'exchanged views',
    'exchanges views',
    'exchanged ideas',
    `held a working ${alternatives(MEALS)}`,
  ]),
  / with\b/,
]);
/** "hosted a dinner for", "gave a state banquet in honour of". */
const MEAL_FOR = pattern([
  /\b/,
  alternatives(['hosted', 'hosts', 'will host', 'gave', 'gives', 'offered']),
  ' (?:a |an )?(?:separate |working |official |state )?',
  alternatives([...MEALS, 'banquets?', 'receptions?']),
  ' (?:for|in honou?r of)',
  /\b/,
]);
/** "held bilateral talks with", "had a telephone conversation with". */
const HELD_TALKS_WITH = pattern([
  /\b/,
  alternatives([
    'held',
    'hold',
    'holds',
    'holding',
    'had',
    'has',
    'have',
    'having',
    'conducted',
    // "maintained a telephone conversation with", as translated readouts say.
    'maintained',
    'maintains',
    'grabbed',
    'chaired',
    'chairs',
    // "hosted an informal trilateral meeting on Wednesday in Beijing with"
    'hosted',
    'hosts',
    // "is scheduled to engage in high-level bilateral talks with"
    'engage in',
    'engaged in',
    'engages in',
  ]),
  // "held the first round of political consultations with".
  ' (?:a |an |the )?',
  /(?:\S+ ){0,4}?/,
  MEETING_NOUNS,
  // "held a working meeting this Wednesday at the SRE building with"
  /(?: \S+){0,7}?/,
  / (?:with|between)\b/,
]);
/** "held talks", "had a phone call": with no one named after. */
const HELD_TALKS = pattern([
  /\b/,
  alternatives(['held', 'hold', 'holds', 'had', 'conducted']),
  // "had a “frank and productive” conversation": quotes are words of their own.
  / (?:(?:["“”] )?\S+ (?:["“”] )?){0,4}?/,
  alternatives([
    'talks',
    'discussions',
    'consultations',
    'meetings?',
    // "had a frank conversation", "had a first phone conversation", "held a lengthy video call".
    '(?:(?:tele)?phone )?conversations?',
    '(?:tele)?phone calls?',
    'video (?:calls?|conferences?)',
    // "are due to hold an IBSA leaders' meeting": the people before it meet one another.
    "an? (?:[a-z'’-]+ ){1,3}(?:meeting|summit)",
  ]),
  /\b/,
]);
/** "at a meeting with", "during his talks of the day with". */
const AT_MEETING_WITH = pattern([
  /\b/,
  alternatives(['at', 'during', 'in', 'for']),
  ' ',
  `${alternatives(['a', 'an', 'the', 'his', 'her', 'their'])}? ?`,
  // "for a new round of talks with", "for the first round of political consultations with".
  /(?:[a-z’'-]+ ){0,2}?(?:rounds? of (?:[a-z’'-]+ ){0,2}?)?/,
  MEETING_NOUNS,
  // "in his meeting today with", "during his talks of the day with".
  / (?:(?:today|yesterday|tonight|here|there) )?(?:of (?:\S+ ){1,8}?)?with\b/,
]);

/**
 * Words of time and manner between a verb and its "with": "sat down separately the same day with", "spoke late on
 * Tuesday with".
 */
const WHEN_BEFORE_WITH = pattern([
  /(?: (?:late|early|earlier|later|briefly|also|again|separately|jointly|today|yesterday|on|this|last|the)){0,5}/,
  /(?: (?:same day|morning|afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?/,
]);

/** "to" before someone, not of an infinitive: "spoke to the king", not "spoke to co-ordinate their positions". */
const TO_SOMEONE = 'to(?! (?!the |his |her |their |its |an? )[a-z-]+ (?:their|his|her|its|the|an?|on|about|ways)\\b)';

/** A time set off by commas between "will" and its verb: "will, on Thursday, 13 March 2025, host". */
const WHEN_AFTER_WILL = /(?: ,)?(?: (?:on|this|next|later|in|early|tomorrow|today)(?: [^;,]+){0,3} ,(?: [^;,]+ ,)?)?/;

/** Patterns over the lower-cased token text, most specific first. */
/** After "brought together": the people named, not "the presidents of A and B" nor "A and B with a team led by C". */
const ALL_BROUGHT_TOGETHER = pattern([
  /(?! (?:the )?(?:leaders|presidents|heads|foreign|ministers|more|over|some|dozens)\b)/,
  /(?![^.;]* with\b)/,
]);

const PATTERNS: readonly Pattern[] = [
  {
    // "Receiving the envoy, B said …", "Meeting Indonesian President A on the same day, President B highlighted …":
    // the one who met is named after the one met, as after "At the invitation of A, B …".
    name: 'receiving, opening a sentence',
    re: /^(?:(?:while|when|upon|after) )?(?:receiving|hosting|welcoming)\b/,
    kind: 'talks',
    prepositional: true,
    hosting: true,
  },
  {
    // "— talks with A (3 February)", "• a courtesy call on B", "2) a meeting with C": an item of a programme, whose
    // subject is the one the briefing is about.
    name: 'meeting with, opening a list item',
    re: pattern([LIST_OPENING, /(?:an? |the )?(?:[a-z-]+ ){0,2}?/, MEETING_NOUNS, / (?:with|on)\b/]),
    kind: kindOfNoun,
  },
  {
    // "The programme of the visit included talks with A", "the final leg brought meetings with A": the one the
    // briefing is about met A.
    name: 'included talks with',
    re: pattern([
      /\b(?:includ(?:ed|es|ing)|featur(?:ed|es|ing)|brought|brings) (?:an? |the )?(?:[a-z-]+ ){0,2}?/,
      MEETING_NOUNS,
      / (?:with|on)\b/,
    ]),
    kind: kindOfNoun,
  },
  {
    // "— a reception by President A (4 February)": the one the briefing is about was received.
    name: 'reception by, opening a list item',
    re: pattern([LIST_OPENING, /(?:an? )?(?:official )?(?:reception|audience) (?:by|with|granted by)\b/]),
    kind: 'talks',
    passive: true,
    hosting: true,
  },
  {
    // "Recalling his meeting with A in Vientiane in July, B said …": B's earlier meeting with A.
    name: 'meeting with, opening a sentence',
    re: pattern([
      /^(?:(?:while|when|upon|after|before) )?/,
      /(?:meeting|talking to|talking with|recalling (?:his|her|their)(?: [a-z-]+)? (?:meeting|talks))(?: with)?\b/,
    ]),
    kind: 'talks',
    prepositional: true,
  },
  {
    // "After talks with Algerian Foreign Minister A, B said …", "B concluded her visit after talks with A": B met A;
    // not after a plan ("A says Ottawa will send more aid following talks with B"), whose tense is not the talks'.
    name: 'after talks with',
    re: pattern([
      /\b(?:after|following)/,
      // Looked behind only where "after" stands. Nor "a day after talks with B", on another day.
      /(?<!\b(?:will|would|shall|expected|due|plans?|set to)\b.*)/,
      /(?<!\b(?:days?|hours?|weeks?|months?|shortly|soon) \w+)/,
      // "after bilateral talks with", "after a lengthy closed-door meeting with".
      / (?:holding )?(?:(?:the|his|her|their|an?) )?(?:[a-z-]+ ){0,2}?(?:talks|meeting|consultations) with\b/,
    ]),
    kind: 'talks',
    prepositional: true,
  },
  {
    // "Harris said …, after hosting Belgian Foreign Minister Prévot in Dublin": the sentence's subject hosted (a
    // sentence that opens so is read by "receiving, opening a sentence").
    name: 'after hosting',
    re: /(?<=.)\b(?:after|upon|while|when|following) (?:receiving|hosting|welcoming)\b/,
    kind: 'talks',
    prepositional: true,
    hosting: true,
    receives: true,
  },
  {
    // "Kurti spoke to reporters after meeting Veldkamp": the subject met.
    name: 'after meeting',
    re: /(?<=.)\b(?:after|upon|while|when|following) meeting\b/,
    kind: 'talks',
    prepositional: true,
  },
  {
    // "With Senegal's minister A, B reviewed …": B met A; not "With the Brazilian envoy, the President
    // discussed …", whose two are told otherwise.
    name: 'with A, B discussed',
    re: /^with (?!the )(?=[^;]*, (?!the )(?:[a-z-]+ ){1,4}?(?:reviewed|discussed|exchanged views|talked|explored)\b)/,
    kind: 'talks',
    prepositional: true,
  },
  { name: 'was received by', re: RECEIVED_BY, kind: 'talks', passive: true, hosting: true },
  // "The Amir received a written message from President A, delivered by Foreign Minister B": B met the Amir.
  {
    name: 'message delivered by',
    re: /\b(?:message|letter)\b[^.;]{0,120}?\b(?:delivered|handed(?: over)?|conveyed|carried|brought) by\b/,
    kind: 'talks',
    hosting: true,
  },
  // "Swedish Foreign Minister A was joined in Visby by Norway's B and Denmark's C": the three met as one.
  {
    name: 'was joined by',
    re: pattern([
      /\b(?:was|were|had been|has been|will be) (?:also )?joined(?: (?!by\b)[^\s,;.]+){0,8}? by\b/,
      /(?! (?:phone|video|telephone|link)\b)/,
    ]),
    kind: 'talks',
    passive: true,
    together: true,
  },
  // "the Prime Minister was briefed by the Acting Director General, Mr Ilan Kiloe, on MSG priorities".
  {
    name: 'was briefed by',
    re: /\b(?:was|were|has been|had been) (?:also )?briefed by\b/,
    kind: 'talks',
    passive: true,
  },
  {
    name: 'was granted an audience by',
    re: /\b(?:was|were|had been|has been) (?:also )?granted an audience (?:by|with)\b/,
    kind: 'call-on',
    passive: true,
  },
  {
    name: 'granted an audience to',
    // "granted an audience today at Government Palace to"
    re: /\b(?:granted|grants|granting|gave|gives) (?:an )?audience(?: \S+){0,10}? to\b/,
    kind: 'call-on',
    hosting: true,
  },
  {
    name: 'the meeting between',
    // "the meeting between", "a tête-à-tête meeting was held between", "a telephone conversation held in mid-June
    // between", "no face-to-face meeting between" (denied). Not "a phone conversation between", often a call recalled
    // with no day of its own, which would take the briefing's.
    re: pattern([
      /\b(?:the |a |their |his |her )?(?:[\w-]+ ){0,2}?/,
      /(?:meeting|talks|discussions|consultations|negotiations|summit|phone call|telephone conversation)/,
      /(?: (?:(?:was|were|has been|had been|will be) )?held| took place| takes place| will take place)?/,
      /(?: (?:in|on|last|earlier|late) [\w-]+(?: [\w-]+)?)? between\b/,
    ]),
    kind: kindOfNoun,
    between: true,
  },
  // "the next binational cabinet, which will be co-chaired by A and B, will take place in Puno": a session ahead.
  {
    name: 'which will be chaired by',
    re: pattern([
      /\b(?:session|meeting|talks|consultations|negotiations|summit|cabinet|council|commission|dialogue)\b/,
      // ", which will be chaired by", ", to be co-chaired by".
      /[^,;.]{0,80}?,? (?:(?:which|that) (?:will|is to|are to|is expected to|is set to|is due to|would) be|to be) /,
      /(?:co-)?(?:led|chaired|headed|presided over) by\b/,
    ]),
    kind: 'talks',
    between: true,
    future: true,
  },
  // "The summit will bring together A and B", "whose first edition brought together A, B and C": one meeting of
  // them all.
  {
    name: 'will bring together',
    re: pattern([
      /\b(?:will|would|is to|are to|is expected to|is set to|is due to|shall) (?:also )?bring together\b/,
      ALL_BROUGHT_TOGETHER,
    ]),
    kind: 'talks',
    between: true,
    future: true,
  },
  {
    name: 'brought together',
    re: pattern([/\bbrought together\b/, ALL_BROUGHT_TOGETHER]),
    kind: 'talks',
    between: true,
  },
  {
    // "the officials' session, led by A and his Tanzanian counterpart, B", "talks co-chaired by A and B".
    name: 'the talks led by',
    re: pattern([
      // "at the session of the Strategic Cooperation Council chaired by A and B", "The High Joint Commission,
      // co-chaired by A and B", "the last joint meeting of the two cabinets took place in Bucharest, chaired by".
      /\b(?:session|meeting|talks|consultations|negotiations|commission|council|cabinet|summit)/,
      /(?: of (?:the )?[\w'’-]+(?: [\w'’-]+){0,5}?)?/,
      /(?: (?:took place|was held)(?:(?! with\b)[^,;.]){0,60})?/,
      /(?: (?:was|were))?/,
      /(?: ?,)? (?:co-)?(?:led|chaired|headed) by\b/,
    ]),
    kind: 'talks',
    between: true,
  },
  {
    name: 'spoke by phone with',
    re: pattern([
      /\b(?:spoke|spoken|speaks|speak|speaking|talked|talks)/,
      // "spoke on Monday by telephone with".
      WHEN_BEFORE_WITH,
      / (?:by|on|over|via) (?:the |a )?(?:(?:tele)?phone|video(?: ?call| ?link| ?conference)?)/,
      // "spoke by telephone late on Thursday with"; not "to" of an infinitive ("to co-ordinate their positions").
      `(?:${WHEN_BEFORE_WITH.source} (?:with|${TO_SOMEONE}))?\\b`,
    ]),
    kind: 'telephone',
  },
  { name: 'telephoned', re: /\b(?:telephoned|phoned|dialled|dialed)\b/, kind: 'telephone' },
  // "Fidan called the Deputy Prime Minister to exchange greetings": a call, when a person follows (not "called on"),
  // not a name given ("called Lula a 'corrupt communist'").
  {
    name: 'called',
    re: pattern([
      /\bcalled\b(?! (?:on|upon|for|off|in|out|up|it|the (?:meeting|talks|summit)))/,
      /(?!(?: \S+){1,4} (?:a|an|["“'‘])\s)/,
    ]),
    kind: 'telephone',
  },
  // "went straight into talks with".
  {
    name: 'went into talks with',
    re: /\b(?:went|goes|go|going|entered|enters) (?:straight |directly )?into (?:\S+ ){0,2}?(?:talks|meetings?) with\b/,
    kind: 'talks',
  },
  {
    name: 'conferred by phone with',
    re: /\b(?:conferred|spoke|talked) (?:by|over the|on the) (?:tele)?phone (?:with|to)\b/,
    kind: 'telephone',
  },
  {
    name: 'in a phone call with',
    // "in a March 28 telephone call with"
    re: pattern([
      // "after a 40-minute phone call with", "following their video call with".
      /\b(?:in|during|after|following) (?:a|an|the|his|her|their) (?:\S+ ){0,3}?/,
      /(?:(?:(?:tele)?phone|video) (?:call|conversation)(?: \S+){0,4}?|call) with\b/,
    ]),
    kind: 'telephone',
    prepositional: true,
  },
  {
    name: 'co-chaired with',
    re: /\b(?:co-?chaired|co-?chairs|co-?chair|co-?chairing)(?: \S+){0,10}? with\b/,
    kind: 'talks',
  },
  // "sat down together with A and B": one meeting of them all.
  {
    name: 'sat down together with',
    re: /\b(?:sat|sits|sit|sitting) down together with\b/,
    kind: 'talks',
    together: true,
  },
  // "A and B were on the phone with each other", "A was on the phone with B".
  {
    name: 'were on the phone with each other',
    re: /\b(?:was|were) on the (?:tele)?phone with (?:each other|one another)\b/,
    kind: 'telephone',
    among: true,
  },
  { name: 'was on the phone with', re: /\b(?:was|were) on the (?:tele)?phone (?:with|to)\b/, kind: 'telephone' },
  // "They first sat down together in Vientiane in July": the group met; not "the second time the two had sat down
  // together", which counts the meeting told.
  {
    name: 'sat down together',
    re: /(?<!\btimes?\b[^.;,]{0,60})\b(?:sat|sits|sit|sitting) down together\b/,
    kind: 'talks',
  },
  {
    name: 'sat down with',
    // "sat down in Washington on Wednesday with", "sat down in the Philippine capital with".
    // Not "with Brazilian officials in attendance".
    re: pattern([
      /\b(?:sat|sits|sit|sitting) down(?: (?:in|at) (?:the )?[^\s,;.]+(?: [^\s,;.]+){0,2}?)?/,
      WHEN_BEFORE_WITH,
      / with\b(?! (?:\S+ ){1,4}?in attendance\b)/,
    ]),
    kind: 'talks',
  },
  { name: 'conferred with', re: CONFERRED_WITH, kind: 'talks' },
  { name: 'hosted a dinner for', re: MEAL_FOR, kind: 'talks', hosting: true },
  {
    name: 'received a phone call from',
    re: pattern([
      /\b(?:received|receives|receiving|got|took) (?:\S+ ){0,3}?(?:a |two |three |separate |several )*/,
      /(?:(?:(?:tele)?phone |video )?calls?|(?:courtesy |farewell )?visits?) (?:\S+ ){0,3}?from\b/,
    ]),
    // "received a courtesy call from the Ambassador", "a visit from" are in person.
    kind: (m) => (/courtesy|visit/.test(m) ? 'call-on' : 'telephone'),
  },
  {
    name: 'made a phone call to',
    re: /\b(?:made|makes|placed|places) (?:a |an )?(?:(?:tele)?phone |video )?call (?:\S+ ){0,3}?to\b/,
    kind: 'telephone',
  },
  {
    name: 'recalled his talks with',
    re: pattern([
      /\b(?:recalled|recalls|recalling|remembered|referred to|mentioned) (?:his |her |their |the )?(?:\S+ ){0,2}?/,
      MEETING_NOUNS,
      // "recalled his talks in Hanoi in December 2023 with".
      /(?: [^\s,;:.]+){0,6}? with\b/,
    ]),
    kind: kindOfNoun,
  },
  {
    // "The two leaders … recalled their previous meeting in Astana in July": the sides are those of the sentence.
    name: 'recalled their meeting',
    re: pattern([
      /\b(?:recalled|recalls|recalling|remembered) (?:their|the) /,
      /(?:previous |last |earlier |first )?(?:meeting|talks)\b(?! with)/,
    ]),
    kind: 'talks',
  },
  {
    // "the agreements reached at their meeting in Dushanbe on 14 September", "the exchange at their meeting on
    // February 15 on the margins of …": a meeting of the sentence's sides, told with its place or day.
    name: 'at their meeting',
    re: /\b(?:at|since) their (?:previous |last |earlier |first )?(?:meeting|talks)(?= (?:in|on|at)\b)/,
    kind: 'talks',
  },
  {
    // "Keller-Sutter's phone call with Trump", "the premier's talks on Monday with": the possessor met them.
    name: "'s talks with",
    re: pattern([/(?<= )'s (?:[a-z-]+ ){0,3}?/, MEETING_NOUNS, /(?: \S+){0,4}? with\b/]),
    kind: kindOfNoun,
  },
  {
    // "informed the President of the telephone call he had yesterday with A": the one who had it, "he", met A.
    name: 'the call he had with',
    re: hadWith(/(?:phone|telephone|video) (?:call|conversation)/),
    kind: 'telephone',
  },
  {
    name: 'the talks he had with',
    re: hadWith(/(?<!phone |telephone |video )(?:meeting|talks|discussions)/),
    kind: 'talks',
  },
  {
    // "the Minister said his talks on Monday with his Ivorian counterpart, A, focused on …": the one who says met A.
    name: 'said his talks with',
    re: pattern([
      /\b(?:said|says|told \S+|added|noted|explained) (?:that )?(?:his|her) (?:[a-z-]+ ){0,2}?/,
      MEETING_NOUNS,
      /(?: \S+){0,4}? with\b/,
    ]),
    kind: kindOfNoun,
  },
  { name: 'held talks with', re: HELD_TALKS_WITH, kind: kindOfNoun },
  { name: 'held talks', re: HELD_TALKS, kind: kindOfNoun },
  { name: 'at a meeting with', re: AT_MEETING_WITH, kind: kindOfNoun, prepositional: true, hosting: true },
  {
    // "He is expected in Tashkent, where talks with Foreign Minister Yusupov are on the programme": the one who goes.
    name: 'where talks with',
    re: /\b(?:where|when) (?:(?:bilateral|official|formal|further) )?(?:talks|consultations|a meeting|meetings) with\b/,
    kind: kindOfNoun,
    prepositional: true,
  },
  {
    // "Mirziyoev invited Rahmon to pay a state visit to Uzbekistan", "renewed his invitation to El-Sisi to visit".
    name: 'invited to visit',
    re: pattern([
      /\b(?:invited|invites|inviting|(?:extended|renewed|conveyed|reiterated) (?:an |his |her |the )?invitation to)/,
      /(?=(?: \S+){1,8}? to (?:pay (?:a |an )?(?:\S+ )?visit|visit)\b)/,
    ]),
    kind: 'visit',
    future: true,
    hosting: true,
    invitation: true,
  },
  {
    // "Yoon accepted Khurelsukh's invitation to visit Ulaanbaatar": the host is named before "invitation".
    name: "accepted A's invitation to visit",
    re: /\b(?:accepted|accepts|accepting)(?=(?: \S+){1,5}? invitation to (?:pay (?:a |an )?(?:\S+ )?visit|visit)\b)/,
    kind: 'visit',
    future: true,
  },
  {
    name: 'accepted an invitation from',
    re: /\b(?:accepted|accepts|accepting) (?:an |the )?invitation (?:from|of|by)\b/,
    kind: 'visit',
    future: true,
  },
  {
    // Not "a video call on Sunday", "a phone call on the situation".
    name: 'called on',
    re: pattern([
      /(?<!\b(?:video|phone|telephone|conference) )\b(?:called|calls|call|calling) (?:on|upon)\b/,
      /(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/,
    ]),
    kind: 'call-on',
  },
  {
    name: 'paid a call on',
    re: /\b(?:paid|pays|paying|pay) (?:a )?(?:courtesy )?(?:call|visit) (?:on|to)\b/,
    kind: 'call-on',
  },
  {
    name: 'received in audience',
    re: /\b(?:received|receives|receiving) in (?:an |a private |a special )?audience\b/,
    kind: 'talks',
    hosting: true,
  },
  {
    // "joined his Kazakh and Uzbek counterparts, A and B, for a trilateral meeting"; not "join A for a meeting with B".
    name: 'joined for a meeting',
    re: pattern([
      /\b(?:joined|joins|join|joining)\b/,
      '(?=(?: \\S+){1,24}? (?:for|at|in) (?:a|an|the) (?:\\S+ ){0,5}?',
      alternatives(['meeting', 'talks', 'summit', 'dinner', 'lunch', 'breakfast', 'consultations', 'session']),
      '\\b(?! with\\b))',
    ]),
    kind: 'talks',
    together: true,
  },
  {
    // "At the invitation of Wang Yi, Norwegian Foreign Minister Espen Barth Eide will pay an official visit to China".
    name: 'at the invitation of (ahead)',
    re: pattern([
      /^(?:at|on) the invitation of\b/,
      /(?=(?: \S+){1,30}? (?:will|is to|are to|is scheduled to|is expected to|is due to) )/,
    ]),
    kind: 'visit',
    prepositional: true,
    future: true,
  },
  {
    // "will pay a state visit to Italy on July 23 at the invitation of Prime Minister Giorgia Meloni".
    name: 'at the invitation of',
    re: /\b(?:at|on) the invitation of\b/,
    kind: 'visit',
    prepositional: true,
  },
  {
    // "The two ministers agreed to co-chair the next meeting of the Coordination Council in Ankara": the sides of the
    // sentence plan to meet again.
    name: 'agreed to hold the next meeting',
    re: pattern([
      /\b(?:agreed|agree|agrees|decided|decide) to (?:hold|co-chair|convene|host|organi[sz]e) (?:the|their|a) /,
      /(?:next|upcoming|following|new|\w+(?:st|nd|rd|th)) (?:\S+ ){0,3}?/,
      alternatives(['meeting', 'round', 'session', 'summit', 'consultations', 'dialogue', 'talks']),
      /\b/,
    ]),
    kind: 'talks',
    future: true,
  },
  {
    // "presented his letters of credence to President …": an envoy calls on the head of state.
    name: 'presented credentials to',
    re: pattern([
      /\b(?:presented|presents|presenting|present|handed over|submitted) (?:his |her |their )?/,
      /(?:copies of )?(?:letters? of credence|credentials?(?: letters)?)(?: \S+){0,6}? to\b/,
    ]),
    kind: 'call-on',
    each: true,
  },
  {
    // "received the credentials of the new ambassadors of Denmark, Chile and Ghana", "received separately today at
    // the palace the credentials of Mr. A, Ambassador of …".
    name: 'received the credentials of',
    re: pattern([
      /\b(?:received|receives|receiving|accepted|accepts|accepting)(?: [^\s;.]+){0,6}? (?:the )?/,
      /(?:letters? of credence|credentials?(?: letters)?) (?:of|from)\b/,
    ]),
    kind: 'call-on',
    hosting: true,
  },
  // "to present the ceasefire proposal to President Putin", "handed over a letter from the King to": in person.
  {
    name: 'handed a message to',
    re: pattern([
      /\b(?:to present|to deliver|to hand(?: over)?|presented|delivered|handed(?: over)?) /,
      /(?:a|an|the|his|her) (?:[^\s,;.]+ ){0,6}?to\b/,
      /(?! (?:the )?(?:press|media|reporters|journalists|nation|parliament))/,
    ]),
    kind: 'talks',
  },
  { name: 'shook hands with', re: /\b(?:shook|shakes|shake|shaking) hands with\b/, kind: 'talks' },
  {
    name: 'met with',
    re: /\b(?:met|meets|meet|meeting) (?:(?:separately|together|jointly) )?with\b/,
    kind: 'talks',
  },
  { name: 'met', re: /\b(?:met|meets)\b/, kind: 'talks' },
  // "will attend the conference and meet President A": a bare "meet" shares the plan of the verb before "and".
  { name: 'and meet', re: /\band (?:also |then |later )?meet\b/, kind: 'talks', future: true },
  {
    name: 'will meet',
    re: pattern([
      /\b(?:to|will|would|shall)/,
      WHEN_AFTER_WILL,
      // "will meanwhile meet", "will also personally meet".
      /(?: (?:also|then|again|first|later|soon|meanwhile|[a-z]+ly)){0,2} meet\b/,
    ]),
    kind: 'talks',
  },
  {
    name: 'received',
    // "host" and "welcome" as verbs ("will host"), not "and host Cyril Ramaphosa".
    re: pattern([
      /\b/,
      alternatives([
        ...['received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes'],
        `(?:to|will|would|shall)${WHEN_AFTER_WILL.source} (?:host|welcome|receive)`,
      ]),
      /\b(?! by\b)/,
    ]),
    kind: 'talks',
    hosting: true,
    receives: true,
  },
  { name: 'held with', re: /\b(?:held|had|conducted) with\b/, kind: 'talks' },
  { name: 'to see', re: /\bto see\b/, kind: 'talks' },
  // "Macron, Scholz and Meloni saw Vucic first": a person seen is a person met.
  { name: 'saw', re: /\bsaw\b/, kind: 'talks' },
  { name: 'visited', re: /\bvisited\b/, kind: 'visit' },
  {
    name: 'exchanged views with',
    re: /\b(?:exchanged|exchanges|exchange|exchanging) (?:views|opinions|ideas)(?: \S+){0,4}? with\b/,
    kind: 'talks',
  },
  // "spoke late on Tuesday with", "talked again this morning to": a time between the verb and "with".
  {
    name: 'spoke with',
    re: pattern([/\b(?:spoke|spoken|speaks|speaking|talked)/, WHEN_BEFORE_WITH, ` (?:with|${TO_SOMEONE})\\b`]),
    kind: 'talks',
  },
  // "the two spoke briefly on the sidelines of the summit", as "met" would say it.
  {
    name: 'spoke on the sidelines',
    re: /\b(?:spoke|speak|talked|talk|conferred|confer)(?: briefly)? (?:on|at) the (?:margins|sidelines|side-lines)\b/,
    kind: 'talks',
  },
  // "President A, who chairs the bloc, discussed with President B the corridor": B is whom A talked with.
  { name: 'discussed with', re: /\b(?:discussed|discusses|discussing) with\b/, kind: 'talks' },
  // "A discussed the new date with his Turkish counterpart B": what was discussed stands between.
  {
    name: 'discussed something with',
    re: /\b(?:discussed|discusses|discussing)(?: (?![^\s]*[.;:])[^\s]+){1,8}? with (?=(?:his|her|their|the) )/,
    kind: 'talks',
  },
  // "A and B discussed trade", "A, B discuss Sudan" (a headline): the people before it talked with one another.
  {
    name: 'discussed',
    re: /\b(?:discussed|discusses|discuss)\b(?!(?: [^\s.;]+){0,8}? with\b)/,
    kind: 'talks',
    among: true,
  },
  // "Mudavadi, Somali counterpart agree on joint border commission", "A and his Polish counterpart B, who came to
  // Vilnius on Wednesday, agreed that …": as "discussed" says it; not "A and B, who agreed to host the process" (B
  // alone agreed), nor "Malaysia and Indonesia have agreed to …" (a report of countries).
  {
    name: 'agreed',
    // "agreed to meet in Almaty" is a plan, read from its "to meet".
    re: pattern([
      /(?<!\b(?:who|have|has|had) )\b(?:agreed|agree|agrees) (?=(?:that|to|on|upon)\b)/,
      /(?!to (?:meet|hold|visit|convene|host)\b)/,
    ]),
    kind: 'talks',
    among: true,
  },
  { name: 'interacted with', re: /\b(?:interacted|interacts|conversed|converses) with\b/, kind: 'talks' },
];

/** {@link PATTERNS} compiled once for `matchAll` (which copies a regular expression, so none keeps a position). */
const GLOBAL_PATTERNS: readonly Pattern[] = PATTERNS.map((p) => ({ ...p, re: new RegExp(p.re.source, 'g') }));

/** "the first summit between A and B, which is expected to be held at the White House": a meeting still ahead. */
const HELD_LATER = anyOf([
  /^[^.;]*?\b(?:which|that) (?:is|are) (?:expected|scheduled|set|due|planned|likely) to (?:be held|take place)\b/,
  /^[^.;]*?\b(?:which|that) will (?:be held|take place)\b/,
  // "…, had initially been pencilled in for April in Nouakchott".
  /^[^.;]*?\b(?:is|are|has been|had been) (?:\w+ )?(?:pencil+ed in|scheduled|slated) for\b/,
]);

/** A meeting put off or brought forward to a day, after its words: "… has been postponed to 20 March". */
const RESCHEDULED =
  /^[^.;]*?\b(?:postponed|rescheduled|moved|pushed back|put off|brought forward|deferred) (?:to|until|till|for)\b/;

/** Modal and negative words before a trigger that make it no report of a meeting. */
const NEGATING_WORDS = [
  'not',
  'never',
  'no',
  'refused',
  'declined',
  'cancel+ed',
  'postponed',
  'called off',
  'should',
  'must',
  'ought',
  'could',
  'might',
  '(?<!\\d |in |of |since |until |by |from |early |late |mid-|last |next |this )may(?! \\d)',
  'if',
  'unless',
  'whether',
  'would like',
  'hopes?',
  'hoped',
  'hoping',
  'seek',
  'seeking',
  'ruled out',
  'rules out',
  'wants?',
  'wanting',
  'wished',
  'yet',
  'failed',
  'fails',
  'unable',
  'sought',
  'requested',
  'ask(?:s|ed|ing)?(?: for)?',
  'considered',
  // "asked about a possible meeting between Lavrov and Rubio": no meeting yet.
  'possible',
  'potential',
];
const NEGATED = pattern([/\b/, alternatives(NEGATING_WORDS), /\s+(?:to\s+)?(?:\S+\s+){0,2}$/]);
const NEGATED_WITHIN = pattern([/\b/, alternatives(NEGATING_WORDS), /\b/]);
/** Verbs that deny what is reported: "dismissed reports that …". */
const DENYING = ['denied', 'denies', 'denying', 'dismissed', 'dismisses', 'rejected', 'rejects', 'refuted', 'refutes'];
/**
 * "asked whether Marcos would also sit down with …", "a strong likelihood that A and B would meet", "would very much
 * like to see Li Qiang", "hopes to meet", "denied that": a question, a guess, a wish or a denial of a meeting, however
 * far before it in its clause.
 */
const ASKED_WHETHER = pattern([
  /\b/,
  alternatives([
    'whether',
    `(?:likelihood|possibility|chance|prospects?)(?: ["'”’])? (?:that|of)`,
    'would (?:\\S+ )?(?:\\S+ )?(?:like|love)',
    'hopes?|hoping|wants?|wishes|wished',
    // "dismissed reports that Tinubu held a secret meeting with …": a meeting denied.
    `${alternatives(DENYING)} (?:\\S+ ){0,3}?(?:that|reports?|claims?)`,
    // "a report … claiming that Araghchi had met Witkoff", "speculated that Orban would …": a claim or a guess, not
    // a meeting the briefing reports.
    '(?:claiming|alleging|claimed|alleged|speculated|speculating|speculation) that',
  ]),
  /\b[^,;:.]*$/,
]);
/** Words before a trigger that make it planned. */
const FUTURE_WORDS = [
  'will',
  'shall',
  'is to',
  'are to',
  'is scheduled to',
  'are scheduled to',
  'is expected to',
  'are expected to',
  'is set to',
  'are set to',
  'plans? to',
  'planning to',
  'is due to',
  'are due to',
  'agreed to',
  'intends? to',
  'is going to',
  'are going to',
  // "when he expects to sit down with Veldkamp again", "hopes to meet".
  'expects? to',
  'hopes? to',
  // "is scheduled to hold talks with A, and to call on B": the second verb shares the first one's future.
  'and to',
];
/** "is also expected to", "are now due to": a word between the verb and its plan. */
const FUTURE_WORDS_APART = FUTURE_WORDS.map((w) => w.replace(/^(is|are) /, '$1 (?:also |now |still |further )?'));
const FUTURE = pattern([/\b/, alternatives(FUTURE_WORDS_APART), /\s+(?:\S+\s+){0,2}$/]);
/**
 * Words in the past whose purpose a meeting was, right before its "to": "used the conference to meet", "took the
 * opportunity of the summit to hold talks with", "managed to meet".
 */
const HELD_PURPOSE = pattern([
  /\b/,
  alternatives([
    'used (?:the|his|her|their|a|an|this|that) (?:\\S+ ){0,8}',
    '(?:took|used) (?:the |this |that )?(?:opportunity|occasion|chance) (?:\\S+ ){0,6}',
    'managed ',
  ]),
  /$/,
]);
/** A verb in the past before a trigger: "travelled to Paris to hold talks" is no headline's plan. */
const PAST_BEFORE = /\b(?:\w+ed|went|came|met|was|were|had|said|flew|left|took|made|sent)\b/;
/** A bare verb of meeting right after "and": "and hold talks with", "and receive", "and, separately, hold". */
const SECOND_BARE_VERB = pattern([
  /\band (?:, )?(?:(?:also|then|later|separately|afterwards) )?(?:, )?/,
  /(?:hold|receive|host|call on|visit|sign)\b[^,;]*$/,
]);
/** A sentence's words of a plan anywhere ("will leave for South Korea … to attend the summit in Gyeongju"). */
export const FUTURE_ANYWHERE = pattern([/\b/, alternatives(FUTURE_WORDS), /\b/]);
/** "is scheduled to travel to Riyadh on Monday for talks with": a trip ahead whose purpose is the meeting. */
const FUTURE_TRIP = anyOf([
  pattern([
    /\b/,
    alternatives(FUTURE_WORDS),
    /\s+(?:travel|fly|leave|head|go|visit|arrive|be|stop|return|pay)\b(?:\s+[^\s.;]+){0,8}\s+$/,
  ]),
  // "On Thursday he is expected in Berlin for talks with", "travels on to Boston on Friday for talks with".
  /\b(?:is|are) (?:expected|due) (?:in|at)\b(?:\s+[^\s.;]+){0,8}\s+$/,
  /\b(?:travels|flies|leaves|departs)\b(?:\s+[^\s.;]+){0,8}\s+$/,
]);

/** Whether the words before a token deny, doubt or ask about the meeting it reports ("would not meet", "whether"). */
export function isNegatedAt(toks: Tok[], at: number): boolean {
  const before = toks
    .slice(0, at)
    .map((t) => t.norm)
    .join(' ');
  return NEGATED.test(`${before} `) || ASKED_WHETHER.test(`${before} `);
}

/** Text of tokens with a map from character offset to token index. */
export function tokenText(toks: Tok[]): { text: string; starts: number[]; tokenAt: (offset: number) => number } {
  const starts: number[] = [];
  let text = '';
  toks.forEach((t, i) => {
    if (i > 0) text += ' ';
    starts.push(text.length);
    text += t.norm;
  });
  const tokenAt = (offset: number): number => {
    let lo = 0;
    while (lo + 1 < starts.length && starts[lo + 1]! <= offset) lo += 1;
    return lo;
  };
  return { text, starts, tokenAt };
}

/**
 * Every trigger of a sentence: the words that report a meeting, with kind, voice and tense; overlapping patterns
 * keep the most specific.
 * @example findTriggers(tokenize('Lavrov met Jaishankar on Monday.'))[0].kind // → 'talks'
 */
export function findTriggers(toks: Tok[]): Trigger[] {
  const { text, tokenAt } = tokenText(toks);
  const found: Trigger[] = [];
  const blocked: [number, number][] = [];
  for (const p of GLOBAL_PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const from = tokenAt(m.index);
      const to = tokenAt(m.index + m[0].length - 1) + 1;
      if (found.some((t) => from < t.to && to > t.from) || blocked.some(([a, b]) => from < b && to > a)) continue;
      const before = text.slice(0, m.index);
      // "had sought a meeting with": a negating word inside the pattern's own words counts too.
      if (NEGATED.test(before) || NEGATED_WITHIN.test(m[0]) || ASKED_WHETHER.test(before)) {
        blocked.push([from, to]);
        continue;
      }
      const future =
        p.future === true ||
        FUTURE.test(before) ||
        // "will attend the summit and hold talks with": a second bare verb shares the first one's plan.
        (SECOND_BARE_VERB.test(before + m[0]) && FUTURE_ANYWHERE.test(before)) ||
        // "Putin to hold talks with Japarov": a headline's name and infinitive, no verb of its own before.
        (/(?:^|\s)to $/.test(before) && toks[from - 2]?.cap === true && !PAST_BEFORE.test(before)) ||
        (p.between === true && HELD_LATER.test(text.slice(m.index + m[0].length))) ||
        // "the meeting … has been postponed to 20 March": a plan for the new day.
        RESCHEDULED.test(text.slice(m.index + m[0].length)) ||
        (p.prepositional === true && FUTURE_TRIP.test(before)) ||
        (/^(?:to|will|would|shall) /.test(m[0]) && !HELD_PURPOSE.test(before));
      const kind = typeof p.kind === 'function' ? p.kind(m[0]) : p.kind;
      found.push({
        from,
        to,
        kind,
        passive: p.passive === true,
        future,
        prepositional: p.prepositional === true,
        between: p.between === true,
        hosting: p.hosting === true,
        ...(p.invitation ? { invitation: true } : {}),
        ...(p.together ? { together: true } : {}),
        ...(p.each ? { each: true } : {}),
        ...(p.among ? { among: true } : {}),
        ...(p.receives ? { receives: true } : {}),
      });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** Words a dropped verb's meeting noun ends in: a cheap test before {@link DROPPED_VERB}. */
const DROPPED_VERB_NOUNS: ReadonlySet<string> = new Set(
  [
    'talks meeting meetings discussions discussion consultations conversation conversations audience audiences',
    'call calls exchange exchanges interaction interactions session sessions videoconference conference',
    'tete-a-tete summit dialogue negotiations teleconference link views bilateral bilaterals',
  ]
    .join(' ')
    .split(' '),
);

/** A meeting noun and its "with" right after a name, the verb dropped: "Muhriddin separate meetings with". */
const DROPPED_VERB = pattern([
  /^(?:(?:also|then|later|a|an|separate|bilateral|several|two|three|phone|telephone|video|official) )*/,
  MEETING_NOUNS,
  / (?:\S+ ){0,4}?with\b/,
]);

/**
 * Triggers of a sentence whose verb was dropped, starting right after one of the given token positions (where a
 * person's mention ends): "Minister Sirojiddin Muhriddin separate meetings with his counterparts", "Prime Minister
 * A a video call with B". None where a trigger already stands.
 */
export function droppedVerbTriggers(toks: Tok[], found: readonly Trigger[], after: readonly number[]): Trigger[] {
  const near = (at: number): boolean => toks.slice(at, at + 6).some((t) => DROPPED_VERB_NOUNS.has(t.norm));
  const starts = after.filter(
    (at) => at < toks.length && near(at) && !found.some((t) => t.from >= at && t.from <= at + 8),
  );
  if (starts.length === 0) return [];
  const { text, starts: offsets, tokenAt } = tokenText(toks);
  const out: Trigger[] = [];
  for (const at of starts) {
    const m = DROPPED_VERB.exec(text.slice(offsets[at]));
    if (!m) continue;
    const to = tokenAt(offsets[at]! + m[0].length - 1) + 1;
    const kind = kindOfNoun(m[0]);
    out.push({
      from: at,
      to,
      kind,
      passive: false,
      future: false,
      prepositional: false,
      between: false,
      hosting: false,
    });
  }
  return out;
}
