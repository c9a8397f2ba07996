/**
 * The page-level context gate: nothing is highlighted until the page has named both sides of
 * the deal (Microsoft and OpenAI, by any of their names in the lexicon). Fed text as the
 * scanner reads it, so it costs one regular-expression test per block until it opens.
 */

export class PageGate {
  private readonly seen: boolean[];

  constructor(private readonly patterns: readonly RegExp[]) {
    this.seen = patterns.map(() => false);
  }

  get open(): boolean {
    return this.seen.every(Boolean);
  }

  /** Reads one more piece of page text (the title, a block); returns whether the gate is open. */
  feed(text: string): boolean {
    this.patterns.forEach((re, i) => {
      if (!this.seen[i]) this.seen[i] = re.test(text);
    });
    return this.open;
  }
}
