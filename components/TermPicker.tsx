/**
 * The selection check's answer when it finds nothing: it says so, and lists every term with what
 * holds today; picking one shows that term's card. A non-modal dialog in the card's style.
 */
import { useId } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PickerModel } from '@/utils/term-picker';
import { closeOnEscape } from './close-on-escape';

export interface TermPickerProps {
  model: PickerModel;
  onPick(term: string): void;
  onClose(): void;
}

export function TermPicker({ model, onPick, onClose }: TermPickerProps) {
  const id = useId();
  const onKeyDown = closeOnEscape(onClose);
  return (
    <div
      class="dl-card dl-picker"
      role="dialog"
      aria-labelledby={`${id}-heading`}
      tabIndex={-1}
      lang={model.lang}
      data-status="unclear"
      onKeyDown={onKeyDown}
    >
      <header class="dl-head">
        <div class="dl-heading">
          <p class="dl-brand">{t(model.lang, 'card.brand')}</p>
          <h2 id={`${id}-heading`} class="dl-title">
            {model.heading}
          </h2>
        </div>
        <div class="dl-actions">
          <button
            type="button"
            class="dl-button"
            aria-label={t(model.lang, 'card.close')}
            title={t(model.lang, 'card.close')}
            onClick={onClose}
          >
            ×
          </button>
        </div>
      </header>
      <p class="dl-detail">{model.prompt}</p>
      <ul class="dl-picker-terms">
        {model.terms.map((term) => (
          <li key={term.id}>
            <button
              type="button"
              class="dl-text-button"
              data-term={term.id}
              onClick={() => onPick(term.id)}
            >
              {term.name}
            </button>
            <span class="dl-source-meta"> — {term.today}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
