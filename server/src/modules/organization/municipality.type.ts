import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization, SizeBand, sizeBandOf } from './organization.entity';

/** A comune seen through its stable public key, the ISTAT code. */
@ObjectType({ description: 'A Lombardy comune, keyed by its ISTAT code' })
export class Municipality {
  @Field(() => ID, { description: 'ISTAT code, 6 digits (015146 = Milano)' })
  istatCode!: string;

  @Field(() => ID, { description: 'The organisation record of the comune' })
  organizationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Province abbreviation, e.g. BG' })
  province!: string;

  @Field(() => String)
  provinceName!: string;

  @Field(() => Int, { description: 'Resident population at the 2011 census (ISTAT)' })
  population!: number;

  @Field(() => SizeBand)
  sizeBand!: SizeBand;

  @Field(() => String, { description: 'Cadastral (Belfiore) code' })
  cadastralCode!: string;

  static from(org: Organization): Municipality {
    const population = org.population ?? 0;
    return Object.assign(new Municipality(), {
      istatCode: org.istatCode!,
      organizationId: org.id,
      name: org.name,
      province: org.province ?? '',
      provinceName: org.provinceName ?? '',
      population,
      sizeBand: sizeBandOf(population),
      cadastralCode: org.cadastralCode ?? '',
    });
  }
}
