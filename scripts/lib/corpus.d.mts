// Types for corpus.mjs, so the unit tests can import it under `tsc --noEmit`.
export interface Statement {
  quote: string;
  term: string;
  claim: string | null;
  status: 'current' | 'superseded' | 'history' | 'wrong';
  heldWhenPublished?: boolean;
  misstatement?: string;
  doubt?: string;
}
export interface Article {
  id: string;
  url: string;
  outlet: string;
  language: string;
  published: string;
  datePrecision?: string;
  negative?: boolean;
  title?: string;
  paragraphs: string[];
  statements: Statement[];
  file: string;
}
export interface PageMention {
  p: number | null;
  start: number;
  term: string;
  status: string;
  claim?: string | null;
  text?: string;
}
export interface Split {
  dev: string[];
  heldout: string[];
}
export const CORPUS_DIR: string;
export const LANGUAGES: string[];
export const STATUSES: string[];
export const HELD_OUT_SHARE: number;
export function loadCorpus(dir?: string): Article[];
export function drawSplit(articles: Pick<Article, 'id' | 'outlet' | 'language'>[]): Split;
export function loadSplit(dir?: string): Split;
export function heldOutFingerprint(split: Split, articles: readonly Article[]): string;
export function articlePage(article: Omit<Article, 'file'>): string;
export function annotatedAs(verdict: string): string;
export function scoreArticle(
  article: Pick<Article, 'id' | 'language' | 'negative' | 'paragraphs' | 'statements'>,
  mentions: PageMention[],
): {
  statements: {
    found: boolean;
    foundTerm: string | null;
    foundStatus: string | null;
    foundVerdict: string | null;
    term: string;
  }[];
  extra: PageMention[];
  headline: PageMention[];
  marks: number;
};
export function tally(scored: ReturnType<typeof scoreArticle>[]): {
  recall: number | null;
  rightTerm: number | null;
  rightStatus: number | null;
  marksOnNegatives: number;
  extra: number;
  wrongOnTrue: number;
  wrongFound: number;
  flags: number;
  falseFlags: number;
};
