import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Organization } from '../organization/organization.entity';

export enum AffiliationStatus {
  CLAIMED = 'CLAIMED',
  VERIFIED = 'VERIFIED',
  DECLINED = 'DECLINED',
}
registerEnumType(AffiliationStatus, {
  name: 'AffiliationStatus',
  description:
    "CLAIMED: named by the person, not yet checked; VERIFIED: by the email's domain, a referente of the organisation or an admin; DECLINED: a referente or an admin said no",
});

export enum PlatformRole {
  ADMIN = 'ADMIN',
}
registerEnumType(PlatformRole, { name: 'PlatformRole', description: "ADMIN: ANCI staff who run the hub, apart from any community's roles" });

/** An official, facilitator, expert or researcher, affiliated to one organisation. */
@ObjectType({ description: 'A person using the hub' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'createdAt' | 'locale' | 'affiliationStatus' | 'referente';

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

  /** Until VERIFIED, the person has no rights on their organisation's side (its private questions). */
  @Field(() => AffiliationStatus, { description: 'Whether the organisation above is verified' })
  @Enum({ items: () => AffiliationStatus, nativeEnumName: 'affiliation_status', default: AffiliationStatus.CLAIMED })
  affiliationStatus: AffiliationStatus = AffiliationStatus.CLAIMED;

  @Property({ type: 'timestamptz', nullable: true })
  affiliationDecidedAt?: Date | null;

  /** Who verified or declined the affiliation; null when the email's domain verified it. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  affiliationDecidedBy?: User | null;

  /** A verified person who verifies the affiliations claimed to their organisation. */
  @Field(() => Boolean, { description: "Verifies who may speak for the organisation" })
  @Property({ type: 'boolean', default: false })
  referente: boolean = false;

  @Enum({ items: () => PlatformRole, nativeEnumName: 'platform_role', nullable: true })
  platformRole?: PlatformRole | null;

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
