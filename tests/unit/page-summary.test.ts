// @vitest-environment happy-dom
/** The page summary made from our own marks, by what was judged, and only once for the same marks. */
import { describe, expect, it, vi } from 'vitest';
import { rememberingSummary, summarize } from '@/page/page-summary';
import type { MarkContract } from '@/utils/summary';

/** A mark whose attributes say `said`, made by us with `judged` (or by the page, without). */
function mark(text: string, said: Partial<MarkContract> = {}): HTMLElement {
  const el = document.createElement('mark');
  el.className = 'dealterm';
  for (const [key, value] of Object.entries(said))
    el.setAttribute(`data-${key === 'id' ? 'mention' : key}`, String(value));
  el.textContent = text;
  return el;
}
const contract = (id: string, status: MarkContract['status']): MarkContract => ({
  id,
  term: 'ms-stake',
  version: 'stake-27',
  claim: null,
  status,
});

describe('the page summary', () => {
  it('joins the marks of one mention, and counts what no longer holds', () => {
    const [a, b, c] = [mark('a 27 % '), mark('stake'), mark('32.5 %')];
    const judged = new Map<Element, MarkContract>([
      [a, contract('1', 'in-force')],
      [b, contract('1', 'in-force')],
      [c, contract('2', 'changed')],
    ]);
    const summary = rememberingSummary((m) => judged.get(m))([a, b, c], '2025-11-01');
    expect(summary.mentions.map((m) => [m.id, m.text, m.status])).toEqual([
      ['1', 'a 27 % stake', 'in-force'],
      ['2', '32.5 %', 'changed'],
    ]);
    expect(summary).toMatchObject({ pageDate: '2025-11-01', outdated: 1 });
  });

  it('tells what was judged, whatever the attributes say, and counts no mark the page made', () => {
    const ours = mark('27 %', { status: 'changed', claim: 'stake-32-5', id: '1' });
    const planted = mark('32.5 %', { status: 'changed', term: 'ms-stake', id: '2' });
    const judged = new Map<Element, MarkContract>([[ours, contract('1', 'in-force')]]);
    const reads = vi.spyOn(ours, 'getAttribute');
    const summary = summarize([ours, planted], null, (m) => judged.get(m));
    expect(reads).not.toHaveBeenCalled();
    expect(summary.mentions).toEqual([{ ...contract('1', 'in-force'), text: '27 %' }]);
    expect(summary.outdated).toBe(0);
  });

  it('reads the same marks once, and again when the marks or the page date change', () => {
    const marks = [mark('27 %'), mark('32.5 %')];
    const judged = new Map<Element, MarkContract>([
      [marks[0]!, contract('1', 'in-force')],
      [marks[1]!, contract('2', 'changed')],
    ]);
    const known = vi.fn((m: Element) => judged.get(m));
    const summaryOf = rememberingSummary(known);
    const first = summaryOf(marks, null);
    known.mockClear();
    expect(summaryOf([...marks], null)).toBe(first);
    expect(known).not.toHaveBeenCalled();

    const fewer = summaryOf(marks.slice(1), null);
    expect(fewer.mentions.map((m) => m.id)).toEqual(['2']);
    expect(summaryOf(marks.slice(1), '2024-01-01')).not.toBe(fewer);
    // An array changed in place after the question is not taken for the one asked about.
    const list = [...marks];
    const before = summaryOf(list, null);
    list.pop();
    expect(summaryOf(list, null).mentions).toHaveLength(before.mentions.length - 1);
  });

  it('carries plain fields only: the judged mention keeps its marks, which no message can carry', () => {
    const el = mark('27 %');
    const judged = { ...contract('1', 'in-force'), marks: [el] };
    const [entry] = summarize([el], null, () => judged).mentions;
    expect(Object.keys(entry!).sort()).toEqual([
      'claim',
      'id',
      'status',
      'term',
      'text',
      'version',
    ]);
  });

  it('takes the words a mention was written with from memory, once, without reading the marks', () => {
    const [a, b] = [mark('a 27 % '), mark('stake')];
    const judged = { ...contract('1', 'in-force'), text: 'a 27 % stake' };
    const [entry, ...more] = summarize([a, b], null, () => judged).mentions;
    a.textContent = 'rewritten by the page';
    expect(more).toEqual([]);
    expect(entry!.text).toBe('a 27 % stake');
    expect(summarize([a, b], null, () => judged).mentions[0]!.text).toBe('a 27 % stake');
  });
});
