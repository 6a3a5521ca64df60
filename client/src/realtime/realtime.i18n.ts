import { i18next } from '../i18n';

// The realtime strings live beside the code that uses them and join the app's dictionary here.
const it = {
  realtime: {
    offline: 'Connessione persa: riprovo a collegarmi. Quello che scrivi non va perso.',
    catchingUp: 'Aggiornamento in corso…',
    newPosts: 'Nuovi messaggi nella discussione.',
    newThreads: 'Nuove discussioni nella comunità.',
    newNotification: 'Hai una nuova notifica.',
    questionUpdated: 'La domanda è stata aggiornata.',
    here_one: 'Qui ora: {{names}}',
    here_other: 'Qui ora ({{count}}): {{names}}',
    typing_one: '{{names}} sta scrivendo…',
    typing_other: '{{names}} stanno scrivendo…',
  },
};

const en: typeof it = {
  realtime: {
    offline: 'Connection lost: trying to reconnect. Nothing you write is lost.',
    catchingUp: 'Catching up…',
    newPosts: 'New messages in the discussion.',
    newThreads: 'New discussions in the community.',
    newNotification: 'You have a new notification.',
    questionUpdated: 'The question was updated.',
    here_one: 'Here now: {{names}}',
    here_other: 'Here now ({{count}}): {{names}}',
    typing_one: '{{names}} is typing…',
    typing_other: '{{names}} are typing…',
  },
};

i18next.addResourceBundle('it', 'translation', it, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
