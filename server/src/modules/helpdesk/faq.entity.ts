import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { User } from '../account/user.entity';
import { Thread } from '../thread/thread.entity';

/** A solved public question turned into a reusable answer, linked to where it came from. */
@ObjectType({ description: 'A frequently asked question of the help desk' })
@Entity({ tableName: 'faq_entry' })
@Index({
  name: 'faq_entry_search_idx',
  expression: `create index "faq_entry_search_idx" on "faq_entry" using gin (to_tsvector('italian', "question" || ' ' || "answer"))`,
})
export class FaqEntry {
  [OptionalProps]?: 'id' | 'createdAt' | 'tags';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Mentions hidden from readers who may not see people' })
  @Property({ type: 'text' })
  question!: string;

  @Field(() => String, { description: 'Markdown (mentions hidden from readers who may not see people)' })
  @Property({ type: 'text' })
  answer!: string;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  tags: string[] = [];

  @ManyToOne({ entity: () => Thread, unique: true })
  sourceThread!: Thread;

  @ManyToOne({ entity: () => User })
  promotedBy!: User;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
