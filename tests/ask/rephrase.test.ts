/** Questions as typed in Slack, said the plain way the parser reads (ask/rephrase.ts). */
import { describe, expect, it } from 'vitest';
import { rephrase } from '../../src/ask/rephrase.js';

describe('rephrase', () => {
  it.each<[string, string]>([
    // Shorthand and misspellings.
    ['did Lavrov have a mtg w/ Qureshi in Moscow', 'did Lavrov have a meeting with Qureshi in Moscow'],
    ['were talks held b/w Qureshi and Lavrov', 'were talks held between Qureshi and Lavrov'],
    ['did lavrov meet w qureshi this yr', 'did lavrov meet with qureshi this year'],
    ['did george w bush meet putin', 'did george w bush meet putin'],
    [
      'did dar get a one on one with wang before muttaqi joined in kabul?',
      'did dar get a one on one with wang in kabul?',
    ],
    ['when did the kyrgyz prez see Jilani', 'when did the kyrgyz president see Jilani'],
    ["did Pakistan's trade min meet Iran's trade min", "did Pakistan's trade minister meet Iran's trade minister"],
    ["who'd Jilani call on in Bishkek", 'who did Jilani call on in Bishkek'],
    ['when was Jilani recieved by Zhaparov', 'when was Jilani received by Zhaparov'],
    ["did they meet in oct '23", 'did they meet in oct 2023'],
    ['Lavrov & Qureshi in Moscow, when', 'when Lavrov and Qureshi in Moscow'],
    ['how many bilaterals did Jilani have in Bishkek', 'how many bilateral meetings did Jilani have in Bishkek'],
    ['any plan for Jilani to visit Osh and meet Zhaparov', 'is Jilani going to visit Osh and meet Zhaparov'],
    ['wat did venkataraman n lu weiming discuss', 'what did venkataraman and lu weiming discuss'],
    ["Korean FM bilats in joburg, who'd he see", 'who did Korean FM bilateral meetings in Johannesburg see'],
    ['did Anwar meet Rubio in KL', 'did Anwar meet Rubio in Kuala Lumpur'],
    // Two letters of an asking word typed the wrong way round; not a name so written ("Mete").
    ['whne did the two foreign ministers meet', 'when did the two foreign ministers meet'],
    ['how amny times has Mete Yarar met them, waht for', 'how many times has Mete Yarar met them, what for'],
    // Where a name was read is no one asked about; nor is the tag of an identity asked.
    ['who is ED in the herald piece', 'who is ED'],
    ["who is 'tok mat' from the malay mail story", "who is 'tok mat'"],
    ['saidov (UzA) and saidov (kun.uz), same person right', 'are saidov and saidov the same person'],
    // Other words typed without their apostrophe, and "r" as texted.
    [
      'the one hasani met in durres, thats the president right',
      "the one hasani met in durres, that's the president right",
    ],
    ['and when r they meeting next, theyre due in may', "and when are they meeting next, they're due in may"],
    ['she wont meet him, hes in oslo', "she won't meet him, he's in oslo"],
    // Counted once, whatever the question says of it.
    ['how often did they meet, dont double count the mexico city visit', 'how often did they meet'],
    ['how many meetings without double-counting', 'how many meetings'],
    // A group of countries before an office: the office of each country.
    [
      'how many times did the three baltic FMs meet in 2025',
      'how many times did the estonian FM and the latvian FM and the lithuanian FM meet in 2025',
    ],
    [
      'when did the weimar triangle foreign ministers meet',
      'when did the french foreign minister and the german foreign minister and the polish foreign minister meet',
    ],
    ['who chaired the baltic council', 'who chaired the baltic council'],
    ['who were the nordic FMs at the visby meeting', 'who were the nordic FMs at the visby meeting'],
    ['is the HLCC still on for the end of january?', 'is the HLCC still on for january?'],
    // Desk shorthand: "incl.", "intel", "intergov", "sitdown", "docs", "MoUs", "w/o".
    [
      'how many sitdowns did they have up to and incl. the intergov consultations? intel chiefs too',
      'how many sit-down did they have up to and including the intergovernmental consultations, intelligence chiefs too',
    ],
    [
      'how many docs and MoUs did they sign w/o a mediator',
      'how many documents and memorandums did they sign without a mediator',
    ],
    // "btw" as "between" after a meeting's word, else dropped; "co-chair" as meeting; "dec 24" after "in" a year.
    ['when is the bilateral btw the thai and lao FMs', 'when is the bilateral between the thai FM and the lao FM'],
    ['btw, did Lavrov meet Wang', 'did Lavrov meet Wang'],
    // "re" before a topic; a desk's short form of a country; two offices of one person joined by a slash.
    ['did safadi call eide re gaza', 'did safadi call eide about gaza'],
    // Not the end of a name whose letters "\b" does not read: "Støre too".
    ['did she see støre too? what did they talk about', 'did she see støre too, what did they talk about'],
    [
      'when+where did safadi host faisal, and whens the next one',
      "when and where did safadi host faisal, and when's the next one",
    ],
    ['when did the pak DPM/FM ring abz', 'when did the pakistan FM ring abz'],
    ['when did Pak Jong-chon meet Shoigu', 'when did Pak Jong-chon meet Shoigu'],
    ['when did Kombo and Mudavadi co-chair the JPC', 'when did Kombo and Mudavadi meet at the JPC'],
    ['who co-chaired it', 'who met it'],
    ['who hosted the saudi FM in dec 24', 'who hosted the saudi FM in dec 2024'],
    ['who hosted the saudi FM on dec 24', 'who hosted the saudi FM on dec 24'],
    ['who hosted the saudi FM in december 24th', 'who hosted the saudi FM in december 24th'],
    // Each country of a list with the office said once, in the plural.
    ['when did the pakistani and russian PMs meet', 'when did the pakistani PM and the russian PM meet'],
    ['did the thai and lao defence ministers meet', 'did the thai defence minister and the lao defence minister meet'],
    [
      'did the Egypt, Jordan and Iraq foreign ministers meet',
      'did the Egypt foreign minister and the Jordan foreign minister and the Iraq foreign minister meet',
    ],
    // A question after its topic, with no comma between.
    ['kenya tanzania JPC what did they agree', 'what did kenya tanzania JPC agree'],
    ['besides tuggar who else did bello see in accra', 'who else did bello see in accra besides tuggar'],
    // A report to be confirmed.
    ['there were reports Tavakoli met Witkoff in Muscat, true', 'did Tavakoli met Witkoff in Muscat'],
    ['and when did he meet Lavrov', 'and when did he meet Lavrov'],
    // A numeric date only one reading allows.
    ['did Jilani meet Zhaparov on 25/10/2023', 'did Jilani meet Zhaparov on 25 October 2023'],
    ['did Jilani meet Zhaparov on 10/25/2023', 'did Jilani meet Zhaparov on 25 October 2023'],
    ['did Jilani meet Zhaparov on 10/10/2023', 'did Jilani meet Zhaparov on 10 October 2023'],
    // Two names joined by a slash, a dash or "vs".
    ['date of the qureshi/lavrov meeting', 'date of the qureshi and lavrov meeting'],
    ['when was the Qureshi–Lavrov meeting in Moscow', 'when was the Qureshi and Lavrov meeting in Moscow'],
    ['is zhaparov vs japarov the same person', 'is zhaparov and japarov the same person'],
    // A negation without its apostrophe; conversations as desks type them.
    ['wasnt ishiba supposed to go to korea', 'was ishiba supposed to go to korea'],
    ['didnt cho see iwaya', 'did cho see iwaya'],
    ['how many times did A meet B? dont count planned ones', 'how many times did A meet B'],
    ['how many times did A meet B, not counting calls', 'how many times did A meet B in person'],
    ['how many convos did they have', 'how many conversations did they have'],
    // Greetings, thanks, a negative yes-or-no.
    ['hey, when did Wang Yi meet Imran Khan', 'when did Wang Yi meet Imran Khan'],
    ['quick q: did Jilani meet Zhang Ming', 'did Jilani meet Zhang Ming'],
    ['where did Jilani meet Zhaparov pls', 'where did Jilani meet Zhaparov'],
    [
      "wasn't there a meeting of Qureshi and Lavrov in Dushanbe",
      'was there a meeting of Qureshi and Lavrov in Dushanbe',
    ],
    ['remind me who Zhang Ming is', 'remind me who is Zhang Ming'],
    // A request put as what it wants, a statement to confirm, a note's preamble.
    ['need the date Jilani called on Zhaparov', 'when Jilani called on Zhaparov'],
    ["looking for the location of Jilani's talks with Zhang Ming", "where Jilani's talks with Zhang Ming"],
    ["need a count of Qureshi's meetings with Lavrov", "how many Qureshi's meetings with Lavrov"],
    ['need a count: how often did Qureshi meet Lavrov', 'how often did Qureshi meet Lavrov'],
    ['looking for who Jilani saw in Bishkek', 'who Jilani saw in Bishkek'],
    ['need a list of who Jilani saw in Bishkek', 'who Jilani saw in Bishkek'],
    [
      'whats the name of the kyrgyz president Jilani called on',
      "what's the name of the kyrgyz president Jilani called on",
    ],
    [
      'when did the mexican canciller meet the US sec of state',
      'when did the mexican foreign minister meet the US secretary of state',
    ],
    ['who did the aussie FM see', 'who did the australian FM see'],
    ['need the others who joined Jilani in Bishkek', 'who else joined Jilani in Bishkek'],
    ['so did Jilani meet Zhang Ming or not', 'did Jilani meet Zhang Ming or not'],
    ['so far, who did Jilani meet', 'so far, who did Jilani meet'],
    ['Qureshi met Lavrov in Dushanbe, right', 'did Qureshi met Lavrov in Dushanbe'],
    ["Qureshi met Lavrov in Moscow, didn't he", 'did Qureshi met Lavrov in Moscow'],
    ['I think Qureshi met Lavrov in Bishkek, is that right', 'did Qureshi met Lavrov in Bishkek'],
    ["for a note I'm writing: when did Jilani meet Zhang Ming", 'when did Jilani meet Zhang Ming'],
    ['checking a name: are Zhaparov and Japarov one and the same person', 'are Zhaparov and Japarov the same person'],
    ['Zhaparov = Japarov? same guy', 'are Zhaparov and Japarov the same person'],
    ['is Mohamad Hasan the man people call Tok Mat', 'is Mohamad Hasan the same person as Tok Mat'],
    ['and Zhang Ming, did he see him too', 'and did he see him too Zhang Ming'],
    ['per the briefings, need the place where Jilani met Zhang Ming', 'where Jilani met Zhang Ming'],
    ['Qureshi and Lavrov: number of meetngs', 'how many meetings Qureshi and Lavrov'],
    // A topic put first.
    ['Zhang Ming, who is that', 'who is Zhang Ming'],
    ['Qureshi and Lavrov: did they meet in Dushanbe', 'did Qureshi and Lavrov meet in Dushanbe'],
    ['Jilani in Bishkek: is he meeting Zhaparov', 'is Jilani in Bishkek meeting Zhaparov'],
    ['in Moscow, did Qureshi meet Lavrov', 'did Qureshi meet Lavrov in Moscow'],
    ['at that summit, who else did he see', 'who else did he see at that summit'],
    ["Qureshi's talks with Lavrov in 2020, where", "where Qureshi's talks with Lavrov in 2020"],
    ['Qureshi/Lavrov meetings, how many', 'how many Qureshi and Lavrov meetings'],
    ['Zhaparov vs Japarov, same guy', 'are Zhaparov and Japarov the same person'],
    // Who wrote the name asked, and a question asked twice over.
    ["who is 'tok mat'?? bernama just calls him that", "who is 'tok mat'"],
    ["who's ung ing? she comes up in the thai pbs piece on modi's visit", 'who is ung ing'],
    ['who is barrack exactly? keeps popping up in the lebanon briefs', 'who is barrack exactly'],
    ['is that lukashenko the same guy belta calls lukashenka', 'is that lukashenko the same person as lukashenka'],
    ['how many calls did wang yi have? pls list', 'how many calls did wang yi have list'],
  ])('%j → %j', (typed, plain) => {
    expect(rephrase(typed)).toBe(plain);
  });

  it.each([
    'When did Qureshi meet Lavrov, and where',
    'and Erdogan, when did he receive him',
    'what did Persad-Bisessar and Ali discuss',
    'did they meet on 3/4/2024',
    'who did the minister see in Bishkek, Osh and Tashkent',
    'when did Abbasi call him, and who called her',
    'did the pm appear at the summit',
  ])('leaves %j as it is', (typed) => {
    expect(rephrase(typed)).toBe(typed);
  });
});
