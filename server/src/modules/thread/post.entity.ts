import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { User } from '../account/user.entity';
import { Thread } from './thread.entity';

/** A post in Markdown; deleting leaves a tombstone so that replies keep their place. */
@ObjectType()
@Entity({ tableName: 'post' })
@Index({ name: 'post_thread_created_idx', properties: ['thread', 'createdAt'] })
@Index({
  name: 'post_search_idx',
  expression: `create index "post_search_idx" on "post" using gin (to_tsvector('italian', "body"))`,
})
export class Post {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Thread, deleteRule: 'cascade' })
  thread!: Thread;

  @ManyToOne({ entity: () => User })
  author!: User;

  /** The post this one replies to, if any. */
  @Property({ type: 'uuid', nullable: true })
  parentId?: string | null;

  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  editedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;
}

/** The text a post had before an edit. */
@ObjectType()
@Entity({ tableName: 'post_revision' })
export class PostRevision {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Post, deleteRule: 'cascade', index: true })
  post!: Post;

  @Field(() => String, { description: 'Markdown as it was (mentions hidden from readers who may not see people)' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When this text was replaced' })
  @Property({ type: 'timestamptz' })
  replacedAt!: Date;
}

export enum ReactionKind {
  LIKE = 'LIKE',
  THANKS = 'THANKS',
  AGREE = 'AGREE',
  INSIGHTFUL = 'INSIGHTFUL',
}
registerEnumType(ReactionKind, { name: 'ReactionKind', description: 'The small fixed set of reactions' });

@Entity({ tableName: 'reaction' })
@Unique({ properties: ['post', 'user', 'kind'] })
export class Reaction {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Post, deleteRule: 'cascade' })
  post!: Post;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Enum({ items: () => ReactionKind, nativeEnumName: 'reaction_kind' })
  kind!: ReactionKind;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
