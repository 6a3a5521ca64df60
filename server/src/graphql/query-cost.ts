import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type DocumentNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from './connection';

/** Page size assumed for a list whose `first` is not given: the largest default the API uses. */
const DEFAULT_PAGE = 50;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  seen: Set<string>;
}

function pageSize(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  let size: unknown = DEFAULT_PAGE;
  if (value?.kind === Kind.INT) size = Number(value.value);
  if (value?.kind === Kind.VARIABLE) size = variables[value.name.value] ?? DEFAULT_PAGE;
  return typeof size === 'number' && Number.isFinite(size) ? Math.min(Math.max(size, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE;
}

/** Every field costs 1; what a list field selects costs as many times as the page it asks for. */
function costOf(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, walk: Walk): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : undefined;
      const definition = fields?.[selection.name.value];
      const paged = definition?.args.some((arg) => arg.name === 'first');
      const first = selection.arguments?.find((arg) => arg.name.value === 'first')?.value;
      const times = paged ? pageSize(first, walk.variables) : 1;
      const inner = selection.selectionSet && definition ? costOf(selection.selectionSet, getNamedType(definition.type), walk) : 0;
      total += 1 + times * inner;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      total += costOf(selection.selectionSet, type ?? undefined, walk);
    } else {
      const fragment = walk.fragments[selection.name.value];
      // Validation refuses fragment cycles; this guard only keeps a bad document from looping here.
      if (!fragment || walk.seen.has(fragment.name.value)) continue;
      walk.seen.add(fragment.name.value);
      total += costOf(fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? undefined, walk);
      walk.seen.delete(fragment.name.value);
    }
  }
  return total;
}

/** The estimated cost of an operation: fields times the pages their lists ask for, variables included. */
export function operationCost(
  schema: GraphQLSchema,
  operation: { selectionSet: SelectionSetNode; operation: 'query' | 'mutation' | 'subscription' },
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return costOf(operation.selectionSet, root ?? undefined, { schema, fragments, variables, seen: new Set() });
}

/**
 * Throws when an operation's cost is over `maxCost`, once its variables are known (a limit that
 * only read literals would let `first: $n` through). Called before any resolver or SQL runs.
 */
export function assertAffordable(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
  maxCost: number,
): void {
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const cost = operationCost(schema, operation, fragments, variables);
  if (cost > maxCost) {
    throw new GraphQLError(`Query is too expensive: cost ${cost} is over the limit of ${maxCost}`, {
      extensions: { code: 'BAD_USER_INPUT', reason: 'tooExpensive', http: { status: 400 } },
    });
  }
}
