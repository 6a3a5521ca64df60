import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { SearchArgs, SearchHit } from './search.types';
import * as searching from './search.service';

@ObjectType()
export class SearchHitConnection extends Connection(SearchHit) {}

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, { description: 'Italian full-text search over what the viewer may read, ranked' })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context) {
    return searching.search(ctx, args);
  }
}
