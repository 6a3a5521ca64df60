import type { ViewerFieldsFragment } from '../../gql/graphql';

type ViewerRights = Pick<ViewerFieldsFragment, 'platformRole' | 'referente' | 'affiliationStatus'>;

/** ANCI staff who run the hub (the hub tells a person their own platform role). */
export function isAdmin(viewer: ViewerRights | null | undefined): boolean {
  return viewer?.platformRole === 'ADMIN';
}

/**
 * Whether the person decides on claimed affiliations: the admins, and the referenti of an
 * organisation while their own affiliation is verified. Only decides whether the way to the queue
 * is shown: the hub answers the queue itself (FORBIDDEN to anyone else).
 */
export function canVerifyAffiliations(viewer: ViewerRights | null | undefined): boolean {
  return isAdmin(viewer) || (viewer?.referente === true && viewer.affiliationStatus === 'VERIFIED');
}

/** The copy about an organisation's private questions speaks of "the comune" or of "the organisation". */
export function organizationWord(kind: string): 'municipality' | 'other' {
  return kind === 'MUNICIPALITY' ? 'municipality' : 'other';
}
