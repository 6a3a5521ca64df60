import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { unauthenticated } from '../errors';
import type { Context } from './context';
import { AccountResolver, SessionResolver } from '../modules/account/account.resolver';
import { AffiliationResolver } from '../modules/account/affiliation.resolver';
import { MunicipalityQueries, OrganizationFields, UserOrganizationField } from '../modules/organization/organization.resolver';
import { AppointmentFields, CommunityResolver, MembershipFields } from '../modules/community/community.resolver';
import { CommunityThreadsField, PostResolver, PostRevisionFields, ThreadResolver } from '../modules/thread/thread.resolver';
import { HelpDeskResolver, ThreadFaqField } from '../modules/helpdesk/helpdesk.resolver';
import { NotificationResolver } from '../modules/notification/notification.resolver';
import { SearchResolver } from '../modules/search/search.resolver';

/** `@Authorized()` means "signed in"; finer rules live in each domain's policy. */
const authChecker: AuthChecker<Context> = ({ context }) => {
  if (context.actor.kind !== 'user') throw unauthenticated();
  return true;
};

export const resolvers = [
  AccountResolver,
  SessionResolver,
  AffiliationResolver,
  MunicipalityQueries,
  OrganizationFields,
  UserOrganizationField,
  CommunityResolver,
  MembershipFields,
  AppointmentFields,
  CommunityThreadsField,
  ThreadResolver,
  PostResolver,
  PostRevisionFields,
  HelpDeskResolver,
  ThreadFaqField,
  NotificationResolver,
  SearchResolver,
] as const;

let built: GraphQLSchema | undefined;

/** The hub's executable schema, sorted so that the printed SDL is stable. Built once per process. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  built ??= lexicographicSortSchema(
    await buildSchema({
      resolvers,
      authChecker,
      // The arguments' class-validator rules run once per request, in the input guard
      // (graphql/input-guard.ts), before the session lookup and any resolver: running them again
      // in each resolver would cost the same work twice.
      validate: false,
      scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
      emitSchemaFile: false,
    }),
  );
  return built;
}
