import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { TrimmedMinLength } from '../../lib/validators';
import { PageArgs } from '../organization/organization.inputs';
import { QuestionStatus, QuestionVisibility, ThreadKind } from './thread.entity';

export const POST_MAX_LENGTH = 20_000;

@InputType()
export class StartThreadInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => ThreadKind)
  kind!: ThreadKind;

  @Field(() => String)
  @TrimmedMinLength(5)
  @MaxLength(200)
  title!: string;

  @Field(() => String, { description: 'Markdown; mention people as @[Name](user:<id>)' })
  @TrimmedMinLength(1)
  @MaxLength(POST_MAX_LENGTH)
  body!: string;

  @Field(() => [String], { nullable: true, description: 'Questions: PNRR measure or law reference tags' })
  @IsOptional()
  @ArrayMaxSize(5)
  @MaxLength(60, { each: true })
  tags?: string[];

  @Field(() => QuestionVisibility, { nullable: true, description: 'Help desk questions: PRIVATE unless said otherwise' })
  @IsOptional()
  visibility?: QuestionVisibility;
}

@InputType()
export class AskQuestionInput {
  @Field(() => String)
  @TrimmedMinLength(5)
  @MaxLength(200)
  title!: string;

  @Field(() => String)
  @TrimmedMinLength(1)
  @MaxLength(POST_MAX_LENGTH)
  body!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @MaxLength(60, { each: true })
  tags?: string[];

  @Field(() => QuestionVisibility)
  visibility!: QuestionVisibility;
}

@InputType()
export class ReplyInput {
  @Field(() => ID)
  threadId!: string;

  @Field(() => String)
  @TrimmedMinLength(1)
  @MaxLength(POST_MAX_LENGTH)
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The post this replies to' })
  @IsOptional()
  parentId?: string;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ThreadKind, { nullable: true })
  @IsOptional()
  kind?: ThreadKind;
}

@ArgsType()
export class QueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only questions assigned to this expert' })
  @IsOptional()
  assigneeId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only questions nobody has taken' })
  @IsOptional()
  unassigned?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  tag?: string;

  @Field(() => [QuestionStatus], { nullable: true, description: 'Default: OPEN and ASSIGNED' })
  @IsOptional()
  statuses?: QuestionStatus[];
}
