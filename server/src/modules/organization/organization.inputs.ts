import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { OrganizationKind, SizeBand } from './organization.entity';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item already seen' })
  @IsOptional()
  @MaxLength(100)
  after?: string;
}

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name; case and accents do not matter' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Province abbreviation, e.g. BG' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/)
  province?: string;

  @Field(() => SizeBand, { nullable: true })
  @IsOptional()
  sizeBand?: SizeBand;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  kinds?: OrganizationKind[];
}

@ArgsType()
export class IstatCodeArgs {
  @Field(() => ID)
  @Matches(/^\d{6}$/, { message: 'istatCode must be 6 digits' })
  istatCode!: string;
}
