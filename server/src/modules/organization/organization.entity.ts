import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';

export enum OrganizationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  UNION_OF_MUNICIPALITIES = 'UNION_OF_MUNICIPALITIES',
  MOUNTAIN_COMMUNITY = 'MOUNTAIN_COMMUNITY',
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
  ASSOCIATION = 'ASSOCIATION',
  UNIVERSITY = 'UNIVERSITY',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What kind of body an organisation is' });

/** Resident population bands used across the hub's directory and reports. */
export enum SizeBand {
  UNDER_1000 = 'UNDER_1000',
  FROM_1000_TO_4999 = 'FROM_1000_TO_4999',
  FROM_5000_TO_14999 = 'FROM_5000_TO_14999',
  FROM_15000 = 'FROM_15000',
}
registerEnumType(SizeBand, { name: 'SizeBand', description: 'Resident population band (2011 census)' });

export const SIZE_BAND_RANGES: Record<SizeBand, [number, number | null]> = {
  [SizeBand.UNDER_1000]: [0, 999],
  [SizeBand.FROM_1000_TO_4999]: [1000, 4999],
  [SizeBand.FROM_5000_TO_14999]: [5000, 14999],
  [SizeBand.FROM_15000]: [15000, null],
};

export function sizeBandOf(population: number): SizeBand {
  if (population < 1000) return SizeBand.UNDER_1000;
  if (population < 5000) return SizeBand.FROM_1000_TO_4999;
  if (population < 15000) return SizeBand.FROM_5000_TO_14999;
  return SizeBand.FROM_15000;
}

/** A comune, a union of comuni, a university, ANCI Lombardia…: whoever an official works for. */
@ObjectType({ description: 'A comune, union of comuni, province, region, association, university or other body' })
@Entity({ tableName: 'organization' })
@Index({ name: 'organization_search_name_idx', properties: ['searchName'], type: 'btree', expression: 'create index "organization_search_name_idx" on "organization" ("search_name" text_pattern_ops)' })
export class Organization {
  [OptionalProps]?: 'emailDomains' | 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** Lower-case, accent-free copy of the name that search matches against. */
  @Property({ type: 'text' })
  searchName!: string;

  @Field(() => String, { nullable: true, description: 'ISTAT code (6 digits) for comuni' })
  @Property({ type: 'text', nullable: true, unique: true })
  istatCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Province abbreviation, e.g. BG' })
  @Property({ type: 'text', nullable: true, index: true })
  province?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  provinceName?: string | null;

  @Field(() => Int, { nullable: true, description: 'Resident population at the 2011 census' })
  @Property({ type: 'integer', nullable: true, index: true })
  population?: number | null;

  @Field(() => String, { nullable: true, description: 'Cadastral (Belfiore) code' })
  @Property({ type: 'text', nullable: true })
  cadastralCode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  /** Email domains of the organisation's staff: an address there verifies the affiliation at once. */
  @Field(() => [String], { description: "Email domains of the organisation's staff, e.g. unimib.it" })
  @Property({ type: 'text[]', default: '{}' })
  emailDomains: string[] = [];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
