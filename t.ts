import { buildLexicon } from './src/reference/lexicon.js';
import { buildTitleTable, findMentions } from './src/extract/mentions.js';
import { findTriggers } from './src/extract/triggers.js';
import { tokenize } from './src/extract/tokens.js';
const lex = buildLexicon(); const table = buildTitleTable();
for (const s of process.argv.slice(2)) { const toks = tokenize(s); console.log('\n'+s.slice(0,100)); console.log('  triggers', findTriggers(toks).map(t=>toks.slice(t.from,t.to).map(x=>x.text).join(' ')+':'+t.kind+(t.future?':future':''))); for (const m of findMentions(toks, table, lex)) console.log('  ', m.kind, JSON.stringify({name:m.name,title:m.title,country:m.country,org:m.organization}), '|', toks.slice(m.from,m.to).map(t=>t.text).join(' ')); }
