/** Amounts and percentages read to their value, as news writes them in five languages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInBillions, percentOf, valueKey } from '@/utils/values';

describe('amountInBillions', () => {
  it.each([
    ['US$10 billion', 10],
    ['$13bn', 13],
    ['ten billion dollars', 10],
    ['10.000 millones de dólares', 10],
    ['US$1.000 millones', 1],
    ['u$s13.000 millones', 13],
    ['10,000 millones de dólares', 10],
    ['mil millones de dólares', 1],
    ['10 mil millones', 10],
    ['zehn Milliarden Dollar', 10],
    ['eine Milliarde US-Dollar', 1],
    ['13 Mrd. Dollar', 13],
    ['un premier milliard de dollars', 1],
    ['13,5 milliards de dollars', 13.5],
    ['250 000 millions de dollars', 250],
    ['dieci miliardi di dollari', 10],
    ['$13.75 billion', 13.75],
    ['US$1,4 billones', 1400],
    ['1,000 mdd', 1],
    ['500,000 mdd', 500],
    ['half a trillion dollars', 500],
    ['einer halben Billion Dollar', 500],
    ['medio billón de dólares', 500],
  ])('%s → %d', (text, value) => {
    expect(amountInBillions(text)).toBe(value);
  });

  it('finds no figure where there is none', () => {
    expect(amountInBillions('des milliards de dollars')).toBeNull();
  });
});

describe('percentOf and valueKey', () => {
  it.each([
    ['32,5 %', 32.5],
    ['32, 5 %', 32.5],
    ['27 Prozent', 27],
    ['49 per cento', 49],
  ])('%s → %d', (text, value) => {
    expect(percentOf(text)).toBe(value);
  });

  it('keys a value as the lexicon lists it', () => {
    expect(valueKey(32.5)).toBe('32.5');
    expect(valueKey(10)).toBe('10');
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => valueKey(n) === String(n)));
  });
});
