import { useTranslation } from 'react-i18next';
import { usePeople } from './RealtimeProvider';

/** "Qui ora: …" and "… sta scrivendo…" for a community or thread, from presence and typing. */
export function PeopleHere({ scope, viewerId }: { scope: string; viewerId: string | null }) {
  const { t } = useTranslation();
  const { here, typing } = usePeople(scope);
  const others = typing.filter((user) => user.id !== viewerId);
  if (!here.length && !others.length) return null;
  const names = (users: Array<{ displayName: string }>) => users.map((u) => u.displayName).join(', ');
  return (
    <div className="small text-secondary my-2" data-testid="people-here">
      {here.length > 0 && <p className="mb-1">{t('realtime.here', { count: here.length, names: names(here) })}</p>}
      {others.length > 0 && <p className="mb-0 fst-italic">{t('realtime.typing', { count: others.length, names: names(others) })}</p>}
    </div>
  );
}
