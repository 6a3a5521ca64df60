import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { TrimmedMinLength } from '../../lib/validators';

export const PASSWORD_MIN_LENGTH = 12;

@InputType()
export class SignUpInput {
  /** Checked after trimming, in the service: pasted addresses often carry spaces. */
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String, { description: `At least ${PASSWORD_MIN_LENGTH} characters` })
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password!: string;

  @Field(() => String)
  @TrimmedMinLength(2)
  @MaxLength(100)
  displayName!: string;

  @Field(() => ID, { description: 'The organisation the person works for' })
  @IsUUID()
  organizationId!: string;

  @Field(() => String)
  @TrimmedMinLength(2)
  @MaxLength(120)
  jobTitle!: string;

  @Field(() => String, { nullable: true, description: 'Interface language: it (default) or en' })
  @IsOptional()
  @IsIn(['it', 'en'])
  locale?: string;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MaxLength(200)
  password!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimmedMinLength(2)
  @MaxLength(100)
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimmedMinLength(2)
  @MaxLength(120)
  jobTitle?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['it', 'en'])
  locale?: string;

  @Field(() => ID, { nullable: true, description: 'Another organisation: the affiliation is claimed again until verified' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}
