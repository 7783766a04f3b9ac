/**
 * `npx tsx eval/debug-sentences.ts DIR [NAME-PART] [--whole]`: for each briefing of DIR (whose id contains NAME-PART),
 * every sentence with the people and meeting words found in it, the candidates they give and the meetings extracted.
 * The meetings are those of the briefing read alone, or with `--whole` those the whole folder gives it (people and
 * offices known from the other briefings, as the scorer sees them). For reading why a meeting is missed.
 */
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { articleCandidates, readSentences } from '../src/extract/candidates.js';
import { buildExtractContext, extractMeetings } from '../src/extract/extract.js';
import { spanText } from '../src/extract/mentions.js';
import { formatPartialDate } from '../src/calendar.js';
import { buildLexicon } from '../src/reference/lexicon.js';

const whole = process.argv.includes('--whole');
const [dir, part = ''] = process.argv.slice(2).filter((a) => a !== '--whole');
if (!dir) {
  console.error('usage: tsx eval/debug-sentences.ts DIR [NAME-PART] [--whole]');
  process.exit(2);
}
const lexicon = buildLexicon();
const ctx = buildExtractContext(lexicon);
const corpus = await loadCorpus(dir);
const all = whole ? extractMeetings(corpus, lexicon, ctx) : [];
for (const article of corpus.articles.filter((a) => a.id.includes(part))) {
  console.log(`===== ${article.id} ${article.published ? formatPartialDate(article.published) : 'undated'}`);
  const sentences = readSentences(article, ctx);
  sentences.forEach((s, i) => {
    console.log(`#${i} ¶${s.paragraph}: ${s.text.slice(0, 160)}`);
    for (const m of s.mentions) {
      const said = { name: m.name, title: m.title, country: m.country, organization: m.organization };
      console.log(`   mention ${m.kind} [${spanText(s.toks, m.from, m.to)}] ${JSON.stringify(said)}`);
    }
    for (const t of s.triggers) console.log(`   trigger [${spanText(s.toks, t.from, t.to)}] ${JSON.stringify(t)}`);
  });
  for (const c of articleCandidates(article, sentences, ctx)) {
    const sides = c.sides.map((side) => side.map((m) => m.name ?? m.title ?? m.country).join('|')).join(' + ');
    console.log(
      `  candidate #${c.sentence} ${c.status} ${c.kind}: ${sides} ${c.date ? formatPartialDate(c.date.date) + ' (' + c.date.basis + ')' : ''}`,
    );
  }
  const meetings = whole
    ? all.filter((m) => m.sources.some((s) => s.articleId === article.id))
    : extractMeetings({ ...corpus, articles: [article] }, lexicon, ctx);
  for (const m of meetings) {
    const who = m.participants.map((p) => `${p.name ?? p.title} (${p.country ?? p.organization ?? '?'})`);
    const when = m.date ? formatPartialDate(m.date) : 'no date';
    console.log(`  meeting ${who.join(' + ')} · ${when} · ${m.location ?? 'no place'} · ${m.status} ${m.kind}`);
  }
}
