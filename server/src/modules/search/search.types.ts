import { ArgsType, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../organization/organization.inputs';

export enum SearchHitType {
  COMMUNITY = 'COMMUNITY',
  THREAD = 'THREAD',
  QUESTION = 'QUESTION',
  POST = 'POST',
  FAQ = 'FAQ',
}
registerEnumType(SearchHitType, { name: 'SearchHitType' });

@ObjectType({ description: 'One result of the Italian full-text search' })
export class SearchHit {
  @Field(() => SearchHitType)
  type!: SearchHitType;

  @Field(() => ID, { description: 'Id of the community, thread, post or FAQ entry' })
  id!: string;

  @Field(() => String, { description: 'Name of the community, title of the thread or FAQ question' })
  title!: string;

  @Field(() => String, { description: 'Text around the matches; each match stands between [[ and ]]' })
  snippet!: string;

  @Field(() => Float)
  rank!: number;

  @Field(() => ID, { nullable: true })
  communityId!: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the community, to link to it' })
  communitySlug!: string | null;

  @Field(() => ID, { nullable: true })
  threadId!: string | null;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String)
  @MinLength(2)
  @MaxLength(200)
  query!: string;

  @Field(() => [SearchHitType], { nullable: true, description: 'Default: every type' })
  @IsOptional()
  @ArrayMaxSize(5)
  types?: SearchHitType[];

  @Field(() => ID, { nullable: true, description: 'Only threads and posts of this community' })
  @IsOptional()
  communityId?: string;
}
