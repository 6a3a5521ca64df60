import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { User } from '../account/user.entity';
import { Organization } from '../organization/organization.entity';
import { Community } from '../community/community.entity';

export enum ThreadKind {
  DISCUSSION = 'DISCUSSION',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  QUESTION = 'QUESTION',
}
registerEnumType(ThreadKind, { name: 'ThreadKind' });

export enum QuestionStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  description: 'OPEN → ASSIGNED (an expert takes it) → ANSWERED (first answer) → CLOSED (an answer accepted); reopening goes back',
});

export enum QuestionVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(QuestionVisibility, {
  name: 'QuestionVisibility',
  description: "Help desk questions: PUBLIC to every comune, or PRIVATE to the asker's organisation and the experts",
});

/** A discussion, announcement or question in a community; questions carry the help desk's workflow. */
@ObjectType()
@Entity({ tableName: 'thread' })
@Index({ name: 'thread_community_activity_idx', properties: ['community', 'pinned', 'lastActivityAt'] })
@Index({
  name: 'thread_search_idx',
  expression: `create index "thread_search_idx" on "thread" using gin (to_tsvector('italian', "title"))`,
})
export class Thread {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastActivityAt' | 'pinned' | 'locked' | 'replyCount' | 'tags';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Community, deleteRule: 'cascade' })
  community!: Community;

  @Field(() => ThreadKind)
  @Enum({ items: () => ThreadKind, nativeEnumName: 'thread_kind' })
  kind!: ThreadKind;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne({ entity: () => User })
  author!: User;

  /** The asker's organisation: a private question is readable by its officials. */
  @ManyToOne({ entity: () => Organization, nullable: true })
  askerOrganization?: Organization | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  pinned: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  locked: boolean = false;

  /** Posts after the opening one that are not deleted. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  replyCount: number = 0;

  @Property({ type: 'uuid', nullable: true })
  lastPostId?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  lastActivityAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  // Help desk questions

  @Field(() => QuestionStatus, { nullable: true })
  @Enum({ items: () => QuestionStatus, nativeEnumName: 'question_status', nullable: true })
  status?: QuestionStatus | null;

  @Field(() => QuestionVisibility, { nullable: true })
  @Enum({ items: () => QuestionVisibility, nativeEnumName: 'question_visibility', nullable: true })
  visibility?: QuestionVisibility | null;

  @ManyToOne({ entity: () => User, nullable: true })
  assignee?: User | null;

  @Property({ type: 'uuid', nullable: true })
  acceptedPostId?: string | null;

  @Field(() => [String], { description: 'e.g. a PNRR measure (M1C3 INV 2.1) or a law reference (D.Lgs. 36/2023)' })
  @Property({ type: 'text[]' })
  tags: string[] = [];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  firstAnsweredAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  solvedAt?: Date | null;
}
