/**
 * A budget of work per window of time: on a page that never stops changing, following it may
 * take at most `budgetMs` of every `windowMs`, however often it changes. Work over budget is not
 * dropped, only put off: changes seen meanwhile are followed together, later.
 */
export class WorkBudget {
  /** Work done, as [start, duration] pairs, oldest first, none older than one window. */
  private readonly spent: [number, number][] = [];

  constructor(
    private readonly budgetMs: number,
    private readonly windowMs: number,
  ) {}

  /** Counts `ms` of work that started at `at`. */
  record(at: number, ms: number): void {
    this.spent.push([at, ms]);
  }

  /** How long from `now` until more work fits: 0 while the last window's work is under budget. */
  wait(now: number): number {
    while (this.spent.length > 0 && this.spent[0]![0] + this.windowMs <= now) this.spent.shift();
    let total = this.spent.reduce((sum, [, ms]) => sum + ms, 0);
    if (total < this.budgetMs) return 0;
    // Until enough of the oldest work has left the window.
    for (const [at, ms] of this.spent) {
      total -= ms;
      if (total < this.budgetMs) return at + this.windowMs - now;
    }
    return this.windowMs;
  }
}
