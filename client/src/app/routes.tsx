import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RequireSignIn } from './RequireSignIn';

// Each page is its own chunk: the first visit downloads only the page being opened.
const HomePage = lazy(() => import('../features/home/HomePage'));
const SignInPage = lazy(() => import('../features/account/SignInPage'));
const SignUpPage = lazy(() => import('../features/account/SignUpPage'));
const ProfilePage = lazy(() => import('../features/account/ProfilePage'));
const DirectoryPage = lazy(() => import('../features/municipalities/DirectoryPage'));
const MunicipalityPage = lazy(() => import('../features/municipalities/MunicipalityPage'));
const NotFoundPage = lazy(() => import('../features/home/NotFoundPage'));

/** The hub's addresses, in Italian like the rest of the interface. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="accedi" element={<SignInPage />} />
        <Route path="registrati" element={<SignUpPage />} />
        <Route
          path="profilo"
          element={
            <RequireSignIn>
              <ProfilePage />
            </RequireSignIn>
          }
        />
        <Route path="comuni" element={<DirectoryPage />} />
        <Route path="comuni/:istatCode" element={<MunicipalityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
