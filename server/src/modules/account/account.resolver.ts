import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { userOf } from '../../core/actor';
import { viewerFacts } from '../community/community.access';
import { related } from '../../lib/by-id-loader';
import { canSeePeople } from '../thread/public-reading.policy';
import { SignInInput, SignUpInput, UpdateProfileInput } from './account.inputs';
import * as accounts from './account.service';
import { Session } from './session.entity';
import { User } from './user.entity';

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in person, or null' })
  me(@Ctx() ctx: Context): User | null {
    return userOf(ctx.actor);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Visible to the person themselves only' })
  email(@Parent() user: User, @Ctx() ctx: Context): string | null {
    return userOf(ctx.actor)?.id === user.id ? user.email : null;
  }

  // Who people are is for signed-in readers (canSeePeople): the others read the help desk's public
  // knowledge with each person shown as their organisation, and no job title or role.

  @FieldResolver(() => String)
  displayName(@Parent() user: User, @Ctx() ctx: Context): string | Promise<string> {
    if (canSeePeople(viewerFacts(ctx))) return user.displayName;
    return Promise.resolve(related(user.organization, ctx.loaders.organization)).then((organization) => organization!.name);
  }

  @FieldResolver(() => String)
  jobTitle(@Parent() user: User, @Ctx() ctx: Context): string {
    return canSeePeople(viewerFacts(ctx)) ? user.jobTitle : '';
  }

  @FieldResolver(() => Boolean)
  referente(@Parent() user: User, @Ctx() ctx: Context): boolean {
    return canSeePeople(viewerFacts(ctx)) && user.referente;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the viewer may not see who people are (without an account): displayName is then the name of the organisation, jobTitle is empty and referente false',
  })
  nameHidden(@Ctx() ctx: Context): boolean {
    return !canSeePeople(viewerFacts(ctx));
  }

  @Mutation(() => User, { description: 'Creates an account and signs it in' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<User> {
    return accounts.signUp(ctx, input);
  }

  @Mutation(() => User)
  signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<User> {
    return accounts.signIn(ctx, input);
  }

  @Mutation(() => Boolean)
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return accounts.signOut(ctx);
  }

  @Mutation(() => User)
  updateProfile(@Arg('input', () => UpdateProfileInput) input: UpdateProfileInput, @Ctx() ctx: Context): Promise<User> {
    return accounts.updateProfile(ctx, input);
  }

  @Query(() => [Session], { description: "The viewer's signed-in devices" })
  mySessions(@Ctx() ctx: Context): Promise<Session[]> {
    return accounts.listSessions(ctx);
  }

  @Mutation(() => Boolean, { description: 'Signs one of the viewer’s devices out' })
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return accounts.revokeSession(ctx, id);
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => Boolean, { description: 'True for the session making this request' })
  current(@Parent() session: Session, @Ctx() ctx: Context): boolean {
    return ctx.session?.id === session.id;
  }
}
