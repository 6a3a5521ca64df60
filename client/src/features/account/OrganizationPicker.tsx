import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { describedBy } from '../../ui/describedBy';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { OrganizationSearchQuery } from './account.operations';

export interface PickedOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  province: string | null;
}

interface OrganizationPickerProps {
  id: string;
  label: string;
  hint: string;
  value: PickedOrganization | null;
  onChange: (organization: PickedOrganization | null) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

const MIN_SEARCH_LENGTH = 2;
const RESULTS_SHOWN = 8;

/**
 * Finds the person's comune or organisation as they type (ARIA 1.2 combobox with a listbox):
 * arrows move through the matches, Enter picks, Escape closes. Typing again drops the choice.
 */
export function OrganizationPicker({ id, label, hint, value, onChange, error, inputRef }: OrganizationPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  // Pauses of a quarter second are enough to feel live without a request per keystroke.
  const search = useDebouncedValue(text.trim(), 250);
  const searching = !value && search.length >= MIN_SEARCH_LENGTH;
  const { data, loading } = useQuery(
    OrganizationSearchQuery,
    searching ? { variables: { search, first: RESULTS_SHOWN } } : skipToken,
  );
  const options = searching ? (data?.organizations.edges.map((edge) => edge.node) ?? []) : [];
  const expanded = open && options.length > 0;
  const nothingFound = open && searching && !loading && data !== undefined && options.length === 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const choose = (organization: PickedOrganization) => {
    onChange(organization);
    setText(organization.name);
    setOpen(false);
    setActiveIndex(-1);
  };

  const type = (next: string) => {
    setText(next);
    setOpen(true);
    setActiveIndex(-1);
    if (value) onChange(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded && activeIndex >= 0) {
      // Enter picks the highlighted match instead of submitting the form.
      event.preventDefault();
      choose(options[activeIndex]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const hintId = `${id}-hint`;
  const chosenId = `${id}-chosen`;
  const errorId = error ? `${id}-error` : undefined;

  return (
    <div className="form-group cantiere-field">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <div className="cantiere-picker">
        <input
          id={id}
          ref={inputRef}
          type="text"
          role="combobox"
          autoComplete="off"
          required
          className={`form-control${error ? ' is-invalid' : ''}`}
          value={text}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, value ? chosenId : undefined, errorId)}
        />
        <ul id={listId} role="listbox" aria-label={label} className="cantiere-picker-list" hidden={!expanded}>
          {options.map((organization, index) => (
            <li
              key={organization.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="cantiere-picker-option"
              // Keeps the focus in the input, so the click does not close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(organization)}
            >
              <span>{organization.name}</span>
              <small>{describeKind(t(`picker.kind.${organization.kind}`), organization.province)}</small>
            </li>
          ))}
        </ul>
        {nothingFound && <p className="cantiere-picker-list cantiere-picker-option mb-0">{t('picker.noResults')}</p>}
      </div>
      <small id={hintId} className="form-text">
        {hint}
      </small>
      <div className="visually-hidden" role="status">
        {searching && !loading && open ? t('picker.results', { count: options.length }) : ''}
      </div>
      {value && (
        <p id={chosenId} className="mt-2 mb-0 fw-semibold" data-testid="organization-chosen">
          {t('picker.selected', { name: value.name })} ({describeKind(t(`picker.kind.${value.kind}`), value.province)})
        </p>
      )}
      {error && (
        <div id={errorId} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

function describeKind(kind: string, province: string | null): string {
  return province ? `${kind}, ${province}` : kind;
}
