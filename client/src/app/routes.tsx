import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RequireSignIn } from './RequireSignIn';

// Each page is its own chunk: the first visit downloads only the page being opened.
const HomePage = lazy(() => import('../features/home/HomePage'));
const SignInPage = lazy(() => import('../features/account/SignInPage'));
const SignUpPage = lazy(() => import('../features/account/SignUpPage'));
const ProfilePage = lazy(() => import('../features/account/ProfilePage'));
const AffiliationRequestsPage = lazy(() => import('../features/account/AffiliationRequestsPage'));
const DirectoryPage = lazy(() => import('../features/municipalities/DirectoryPage'));
const MunicipalityPage = lazy(() => import('../features/municipalities/MunicipalityPage'));
const CommunityListPage = lazy(() => import('../features/communities/CommunityListPage'));
const CreateCommunityPage = lazy(() => import('../features/communities/CreateCommunityPage'));
const CommunityPage = lazy(() => import('../features/communities/CommunityPage'));
const MembersPage = lazy(() => import('../features/communities/MembersPage'));
const NewThreadPage = lazy(() => import('../features/communities/NewThreadPage'));
const ThreadPage = lazy(() => import('../features/threads/ThreadPage'));
const HelpDeskPage = lazy(() => import('../features/helpdesk/HelpDeskPage'));
const AskQuestionPage = lazy(() => import('../features/helpdesk/AskQuestionPage'));
const QuestionQueuePage = lazy(() => import('../features/helpdesk/QuestionQueuePage'));
const FaqListPage = lazy(() => import('../features/helpdesk/FaqListPage'));
const FaqEntryPage = lazy(() => import('../features/helpdesk/FaqEntryPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const NotFoundPage = lazy(() => import('../features/home/NotFoundPage'));

/**
 * Everything people write in the hub is for signed-in people only, but for the help desk's
 * public knowledge: the FAQ, the solved public questions (a thread page shows them to anyone and
 * sends signed-out visitors of any other thread to sign in) and the search over them.
 */
const signedIn = (page: ReactNode) => <RequireSignIn>{page}</RequireSignIn>;

/** The hub's addresses, in Italian like the rest of the interface (see paths.ts for the links). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="accedi" element={<SignInPage />} />
        <Route path="registrati" element={<SignUpPage />} />
        <Route path="profilo" element={signedIn(<ProfilePage />)} />
        <Route path="verifiche" element={signedIn(<AffiliationRequestsPage />)} />
        <Route path="comuni" element={<DirectoryPage />} />
        <Route path="comuni/:istatCode" element={<MunicipalityPage />} />
        <Route path="comunita" element={signedIn(<CommunityListPage />)} />
        <Route path="nuova-comunita" element={signedIn(<CreateCommunityPage />)} />
        <Route path="comunita/:slug" element={signedIn(<CommunityPage />)} />
        <Route path="comunita/:slug/membri" element={signedIn(<MembersPage />)} />
        <Route path="comunita/:slug/nuova-discussione" element={signedIn(<NewThreadPage />)} />
        <Route path="discussioni/:id" element={<ThreadPage />} />
        <Route path="sportello" element={signedIn(<HelpDeskPage />)} />
        <Route path="sportello/nuova-domanda" element={signedIn(<AskQuestionPage />)} />
        <Route path="sportello/coda" element={signedIn(<QuestionQueuePage />)} />
        <Route path="faq" element={<FaqListPage />} />
        <Route path="faq/:id" element={<FaqEntryPage />} />
        <Route path="cerca" element={<SearchPage />} />
        <Route path="notifiche" element={signedIn(<NotificationsPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
