import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { userOf } from '../../core/actor';
import { PageArgs } from '../organization/organization.inputs';
import { Organization } from '../organization/organization.entity';
import * as affiliations from './affiliation.service';
import { PlatformRole, User } from './user.entity';

@ObjectType()
export class UserConnection extends Connection(User) {}

@Resolver(() => User)
export class AffiliationResolver {
  @Query(() => UserConnection, { description: 'Affiliations waiting for the viewer to verify: referenti see their organisation’s, admins all' })
  affiliationRequests(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return affiliations.affiliationRequests(ctx, args);
  }

  @Mutation(() => User, { description: 'Verifies (approve: true) or declines a claimed affiliation; the person is told either way' })
  decideAffiliation(@Arg('userId', () => ID) userId: string, @Arg('approve', () => Boolean) approve: boolean, @Ctx() ctx: Context) {
    return affiliations.decideAffiliation(ctx, userId, approve);
  }

  @Mutation(() => User, { description: 'Admins: names a verified person referente of their organisation, or no longer' })
  setReferente(@Arg('userId', () => ID) userId: string, @Arg('referente', () => Boolean) referente: boolean, @Ctx() ctx: Context) {
    return affiliations.setReferente(ctx, userId, referente);
  }

  @Mutation(() => User, { description: 'Admins: grants the platform role, or takes it back with null' })
  setPlatformRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => PlatformRole, { nullable: true }) role: PlatformRole | null,
    @Ctx() ctx: Context,
  ) {
    return affiliations.setPlatformRole(ctx, userId, role ?? null);
  }

  @Mutation(() => Organization, { description: "Admins: the email domains that verify an organisation's staff at once" })
  setOrganizationEmailDomains(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('domains', () => [String]) domains: string[],
    @Ctx() ctx: Context,
  ) {
    return affiliations.setOrganizationEmailDomains(ctx, organizationId, domains.slice(0, 20));
  }

  @FieldResolver(() => PlatformRole, { nullable: true, description: 'Visible to the person themselves and to the admins' })
  platformRole(@Parent() user: User, @Ctx() ctx: Context): PlatformRole | null {
    const viewer = userOf(ctx.actor);
    return viewer && (viewer.id === user.id || affiliations.isPlatformAdmin(viewer)) ? (user.platformRole ?? null) : null;
  }
}
