import { describe, expect, it } from 'vitest';
import { WorkBudget } from '@/utils/work-budget';

describe('the budget of work per window', () => {
  it('lets work through while the last window is under budget', () => {
    const budget = new WorkBudget(25, 1000);
    budget.record(0, 10);
    budget.record(100, 10);
    expect(budget.wait(200)).toBe(0);
  });

  it('puts work off until enough of the oldest has left the window', () => {
    const budget = new WorkBudget(25, 1000);
    budget.record(0, 10);
    budget.record(100, 10);
    budget.record(200, 10);
    // 30 ms in the window: the first 10 ms leave it at 1000, and 20 ms is under budget.
    expect(budget.wait(300)).toBe(700);
    expect(budget.wait(1000)).toBe(0);
  });

  it('waits a whole window after one piece of work over budget, and no longer', () => {
    const budget = new WorkBudget(25, 1000);
    budget.record(500, 60);
    expect(budget.wait(600)).toBe(900);
    expect(budget.wait(1500)).toBe(0);
  });
});
