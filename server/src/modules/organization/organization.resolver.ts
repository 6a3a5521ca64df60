import { Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver, FieldResolver, Arg } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { User } from '../account/user.entity';
import { Municipality } from './municipality.type';
import { Organization, SizeBand, sizeBandOf } from './organization.entity';
import { IstatCodeArgs, MunicipalitiesArgs, OrganizationsArgs } from './organization.inputs';
import * as organizations from './organization.service';
import { related } from '../../lib/by-id-loader';

@ObjectType()
export class MunicipalityConnection extends Connection(Municipality) {}

@ObjectType()
export class OrganizationConnection extends Connection(Organization) {}

@ObjectType({ description: 'A Lombardy province and its comuni' })
export class Province {
  @Field(() => ID, { description: 'Abbreviation, e.g. BG' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  municipalityCount!: number;

  @Field(() => Int, { description: 'Residents at the 2011 census' })
  population!: number;
}

@Resolver()
export class MunicipalityQueries {
  @Query(() => Municipality, { nullable: true, description: 'A comune by ISTAT code' })
  municipality(@Args(() => IstatCodeArgs) { istatCode }: IstatCodeArgs, @Ctx() ctx: Context) {
    return organizations.findMunicipality(ctx, istatCode);
  }

  @Query(() => MunicipalityConnection, { description: 'The directory of the 1,502 Lombardy comuni' })
  municipalities(@Args(() => MunicipalitiesArgs) args: MunicipalitiesArgs, @Ctx() ctx: Context) {
    return organizations.findMunicipalities(ctx, args);
  }

  @Query(() => [Province])
  provinces(@Ctx() ctx: Context) {
    return organizations.listProvinces(ctx);
  }

  @Query(() => Organization, { nullable: true })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return organizations.findOrganization(ctx, id);
  }

  @Query(() => OrganizationConnection, { description: 'Comuni and partner organisations, e.g. to pick an affiliation' })
  organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    return organizations.findOrganizations(ctx, args);
  }
}

@Resolver(() => Organization)
export class OrganizationFields {
  @FieldResolver(() => SizeBand, { nullable: true })
  sizeBand(@Parent() org: Organization): SizeBand | null {
    return org.population === null || org.population === undefined ? null : sizeBandOf(org.population);
  }
}

@Resolver(() => User)
export class UserOrganizationField {
  @FieldResolver(() => Organization)
  organization(@Parent() user: User, @Ctx() ctx: Context) {
    return related(user.organization, ctx.loaders.organization);
  }
}
