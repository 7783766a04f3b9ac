/** The corpus stage: a folder of briefings → cleaned Articles with numbered paragraphs and sentences. */
export { loadCorpus, corpusFolderMessage, CorpusFolderError, MAX_FILE_BYTES, MAX_FILE_MB } from './load-corpus.js';
export { parseArticle, type ParseResult } from './parse-article.js';
export { parsePartialDate, formatPartialDate, formatHumanDate } from './dates.js';
