import { buildLexicon } from './src/reference/lexicon.js';
import { buildTitleTable, findMentions } from './src/extract/mentions.js';
import { tokenize } from './src/extract/tokens.js';
const lex = buildLexicon(); const table = buildTitleTable();
for (const s of [
 'Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov, and exchanged views on the current state.',
 'Besalov Adil – Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan, met with Ishaq Dar during his visit.',
 'Apart from engagements taking place within the Kyrgyzstan region, Senator Ishaq Dar also had an audience with Kassym-Jomart Tokayev, President of Kazakhstan, @ presidential palace Akorda where they talked about expanding cooperation across various sectors Further, he met Sirajuddin Tajikistan FM.',
 'Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey Lavrov here on Wednesday (today).',
 'Prime Minister Muhammad Shehbaz Sharif and Prime Minister of Russian Federation, Mikhail Mishustin on Wednesday agreed to pursue robust dialogue.',
 'Relatedly, Commerce Minister Jam Kamal Khan held a meeting with Iranian Minister for Industry, Mining, and Trade, Mohammad Atabak.',
 'Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign Minister Wang Yi at the Shanghai Cooperation Organization summit in Dushanbe on September 17, 2021 local time, where Wang Yi was attending.',
 'Meanwhile, Foreign Minister Jilani also met SCO Secretary-General Zhang Ming and discussed areas of critical and practical cooperation.',
 'The foreign minister also had an “extremely productive” meeting with his Kyrgyz counterpart wherein the two sides agreed on a mechanism.',
 'FM @SMQureshiPTI called on President of Tajikistan Emomali Rahmon, along with FMs of SCO member states.',
 'During a meeting at the Prime Minister’s House on the margins of the 23rd SCO CHG meeting, both prime ministers discussed the entire spectrum.',
 'He was speaking at a meeting with the President of Tajikistan Emomali Rahmon along with Foreign Ministers of SCO member states in Dushanbe on Wednesday.',
 'The Kyrgyz leader noted that Pakistan occupied an important place.',
 'Pakistan’s Foreign Minister and Deputy Prime Minister, Ishaq Dar, has reached Bishkek.',
]) { const toks = tokenize(s); console.log('\n'+s.slice(0,90)); for (const m of findMentions(toks, table, lex)) console.log('  ', m.kind, JSON.stringify({name:m.name,title:m.title,country:m.country,org:m.organization}), '|', toks.slice(m.from,m.to).map(t=>t.text).join(' ')); }
