import { buildLexicon } from './src/reference/lexicon.js';
import { buildExtractContext } from './src/extract/extract.js';
import { findKeywords, readSentences } from './src/extract/candidates.js';
import { parseArticle } from './src/corpus/parse-article.js';
import { readFileSync } from 'node:fs';
const lex = buildLexicon(); const ctx = buildExtractContext(lex);
const a = parseArticle('003.txt', readFileSync('seeds/003_11be3f15fbbdd326.txt','utf8')).article!;
for (const s of readSentences(a, ctx)) console.log(s.paragraph, findKeywords(s, ctx), s.text.slice(0,60));
