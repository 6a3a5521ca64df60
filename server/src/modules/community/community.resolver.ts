import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { IsOptional, MaxLength } from 'class-validator';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { PageArgs } from '../organization/organization.inputs';
import { User } from '../account/user.entity';
import { Appointment, Community, MemberRole, Membership, MembershipStatus } from './community.entity';
import { CommunitiesArgs, CreateCommunityInput, InviteMemberInput, UpdateCommunityInput } from './community.inputs';
import { viewerFacts } from './community.access';
import { canAppoint, canInCommunity } from './community.policy';
import * as communities from './community.service';

@ObjectType()
export class CommunityConnection extends Connection(Community) {}

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}

@ObjectType()
export class AppointmentConnection extends Connection(Appointment) {}

@ObjectType({ description: 'What the viewer may do in a community; the client shows only these actions' })
export class CommunityPermissions {
  @Field(() => Boolean) read!: boolean;
  @Field(() => Boolean) join!: boolean;
  @Field(() => Boolean) requestToJoin!: boolean;
  @Field(() => Boolean) leave!: boolean;
  @Field(() => Boolean) startThread!: boolean;
  @Field(() => Boolean) announce!: boolean;
  @Field(() => Boolean) moderate!: boolean;
  @Field(() => Boolean) manageMembers!: boolean;
  @Field(() => Boolean) edit!: boolean;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MembershipStatus, { nullable: true, description: 'ACTIVE (default); REQUESTED and INVITED for moderators' })
  @IsOptional()
  status?: MembershipStatus;

  @Field(() => String, { nullable: true, description: 'Part of the display name, e.g. for @mentions' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => CommunityConnection)
  communities(@Args(() => CommunitiesArgs) args: CommunitiesArgs, @Ctx() ctx: Context) {
    return communities.listCommunities(ctx, args);
  }

  @Query(() => Community, { description: 'A community by its slug' })
  community(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context) {
    return communities.findCommunity(ctx, { slug: slug.slice(0, 100) });
  }

  @FieldResolver(() => Membership, { nullable: true, description: "The viewer's membership, request or invitation" })
  viewerMembership(@Parent() community: Community, @Ctx() ctx: Context) {
    return ctx.loaders.viewerMemberships.of(community.id);
  }

  @FieldResolver(() => CommunityPermissions)
  async viewerCan(@Parent() community: Community, @Ctx() ctx: Context): Promise<CommunityPermissions> {
    const membership = await ctx.loaders.viewerMemberships.of(community.id);
    const can = (action: keyof CommunityPermissions) => canInCommunity(viewerFacts(ctx), action, community, membership);
    return {
      read: can('read'),
      join: can('join'),
      requestToJoin: can('requestToJoin'),
      leave: can('leave'),
      startThread: can('startThread'),
      announce: can('announce'),
      moderate: can('moderate'),
      manageMembers: can('manageMembers'),
      edit: can('edit'),
    };
  }

  @FieldResolver(() => AppointmentConnection, { description: 'Who gave whom which role, newest first: for the owners and the admins' })
  appointments(@Parent() community: Community, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return communities.listAppointments(ctx, community, args);
  }

  @FieldResolver(() => MembershipConnection, { description: 'The member directory (members only for a private community)' })
  members(@Parent() community: Community, @Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: Context) {
    return communities.listMembers(ctx, community, args);
  }

  @Mutation(() => Community)
  createCommunity(@Arg('input', () => CreateCommunityInput) input: CreateCommunityInput, @Ctx() ctx: Context) {
    return communities.createCommunity(ctx, input);
  }

  @Mutation(() => Community)
  updateCommunity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommunityInput) input: UpdateCommunityInput,
    @Ctx() ctx: Context,
  ) {
    return communities.updateCommunity(ctx, id, input);
  }

  @Mutation(() => Community)
  archiveCommunity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return communities.archiveCommunity(ctx, id);
  }

  @Mutation(() => Membership, { description: 'Joins a public community, or accepts an invitation' })
  joinCommunity(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context) {
    return communities.joinCommunity(ctx, communityId);
  }

  @Mutation(() => Membership)
  requestToJoinCommunity(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context) {
    return communities.requestToJoin(ctx, communityId);
  }

  @Mutation(() => Membership)
  decideJoinRequest(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Ctx() ctx: Context,
  ) {
    return communities.decideJoinRequest(ctx, membershipId, approve);
  }

  @Mutation(() => Membership)
  inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: Context) {
    return communities.inviteMember(ctx, input);
  }

  @Mutation(() => Membership)
  changeMemberRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => MemberRole) role: MemberRole,
    @Ctx() ctx: Context,
  ) {
    return communities.changeMemberRole(ctx, membershipId, role);
  }

  @Mutation(() => Boolean)
  removeMember(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: Context) {
    return communities.removeMember(ctx, membershipId);
  }

  @Mutation(() => Boolean)
  leaveCommunity(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: Context) {
    return communities.leaveCommunity(ctx, communityId);
  }
}

@Resolver(() => Membership)
export class MembershipFields {
  @FieldResolver(() => User)
  async user(@Parent() membership: Membership, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(membership.user.id))!;
  }

  @FieldResolver(() => Community)
  async community(@Parent() membership: Membership, @Ctx() ctx: Context) {
    return (await ctx.loaders.community.load(membership.community.id))!;
  }

  @FieldResolver(() => [MemberRole], { description: 'The roles the viewer may give this person (the same rules as changeMemberRole)' })
  async viewerCanGive(@Parent() membership: Membership, @Ctx() ctx: Context): Promise<MemberRole[]> {
    const { community, from, viewerMembership } = await appointmentFacts(ctx, membership);
    return Object.values(MemberRole).filter((role) => role !== from && canAppoint(viewerFacts(ctx), community, viewerMembership, from, role));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may remove this person (the same rules as removeMember)' })
  async viewerCanRemove(@Parent() membership: Membership, @Ctx() ctx: Context): Promise<boolean> {
    const { community, from, viewerMembership } = await appointmentFacts(ctx, membership);
    const facts = viewerFacts(ctx);
    return facts?.id !== membership.user.id && canInCommunity(facts, 'manageMembers', community, viewerMembership) && canAppoint(facts, community, viewerMembership, from, null);
  }
}

async function appointmentFacts(ctx: Context, membership: Membership) {
  const community = (await ctx.loaders.community.load(membership.community.id))!;
  const viewerMembership = await ctx.loaders.viewerMemberships.of(community.id);
  const from = membership.status === MembershipStatus.REQUESTED ? null : membership.role;
  return { community, from, viewerMembership };
}

@Resolver(() => Appointment)
export class AppointmentFields {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change' })
  actor(@Parent() appointment: Appointment, @Ctx() ctx: Context) {
    return appointment.actor ? ctx.loaders.user.load(appointment.actor.id) : null;
  }

  @FieldResolver(() => User)
  async user(@Parent() appointment: Appointment, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(appointment.user.id))!;
  }
}
