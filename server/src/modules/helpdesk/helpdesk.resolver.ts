import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { IsOptional, MaxLength } from 'class-validator';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { PageArgs } from '../organization/organization.inputs';
import { User } from '../account/user.entity';
import { Community } from '../community/community.entity';
import { Thread } from '../thread/thread.entity';
import { AskQuestionInput, QueueArgs } from '../thread/thread.inputs';
import { ThreadConnection } from '../thread/thread.resolver';
import { FaqEntry } from './faq.entity';
import * as helpDesk from './helpdesk.service';
import { canDoOnThread } from '../thread/thread.access';
import { textFor } from '../thread/public-reading.policy';
import { viewerFacts } from '../community/community.access';

@ObjectType()
export class FaqEntryConnection extends Connection(FaqEntry) {}

@ArgsType()
export class FaqArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  tag?: string;
}

@Resolver(() => FaqEntry)
export class HelpDeskResolver {
  @Query(() => Community, { description: 'The sportello of the Centro di Competenza' })
  helpDesk(@Ctx() ctx: Context) {
    return helpDesk.findHelpDesk(ctx);
  }

  @Query(() => ThreadConnection, { description: "The experts' queue: open questions, oldest first" })
  questionQueue(@Args(() => QueueArgs) args: QueueArgs, @Ctx() ctx: Context) {
    return helpDesk.questionQueue(ctx, args);
  }

  @Mutation(() => Thread, { description: 'Asks the Centro di Competenza a question' })
  askQuestion(@Arg('input', () => AskQuestionInput) input: AskQuestionInput, @Ctx() ctx: Context) {
    return helpDesk.askQuestion(ctx, input);
  }

  @Mutation(() => FaqEntry, { description: 'Promotes a solved public question to the FAQ' })
  promoteToFaq(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('question', () => String, { nullable: true }) question: string | null,
    @Arg('answer', () => String, { nullable: true }) answer: string | null,
    @Ctx() ctx: Context,
  ) {
    return helpDesk.promoteToFaq(ctx, threadId, {
      question: question?.slice(0, 300) ?? undefined,
      answer: answer?.slice(0, 20_000) ?? undefined,
    });
  }

  @Query(() => FaqEntryConnection)
  faqEntries(@Args(() => FaqArgs) args: FaqArgs, @Ctx() ctx: Context) {
    return helpDesk.listFaq(ctx, args);
  }

  @Query(() => FaqEntry)
  faqEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return helpDesk.findFaqEntry(ctx, id);
  }

  @FieldResolver(() => Thread, {
    nullable: true,
    description: 'The question the entry came from; null when the viewer may not read it (without an account, once it is reopened)',
  })
  async sourceThread(@Parent() entry: FaqEntry, @Ctx() ctx: Context) {
    const thread = await ctx.loaders.thread.load(entry.sourceThread.id);
    return thread && (await canDoOnThread(ctx, 'read', thread)) ? thread : null;
  }

  @FieldResolver(() => String)
  question(@Parent() entry: FaqEntry, @Ctx() ctx: Context) {
    return textFor(viewerFacts(ctx), entry.question);
  }

  @FieldResolver(() => String)
  answer(@Parent() entry: FaqEntry, @Ctx() ctx: Context) {
    return textFor(viewerFacts(ctx), entry.answer);
  }

  @FieldResolver(() => User)
  async promotedBy(@Parent() entry: FaqEntry, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(entry.promotedBy.id))!;
  }
}

@Resolver(() => Thread)
export class ThreadFaqField {
  @FieldResolver(() => ID, { nullable: true, description: 'The FAQ entry made from this question, if any' })
  async faqEntryId(@Parent() thread: Thread, @Ctx() ctx: Context) {
    if (thread.kind !== 'QUESTION') return null;
    const entry = await ctx.em.findOne(FaqEntry, { sourceThread: thread.id }, { fields: ['id'] });
    return entry?.id ?? null;
  }
}
