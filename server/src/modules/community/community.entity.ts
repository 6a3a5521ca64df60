import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { User } from '../account/user.entity';

export enum CommunityVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(CommunityVisibility, {
  name: 'CommunityVisibility',
  description: 'PUBLIC: anyone signed in reads and joins; PRIVATE: members only, joining by request or invitation',
});

export enum CommunityKind {
  PRACTICE = 'PRACTICE',
  HELP_DESK = 'HELP_DESK',
}
registerEnumType(CommunityKind, {
  name: 'CommunityKind',
  description: "PRACTICE: a community of practice; HELP_DESK: the Centro di Competenza's sportello, where every comune may ask",
});

export enum MemberRole {
  OWNER = 'OWNER',
  FACILITATOR = 'FACILITATOR',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'OWNER and FACILITATOR moderate (on the help desk they are its experts); OBSERVER reads only',
});

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  REQUESTED = 'REQUESTED',
  INVITED = 'INVITED',
}
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

/** The themes a community can be about; the client names them in the user's language. */
export const COMMUNITY_THEMES = [
  'PNRR',
  'FORME_ASSOCIATE',
  'DIGITALIZZAZIONE',
  'AMBIENTE',
  'APPALTI',
  'PERSONALE',
  'BILANCIO',
  'AREE_INTERNE',
  'TERRITORI_MONTANI',
  'GOVERNANCE',
] as const;

@ObjectType({ description: 'A community of practice, or the help desk of the Centro di Competenza' })
@Entity({ tableName: 'community' })
export class Community {
  [OptionalProps]?: 'id' | 'createdAt' | 'kind' | 'themes' | 'memberCount';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Stable address part, e.g. pnrr-borghi' })
  @Property({ type: 'text' })
  @Unique()
  slug!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Markdown' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: `Themes among ${COMMUNITY_THEMES.join(', ')}` })
  @Property({ type: 'text[]' })
  themes: string[] = [];

  @Field(() => CommunityVisibility)
  @Enum({ items: () => CommunityVisibility, nativeEnumName: 'community_visibility' })
  visibility!: CommunityVisibility;

  @Field(() => CommunityKind)
  @Enum({ items: () => CommunityKind, nativeEnumName: 'community_kind', default: CommunityKind.PRACTICE })
  kind: CommunityKind = CommunityKind.PRACTICE;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt?: Date | null;

  /** Active members, kept by the membership service so that lists cost no count query. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  memberCount: number = 0;

  /** Null for the help desk, which the hub itself creates. */
  @ManyToOne({ entity: () => User, nullable: true })
  createdBy?: User | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@ObjectType({ description: "A person's place in a community" })
@Entity({ tableName: 'membership' })
@Unique({ properties: ['community', 'user'] })
export class Membership {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Community, deleteRule: 'cascade' })
  community!: Community;

  @ManyToOne({ entity: () => User, index: true, deleteRule: 'cascade' })
  user!: User;

  @Field(() => MemberRole)
  @Enum({ items: () => MemberRole, nativeEnumName: 'member_role' })
  role!: MemberRole;

  @Field(() => MembershipStatus)
  @Enum({ items: () => MembershipStatus, nativeEnumName: 'membership_status' })
  status!: MembershipStatus;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * One appointment or removal: who gave whom which role in a community, and when. Owners read
 * them; nothing here is ever changed or deleted while the community exists.
 */
@ObjectType({ description: "A change someone made to another person's role in a community" })
@Entity({ tableName: 'appointment' })
@Index({ properties: ['community', 'createdAt'] })
export class Appointment {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Community, deleteRule: 'cascade' })
  community!: Community;

  /** Who made the change; null once their account is gone. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor?: User | null;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Field(() => MemberRole, { nullable: true, description: 'The role before; null when the person was not a member' })
  @Enum({ items: () => MemberRole, nativeEnumName: 'member_role', nullable: true })
  fromRole?: MemberRole | null;

  @Field(() => MemberRole, { nullable: true, description: 'The role given; null when the person was removed' })
  @Enum({ items: () => MemberRole, nativeEnumName: 'member_role', nullable: true })
  toRole?: MemberRole | null;

  @Field(() => MembershipStatus, { nullable: true, description: 'INVITED for an invitation, ACTIVE once in' })
  @Enum({ items: () => MembershipStatus, nativeEnumName: 'membership_status', nullable: true })
  status?: MembershipStatus | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
