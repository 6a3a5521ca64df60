import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { insertMention, mentionQueryAt, type MentionQuery } from './mentions';
import { MentionCandidatesQuery } from './threads.operations';

const CANDIDATES_SHOWN = 6;

interface MentionTextareaProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onKeyDown' | 'onSelect' | 'onBlur'> {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Slug of the community whose members can be mentioned; no suggestions without it. */
  mentionsIn?: string;
  textareaRef?: (element: HTMLTextAreaElement | null) => void;
}

/**
 * A textarea that suggests people as "@" and a name are typed. The suggestions form a listbox
 * driven from the textarea: arrows move, Enter or Tab pick, Escape closes, typing goes on.
 */
export function MentionTextarea({ id, value, onChange, mentionsIn, textareaRef, ...textarea }: MentionTextareaProps) {
  const { t } = useTranslation();
  const listId = useId();
  const element = useRef<HTMLTextAreaElement | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  // Escape closes the list for this "@" until another one is typed.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const search = useDebouncedValue(mention?.query ?? '', 200);
  const searching = Boolean(mentionsIn) && mention !== null && mention.start !== dismissedAt && search.length > 0;
  const { data, loading } = useQuery(
    MentionCandidatesQuery,
    searching && mentionsIn ? { variables: { slug: mentionsIn, search, first: CANDIDATES_SHOWN } } : skipToken,
  );
  const candidates = searching ? (data?.community.members.edges.map((edge) => edge.node.user) ?? []) : [];
  const expanded = candidates.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  useLayoutEffect(() => {
    // After a pick, the caret goes right after the inserted mention.
    if (pendingCaret.current === null || !element.current) return;
    element.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const follow = (target: HTMLTextAreaElement) => {
    const next = mentionQueryAt(target.value, target.selectionStart);
    setMention(next);
    if (next?.start !== mention?.start) setActiveIndex(0);
  };

  const choose = (index: number) => {
    const person = candidates[index];
    const caret = element.current?.selectionStart ?? value.length;
    if (!person || !mention) return;
    const next = insertMention(value, mention, caret, person.displayName, person.id);
    pendingCaret.current = next.caret;
    setMention(null);
    onChange(next.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!expanded) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((current) => (current + step + candidates.length) % candidates.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(Math.min(activeIndex, candidates.length - 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(mention?.start ?? null);
    }
  };

  const status = !searching || loading ? '' : expanded ? t('composer.mentionResults', { count: candidates.length }) : t('composer.mentionNone');

  return (
    <div className="cantiere-picker">
      <textarea
        {...textarea}
        id={id}
        ref={(node) => {
          element.current = node;
          textareaRef?.(node);
        }}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          follow(event.target);
        }}
        onSelect={(event) => follow(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
        aria-autocomplete={mentionsIn ? 'list' : undefined}
        aria-controls={mentionsIn ? listId : undefined}
        aria-activedescendant={expanded ? optionId(Math.min(activeIndex, candidates.length - 1)) : undefined}
      />
      {mentionsIn && (
        <ul id={listId} role="listbox" aria-label={t('composer.mentionList')} className="cantiere-picker-list" hidden={!expanded}>
          {candidates.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === Math.min(activeIndex, candidates.length - 1)}
              className="cantiere-picker-option"
              // Keeps the focus (and the caret) in the textarea.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              <span>{person.displayName}</span>
              <small>{person.organization.name}</small>
            </li>
          ))}
        </ul>
      )}
      <div className="visually-hidden" role="status">
        {status}
      </div>
    </div>
  );
}
