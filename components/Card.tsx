/**
 * The hover card: a non-modal dialog that answers first — the verdict, what the passage says,
 * what holds today and since when, one source — then, behind "Details", the term's definition,
 * its timeline in full and every source. Pure: everything comes from props (a CardModel built
 * by utils/card-model.ts), nothing reads the page.
 */
import { useId, useState } from 'preact/hooks';
import type { CardModel } from '@/utils/card-model';
import { t } from '@/utils/i18n';
import { Icon } from './Icon';
import { SourceLink, Sources } from './Sources';
import { StatusBadge } from './StatusBadge';
import { Timeline } from './Timeline';
import { closeOnEscape } from './close-on-escape';

export interface CardProps {
  model: CardModel;
  pinned: boolean;
  onClose: () => void;
  /** Toggles pinning; the owner flips `pinned`. Without it (a card that stays), no pin button. */
  onPin?: () => void;
  /** Copies `model.correction` for the reader; resolves whether it could. */
  onCopy?: (text: string) => Promise<boolean>;
}

export function Card({ model, pinned, onClose, onPin, onCopy }: CardProps) {
  // "Copied" is said of this model only: another mark's card starts afresh.
  const [copiedFor, setCopiedFor] = useState<CardModel | null>(null);
  const copied = copiedFor === model;
  const id = useId();
  const titleId = `${id}-title`;
  const statusId = `${id}-status`;
  const saidId = `${id}-said`;
  const nowId = `${id}-now`;
  const { lang, said, status, now } = model;

  const onKeyDown = closeOnEscape(onClose);

  return (
    <div
      class="dl-card"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={statusId}
      tabIndex={-1}
      lang={lang}
      data-status={status.kind}
      data-pinned={pinned ? '' : undefined}
      onKeyDown={onKeyDown}
    >
      <header class="dl-head">
        <div class="dl-heading">
          <p class="dl-brand">{t(lang, 'card.brand')}</p>
          <h2 id={titleId} class="dl-title">
            {model.term.name}
          </h2>
        </div>
        <div class="dl-actions">
          {onPin && (
            <button
              type="button"
              class="dl-button"
              aria-pressed={pinned ? 'true' : 'false'}
              aria-label={t(lang, 'card.pin')}
              title={t(lang, 'card.pin')}
              onClick={onPin}
            >
              <Icon name="pin" class="dl-icon" weight={1.6} />
            </button>
          )}
          <button
            type="button"
            class="dl-button"
            aria-label={t(lang, 'card.close')}
            title={t(lang, 'card.close')}
            onClick={onClose}
          >
            <Icon name="close" class="dl-icon" />
          </button>
        </div>
      </header>
      <div id={statusId} class="dl-status">
        <StatusBadge kind={status.kind} label={status.label} />
        {status.detail && <p class="dl-detail">{status.detail}</p>}
      </div>

      <section class="dl-section dl-said" aria-labelledby={saidId}>
        <h3 id={saidId} class="dl-h3">
          {t(lang, 'said.heading')}
        </h3>
        <p class="dl-statement">{said.text}</p>
      </section>

      {now && (
        <section class="dl-section dl-now" aria-labelledby={nowId}>
          <h3 id={nowId} class="dl-h3">
            {t(lang, status.kind === 'wrong' ? 'now.instead' : 'now.heading')}
          </h3>
          {'statement' in now ? (
            <p class="dl-statement">
              {now.short} <span class="dl-meta">{now.since}</span>
              {now.basis === 'reported' && (
                <span class="dl-tag dl-tag-reported">{now.basisLabel}</span>
              )}
            </p>
          ) : (
            <p class="dl-statement">{now.none}</p>
          )}
        </section>
      )}

      {(model.answerSource || (model.correction && onCopy)) && (
        <div class="dl-answer-foot">
          {model.answerSource && (
            <p class="dl-answer-source">
              {/* Outlet and date: the title is in the details, with every other source. */}
              {t(lang, 'card.source')}{' '}
              <SourceLink
                source={model.answerSource}
                lang={lang}
                label={`${model.answerSource.outlet}, ${model.answerSource.date}`}
              />
              {model.answerSource.basis === 'official' && (
                <span class="dl-source-meta"> · {model.answerSource.basisLabel}</span>
              )}
            </p>
          )}
          {model.correction && onCopy && (
            <button
              type="button"
              class="dl-text-button"
              onClick={() =>
                void onCopy(model.correction!).then((done) => setCopiedFor(done ? model : null))
              }
            >
              {copied ? t(lang, 'card.copied') : t(lang, 'card.copy')}
            </button>
          )}
        </div>
      )}

      <details class="dl-details">
        <summary class="dl-summary">{t(lang, 'card.details')}</summary>
        {model.term.explanation && <p class="dl-explanation">{model.term.explanation}</p>}
        {(said.date || said.basis === 'reported') && (
          <p class="dl-meta">
            {said.date}
            {said.basis === 'reported' && (
              <span class="dl-tag dl-tag-reported">{said.basisLabel}</span>
            )}
          </p>
        )}
        {now && 'statement' in now && now.short !== now.statement && (
          <section class="dl-section dl-now-full">
            <h3 class="dl-h3">
              {t(lang, status.kind === 'wrong' ? 'now.instead' : 'now.heading')}
            </h3>
            <p class="dl-statement">{now.statement}</p>
          </section>
        )}
        {model.note && (
          <p class="dl-note">
            <strong>{t(lang, 'note.heading')}</strong> {model.note}
          </p>
        )}
        <Timeline entries={model.timeline} lang={lang} />
        <Sources groups={model.sources} lang={lang} />
      </details>

      <p class="dl-foot">{model.checked}</p>
    </div>
  );
}
