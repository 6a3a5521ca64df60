import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Spinner } from '../../ui/Spinner';
import { UnreadNotificationCountQuery } from './notifications.operations';

// The menu's list loads when it is first opened, not with every page.
const NotificationMenu = lazy(() => import('./NotificationMenu'));

/** Until live updates arrive, the count is asked for once a minute. */
const POLL_MS = 60_000;

/** The bell in the header: how many notifications are unread, and a menu with the latest. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationCountQuery, { pollInterval: POLL_MS });
  const count = data?.unreadNotificationCount ?? 0;
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // Following a link in the menu closes it.
  const [openedAt, setOpenedAt] = useState(pathname);
  if (open && pathname !== openedAt) {
    setOpen(false);
    setOpenedAt(pathname);
  }

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    // Tabbing away closes the menu; a page moving the focus to its own heading (tabIndex -1) does not.
    const closeOnFocusElsewhere = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (target.tabIndex >= 0 && !wrapper.current?.contains(target)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('focusin', closeOnFocusElsewhere);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('focusin', closeOnFocusElsewhere);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div className="cantiere-bell" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="cantiere-bell-button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
        onClick={() => {
          setOpenedAt(pathname);
          setOpen(!open);
        }}
      >
        <svg className="cantiere-bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
            fill="currentColor"
          />
        </svg>
        {count > 0 && (
          <span className="cantiere-bell-count" aria-hidden="true" data-testid="unread-count">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </button>
      {open && (
        <div id={menuId} className="cantiere-bell-menu">
          <Suspense fallback={<Spinner />}>
            <NotificationMenu />
          </Suspense>
        </div>
      )}
    </div>
  );
}
