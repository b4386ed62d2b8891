/**
 * Words that open a byline: «كتب: فلان», «بقلم فلان», «إعداد فلان». Normalized (normalizeWord),
 * without و/ف. The reader's view of an article (src/shared/article-frame.ts) uses them to tell the
 * article's author from the people the article is about.
 */
export const BYLINE_OPENERS: ReadonlySet<string> = new Set([
  'كتب', 'كتبت', 'بقلم', 'اعداد', 'اعدت', 'اعده', 'اعدها', 'تقرير', 'متابعه', 'تحرير', 'حرر', 'حوار', 'حاوره',
  'حاورته', 'تغطيه', 'ترجمه', 'عرض', 'مراسل', 'مراسله', 'مراسلنا', 'مراسلتنا', 'المراسل', 'المراسله',
]);

