/** Nouns of the things a batch run processes ("documents", "support tickets"), one or many. */
export const ITEM_NOUN_WORDS =
  'transactions?|calls|listings?|orders|recordings?|chunks?|passages?|paragraphs?|sentences?|snippets?|receipts?|statements?|resumes?|cvs|abstracts?|documents?|docs?|files?|pdfs?|tickets?|reviews?|articles?|(?:e-?)?mails?|letters?|contracts?|records?|rows?|images?|captions?|transcripts?|pages?|items?|descriptions?|messages?|reports?|invoices?|claims?|products?|texts?|summar(?:y|ies)|posts?|comments?|papers?|filings?|notes?|logs?|entries|entry|applications?|forms?|segments?|skus?|complaints?|inquir(?:y|ies)|enquir(?:y|ies)|conversations?|chat logs?|narratives?|cases|bundles?|charts?|leaflets?|clauses?|essays?|declarations?|instruments|sensors|readings|job[ -]cards?|sheets?|pull[ -]requests?|merge[ -]requests?|prs|diffs|commits';

/**
 * Words ending in a thing a batch processes, up to three before its noun: " support tickets"; not
 * a duration ("so that's 8 hours each ticket is …" counts hours, not tickets) or a length ("3,000
 * tokens including retrieved documents").
 */
export const ITEM_PHRASE = `\\s*(?:(?!(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|tokens?|toks?)\\b)[a-z-]+\\s+){0,3}?(${ITEM_NOUN_WORDS})\\b`;

/** Text that starts with a thing a batch processes: "documents", "support tickets each". */
export const ITEM_NOUNS = new RegExp(`^${ITEM_PHRASE}`);
