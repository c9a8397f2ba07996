// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermPicker } from '@/components/TermPicker';
import { shippedKnowledge } from '@/utils/shipped-knowledge';
import { pickerModel } from '@/utils/term-picker';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

describe('TermPicker', () => {
  it('says nothing was found, lists every term with what holds today, and picks one', () => {
    const { deal } = shippedKnowledge();
    const onPick = vi.fn();
    const onClose = vi.fn();
    render(<TermPicker model={pickerModel(deal, 'fr')} onPick={onPick} onClose={onClose} />, root);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('lang')).toBe('fr');
    expect(dialog.textContent).toContain('aucune affirmation');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-term]')];
    expect(buttons.map((b) => b.dataset.term)).toEqual(deal.terms().map((t) => t.id));
    buttons.find((b) => b.dataset.term === 'ms-stake')!.click();
    expect(onPick).toHaveBeenCalledWith('ms-stake');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalled();
  });
});
