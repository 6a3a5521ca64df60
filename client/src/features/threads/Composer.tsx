import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy } from '../../ui/describedBy';
import { Markdown } from './Markdown';
import { MentionTextarea } from './MentionTextarea';

export const POST_MAX_LENGTH = 20_000;

interface ComposerProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Slug of the community whose members can be @mentioned. */
  mentionsIn?: string;
  hint?: string;
  error?: string;
  textareaRef?: (element: HTMLTextAreaElement | null) => void;
  rows?: number;
  maxLength?: number;
}

type Tab = 'write' | 'preview';
const TABS: Tab[] = ['write', 'preview'];

/**
 * A Markdown text box with a "Scrivi" and an "Anteprima" tab (ARIA tabs: arrows move between
 * them). The preview is rendered exactly as the post will be.
 */
export function Composer({ id, label, value, onChange, mentionsIn, hint, error, textareaRef, rows = 6, maxLength = POST_MAX_LENGTH }: ComposerProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('write');
  // A new error sends the person back to the text, where the focus is about to go.
  const [shownError, setShownError] = useState(error);
  if (error !== shownError) {
    setShownError(error);
    if (error) setTab('write');
  }
  const tabIds = useId();
  const tabButtons = useRef<Record<Tab, HTMLButtonElement | null>>({ write: null, preview: null });
  const formatHintId = `${id}-format`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length];
    setTab(next);
    tabButtons.current[next]?.focus();
  };

  return (
    <div className="form-group cantiere-field cantiere-composer">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <div role="tablist" aria-label={t('composer.tabs')} className="cantiere-composer-tabs">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(node) => {
              tabButtons.current[name] = node;
            }}
            type="button"
            role="tab"
            id={`${tabIds}-${name}-tab`}
            aria-selected={tab === name}
            aria-controls={`${tabIds}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="cantiere-composer-tab"
            onClick={() => setTab(name)}
            onKeyDown={onTabKeyDown}
          >
            {t(`composer.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${tabIds}-write-panel`} aria-labelledby={`${tabIds}-write-tab`} hidden={tab !== 'write'}>
        <MentionTextarea
          id={id}
          className={`form-control${error ? ' is-invalid' : ''}`}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={onChange}
          mentionsIn={mentionsIn}
          textareaRef={textareaRef}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, formatHintId, errorId)}
        />
      </div>
      <div
        role="tabpanel"
        id={`${tabIds}-preview-panel`}
        aria-labelledby={`${tabIds}-preview-tab`}
        hidden={tab !== 'preview'}
        className="cantiere-composer-preview"
        tabIndex={0}
      >
        {tab === 'preview' && (value.trim() ? <Markdown source={value} /> : <p className="text-secondary mb-0">{t('composer.nothingToPreview')}</p>)}
      </div>
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      <small id={formatHintId} className="form-text">
        {mentionsIn ? t('composer.formatHintWithMentions') : t('composer.formatHint')}
      </small>
      {error && (
        <div id={errorId} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
