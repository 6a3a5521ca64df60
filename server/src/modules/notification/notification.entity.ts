import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { User } from '../account/user.entity';

export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  ANSWER = 'ANSWER',
  ASSIGNMENT = 'ASSIGNMENT',
  JOIN_REQUEST = 'JOIN_REQUEST',
  JOIN_APPROVED = 'JOIN_APPROVED',
  INVITATION = 'INVITATION',
  AFFILIATION_REQUEST = 'AFFILIATION_REQUEST',
  AFFILIATION_VERIFIED = 'AFFILIATION_VERIFIED',
  AFFILIATION_DECLINED = 'AFFILIATION_DECLINED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Something a person must see. Holds ids only: what it points at is read with the reader's rights. */
@ObjectType()
@Entity({ tableName: 'notification' })
@Index({ name: 'notification_user_created_idx', properties: ['user', 'createdAt'] })
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @ManyToOne({ entity: () => User, nullable: true })
  actor?: User | null;

  @Property({ type: 'uuid', nullable: true })
  communityId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  threadId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  postId?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
