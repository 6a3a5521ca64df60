import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organization/organization.entity';

/** An official, facilitator, expert or researcher, affiliated to one organisation. */
@ObjectType({ description: 'A person using the hub' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'createdAt' | 'locale';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased; never exposed to other users through the API. */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => Organization)
  @ManyToOne({ entity: () => Organization, index: true })
  organization!: Organization;

  @Field(() => String, { description: "Job title in the organisation, e.g. 'Responsabile ufficio tecnico'" })
  @Property({ type: 'text' })
  jobTitle!: string;

  @Field(() => String, { description: 'Preferred interface language: it or en' })
  @Property({ type: 'text', default: 'it' })
  locale: string = 'it';

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
