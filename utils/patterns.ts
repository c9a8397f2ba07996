/**
 * The conventions of lexicon patterns (data/lexicon-schema.ts) turned into the regular
 * expressions' own syntax, and the word edges every compiled pattern is bounded by.
 */
import type { LexiconLang } from '@/data/lexicon-schema';

/**
 * Why the big patterns run on normalized text and without the `u` flag: a case-insensitive
 * Unicode pattern of this size takes V8 well over 50 ms to compile (one long task on every
 * page about the deal). Folding every space to " " and every apostrophe to "'" first
 * (normalizeText, length-preserving) lets a space in a pattern be " +" instead of a 30-character
 * class, and dropping `u` avoids Unicode case-closure work: together they cut compile time to
 * about a third. Word edges are then spelled out for the scripts news is written in.
 */
const WORD_CHARS =
  '0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u1e00-\u1fff';
/**
 * What `\w` means in a pattern: the letters of the five languages read (ASCII word characters
 * and U+00C0–U+024F), written as the engine's own `\w` plus the literal range, 6 characters
 * instead of 24: a pattern's source length decides how many scan chunks the lexicon needs.
 */
const PATTERN_LETTERS = '\\w\u00c0-\u024f';
/** Letters and digits: a phrase must not start or end in the middle of a word. */
export const BEFORE = `(?<![${WORD_CHARS}])`;
const AFTER = `(?![${WORD_CHARS}])`;
/** Spaces as pages write them: normal, no-break, narrow no-break, thin, figure. */
export const SPACE_CHARS = '\\s\\u00a0\\u202f\\u2009\\u2007';
export const APOSTROPHE_CHARS = "'\\u2019\\u02bc";

export const LANGS: readonly LexiconLang[] = ['en', 'fr', 'de', 'es', 'it'];

/**
 * Applies the pattern conventions documented in data/lexicon-schema.ts, for text that went
 * through normalizeText: a space is " +", an optional one " *", an apostrophe "'", and `\w`
 * a letter or digit of the Latin alphabets, accented ones included ("elimin\w*" reaches "eliminó").
 */
export function expandPattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && source[i + 1] === 'w') {
      out += inClass ? PATTERN_LETTERS : `[${PATTERN_LETTERS}]`;
      i++;
    } else if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ' && source[i + 1] === '?') {
      out += ' *';
      i++;
    } else {
      out += c === ' ' ? ' +' : c;
    }
  }
  return out;
}

/** The same conventions for raw page text (the page gate reads titles and whole pages). */
export function expandForRawText(source: string): string {
  return expandPattern(source)
    .replace(/ \+/g, `[${SPACE_CHARS}]+`)
    .replace(/ \*/g, `[${SPACE_CHARS}]*`)
    .replace(/'/g, `[${APOSTROPHE_CHARS}]`);
}

/**
 * What is wrong with one pattern's shape, read without compiling it: a capturing group (each
 * entry must be exactly one group of the combined pattern, or hits map to the wrong entry),
 * or brackets that do not close — which a combined pattern could hide, `a)|(?:b` closing
 * its neighbours' groups. Compiling each of the ~400 patterns instead cost 20–60 ms on every
 * page about the deal (in one task, at times a long one).
 */
export function shapeProblem(source: string): string | null {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === ')') {
      if (--depth < 0) return 'unbalanced ")"';
    } else if (c === '(') {
      depth++;
      const named = source.startsWith('?<', i + 1) && !/^\?<[=!]/.test(source.slice(i + 1, i + 4));
      if (source[i + 1] !== '?' || named) return 'use (?:…), not (…)';
    }
  }
  if (inClass) return 'unclosed "["';
  if (depth > 0) return 'unclosed "("';
  return null;
}

export const bounded = (body: string): string => `${BEFORE}(?:${body})${AFTER}`;

const isList = (sources: unknown): sources is readonly string[] => Array.isArray(sources);

/**
 * One alternation of `sources`, each once, as written (not expanded): for a pattern composed
 * around it and expanded whole (sources: a list, or a list per language).
 */
export function longestFirst(
  sources: readonly string[] | Partial<Record<LexiconLang, string[]>>,
): string {
  const all = isList(sources) ? sources : LANGS.flatMap((lang) => sources[lang] ?? []);
  // Longest first, so that where two phrases of one entry start at the same place the fuller
  // one is the one highlighted ("droit de premier refus" before "premier refus").
  return [...new Set(all)].sort((a, b) => b.length - a.length).join('|');
}

/** One alternation of `sources`, each once, expanded (sources: a list, or a list per language). */
export function alternatives(
  sources: readonly string[] | Partial<Record<LexiconLang, string[]>>,
): string {
  // Each source's brackets are balanced (shapeProblem): expanding the alternation expands each.
  return expandPattern(longestFirst(sources));
}
