import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { TrimmedMinLength } from '../../lib/validators';
import { PageArgs } from '../organization/organization.inputs';
import { COMMUNITY_THEMES, CommunityVisibility, MemberRole } from './community.entity';

@InputType()
export class CreateCommunityInput {
  @Field(() => String)
  @TrimmedMinLength(3)
  @MaxLength(120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Lower-case letters, digits and dashes; derived from the name when absent' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(60)
  slug?: string;

  @Field(() => String, { description: 'Markdown' })
  @MaxLength(5000)
  description!: string;

  @Field(() => [String])
  @ArrayMaxSize(5)
  @IsIn(COMMUNITY_THEMES as unknown as string[], { each: true })
  themes!: string[];

  @Field(() => CommunityVisibility)
  visibility!: CommunityVisibility;
}

@InputType()
export class UpdateCommunityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimmedMinLength(3)
  @MaxLength(120)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsIn(COMMUNITY_THEMES as unknown as string[], { each: true })
  themes?: string[];

  @Field(() => CommunityVisibility, { nullable: true })
  @IsOptional()
  visibility?: CommunityVisibility;
}

@ArgsType()
export class CommunitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COMMUNITY_THEMES as unknown as string[])
  theme?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only the communities the viewer belongs to' })
  @IsOptional()
  mine?: boolean;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => String, { description: 'Email of a person who already has an account' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => MemberRole, { nullable: true })
  @IsOptional()
  role?: MemberRole;
}
