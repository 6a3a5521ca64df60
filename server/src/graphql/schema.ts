import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { unauthenticated } from '../errors';
import type { Context } from './context';
import { AccountResolver, SessionResolver } from '../modules/account/account.resolver';
import { MunicipalityQueries, OrganizationFields, UserOrganizationField } from '../modules/organization/organization.resolver';

/** `@Authorized()` means "signed in"; finer rules live in each domain's policy. */
const authChecker: AuthChecker<Context> = ({ context }) => {
  if (!context.viewer) throw unauthenticated();
  return true;
};

export const resolvers = [
  AccountResolver,
  SessionResolver,
  MunicipalityQueries,
  OrganizationFields,
  UserOrganizationField,
] as const;

let built: GraphQLSchema | undefined;

/** The hub's executable schema, sorted so that the printed SDL is stable. Built once per process. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  built ??= lexicographicSortSchema(
    await buildSchema({
      resolvers,
      authChecker,
      validate: { forbidUnknownValues: false },
      scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
      emitSchemaFile: false,
    }),
  );
  return built;
}
