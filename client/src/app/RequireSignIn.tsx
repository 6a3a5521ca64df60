import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useViewer } from '../features/account/useViewer';
import { Spinner } from '../ui/Spinner';

/** What the sign-in page is told: where to go back to afterwards. */
export interface SignInPageState {
  from: string;
}

/** Shows its page to signed-in people; sends anyone else to sign in and back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Spinner />;
  if (!viewer) {
    const state: SignInPageState = { from: location.pathname + location.search };
    return <Navigate to="/accedi" replace state={state} />;
  }
  return children;
}
