import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useViewer } from '../features/account/useViewer';
import { Spinner } from '../ui/Spinner';

/** What the sign-in page is told: where to go back to afterwards. */
export interface SignInPageState {
  from: string;
}

/** Sends the visitor to sign in, and back to this page afterwards. */
export function SignInRedirect() {
  const location = useLocation();
  const state: SignInPageState = { from: location.pathname + location.search + location.hash };
  return <Navigate to="/accedi" replace state={state} />;
}

/** Shows its page to signed-in people; sends anyone else to sign in and back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  if (loading) return <Spinner />;
  if (!viewer) return <SignInRedirect />;
  return children;
}
