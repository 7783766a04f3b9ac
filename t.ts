import { loadCorpus } from './src/corpus/load-corpus.js';
import { buildLexicon } from './src/reference/lexicon.js';
import { buildSearchIndex } from './src/index/search-index.js';
import { ask } from './src/ask/answer.js';
const corpus = await loadCorpus('seeds');
const index = buildSearchIndex(corpus, buildLexicon());
for (const q of ['search CASA-1000', 'search Lavarov', 'search Kyrgyz president', 'search dasu in:2021', 'search xyzzy', 'Japarov', 'SCO summit', 'foreign minister Russia', 'search Kirgiz']) {
  const a = ask(q, { index, warnings: corpus.warnings });
  if (a.kind === 'search') console.log(q, '→', a.partial, a.items.map(i => `${i.articleId.slice(0,3)} ¶${i.paragraph} ${i.score} :: ${i.excerpt.map(s => s.hit ? `*${s.text}*` : s.text).join('')}`), a.suggestions);
  else console.log(q, a);
}
