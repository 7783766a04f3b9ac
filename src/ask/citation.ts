import type { Article, Citation } from '../types.js';

/** The citation of a paragraph of an article. */
export function citationOf(n: number, article: Article, paragraph: number): Citation {
  return {
    n,
    articleId: article.id,
    title: article.title,
    published: article.published,
    file: article.file,
    paragraph,
    url: article.source,
  };
}
