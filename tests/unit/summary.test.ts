// @vitest-environment happy-dom
/** The page summary read back from marks, and read only once for the same marks. */
import { describe, expect, it, vi } from 'vitest';
import { contractOf, rememberingSummary, summarize, type MarkContract } from '@/utils/summary';

function mark(mention: string, status: string, text: string): HTMLElement {
  const el = document.createElement('mark');
  el.className = 'dealterm';
  el.dataset.term = 'ms-stake';
  el.dataset.version = 'stake-27';
  el.dataset.claim = '';
  el.dataset.status = status;
  el.dataset.mention = mention;
  el.textContent = text;
  return el;
}

describe('the page summary', () => {
  it('joins the marks of one mention, and counts what no longer holds', () => {
    const summary = rememberingSummary()(
      [mark('1', 'current', 'a 27 % '), mark('1', 'current', 'stake'), mark('2', 'superseded', '32.5 %')],
      '2025-11-01',
    );
    expect(summary.mentions.map((m) => [m.id, m.text, m.status])).toEqual([
      ['1', 'a 27 % stake', 'current'],
      ['2', '32.5 %', 'superseded'],
    ]);
    expect(summary).toMatchObject({ pageDate: '2025-11-01', outdated: 1 });
  });

  it('reads the same marks once, and again when the marks or the page date change', () => {
    const summarize = rememberingSummary();
    const marks = [mark('1', 'current', '27 %'), mark('2', 'superseded', '32.5 %')];
    const first = summarize(marks, null);
    const reads = vi.spyOn(marks[0]!, 'getAttribute');
    expect(summarize([...marks], null)).toBe(first);
    expect(reads).not.toHaveBeenCalled();

    const fewer = summarize(marks.slice(1), null);
    expect(fewer.mentions.map((m) => m.id)).toEqual(['2']);
    expect(summarize(marks.slice(1), '2024-01-01')).not.toBe(fewer);
    // An array changed in place after the question is not taken for the one asked about.
    const list = [...marks];
    const before = summarize(list, null);
    list.pop();
    expect(summarize(list, null).mentions).toHaveLength(before.mentions.length - 1);
  });

  it("takes a mark's contract from whoever kept it, and reads the others", () => {
    const ours = mark('1', 'current', '27 %');
    const theirs = mark('2', 'superseded', '32.5 %');
    const kept = new Map<Element, MarkContract>([[ours, contractOf(ours)]]);
    const reads = vi.spyOn(ours, 'getAttribute');
    const summary = summarize([ours, theirs], null, (m) => kept.get(m));
    expect(reads).not.toHaveBeenCalled();
    expect(summary.mentions).toEqual([
      { id: '1', term: 'ms-stake', version: 'stake-27', claim: null, status: 'current', text: '27 %' },
      { id: '2', term: 'ms-stake', version: 'stake-27', claim: null, status: 'superseded', text: '32.5 %' },
    ]);
  });
});
