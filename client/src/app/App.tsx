import { useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import './live';
import { AppRoutes } from './routes';
import { RealtimeProvider } from '../realtime/RealtimeProvider';
import { useViewer } from '../features/account/useViewer';

/** Live updates follow the signed-in person: a socket opens at sign-in and closes at sign-out. */
function LiveUpdates({ children }: { children: ReactNode }) {
  const { viewer } = useViewer();
  return <RealtimeProvider viewerId={viewer?.id ?? null}>{children}</RealtimeProvider>;
}

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <LiveUpdates>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </LiveUpdates>
    </ApolloProvider>
  );
}
