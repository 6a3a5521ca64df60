import { validate, type ValidationError as ClassValidationError, type ValidatorOptions } from 'class-validator';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import { badInput } from '../errors';

/**
 * Checks every argument of an operation before any SQL runs, the viewer's session lookup
 * included, so that a bad id, cursor, page size or enum-like string costs the database nothing:
 *
 * - every string, in variables or written in the query, nested in inputs and lists, is
 *   well-formed text: no NUL character (PostgreSQL refuses it in text) and no unpaired UTF-16
 *   surrogate (it has no UTF-8 form);
 * - ids follow the naming rule of the schema: an `ID` argument or input field called `id`,
 *   `ids` or `…Id`/`…Ids` holds a UUID (`istatCode`, also an `ID`, is checked by its own rule);
 * - `after` holds a cursor of the shape the hub issues (graphql/connection.ts);
 * - and each resolver's own class-validator rules (page sizes, lengths, `@IsIn` lists, patterns)
 *   run now instead of after the session lookup; this is the only place they run (type-graphql's
 *   own validation is off, graphql/schema.ts).
 *
 * The answer names the argument as `field` (`input.body`, `ids.2`) with a reason word, as the
 * resolvers' own BAD_USER_INPUT errors do.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_NAME = /^(id|ids)$|[a-z0-9](Id|Ids)$/;
/** An unpaired high surrogate, or a low one with no high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_CURSOR_LENGTH = 200;

/** class-validator's settings for the resolvers' argument classes. */
const VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false };

function isCursor(value: string): boolean {
  if (value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64url').toString();
  if (/^o:\d{1,15}$/.test(decoded)) return true;
  if (!decoded.startsWith('k:')) return false;
  try {
    return Array.isArray(JSON.parse(decoded.slice(2)));
  } catch {
    return false;
  }
}

/** The first thing wrong with one argument's value, looked at down to every string in it. */
function valueProblem(type: GraphQLInputType, value: unknown, path: string[]): GraphQLError | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable) && Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = valueProblem(nullable.ofType, item, [...path, String(index)]);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const field of Object.values(nullable.getFields())) {
      const problem = valueProblem(field.type, (value as Record<string, unknown>)[field.name], [...path, field.name]);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  const field = path.join('.');
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
    return badInput(field, 'invalidCharacters', `${field} contains a NUL character or an unpaired surrogate`);
  }
  const name = path.filter((segment) => !/^\d+$/.test(segment)).at(-1) ?? '';
  if (getNamedType(nullable).name === 'ID' && ID_NAME.test(name) && !UUID.test(value)) {
    return badInput(field, 'invalid', `${field} is not a valid id`);
  }
  if (name === 'after' && path.length === 1 && !isCursor(value)) return badInput(field, 'invalid', 'Invalid cursor');
  return null;
}

type Params = Array<{ kind: 'args' | 'arg'; name?: string; getType: () => unknown; validateSettings?: unknown }>;

/** Each resolver's argument parameters by schema coordinate ("Query.communities", "Community.threads"). */
function resolverParameters(): Map<string, Params> {
  const storage = getMetadataStorage();
  const typeName = (target: unknown) =>
    storage.objectTypes.find((type) => type.target === target)?.name ?? storage.interfaceTypes.find((type) => type.target === target)?.name;
  const paramsOf = (target: unknown, methodName: string) =>
    storage.params.filter((param) => param.target === target && param.methodName === methodName && (param.kind === 'args' || param.kind === 'arg')) as Params;
  const index = new Map<string, Params>();
  for (const query of storage.queries) index.set(`Query.${query.schemaName}`, paramsOf(query.target, query.methodName));
  for (const mutation of storage.mutations) index.set(`Mutation.${mutation.schemaName}`, paramsOf(mutation.target, mutation.methodName));
  for (const field of storage.fieldResolvers) {
    const owner = storage.resolverClasses.find((resolver) => resolver.target === field.target)?.getObjectType();
    const name = owner ? typeName(owner) : undefined;
    if (name) index.set(`${name}.${field.schemaName}`, paramsOf(field.target, field.methodName));
  }
  return index;
}

let inputClasses: Set<unknown> | undefined;

function isInputClass(type: unknown): type is new () => object {
  const storage = getMetadataStorage();
  inputClasses ??= new Set([...storage.inputTypes, ...storage.argumentTypes].map((input) => input.target));
  return typeof type === 'function' && inputClasses.has(type);
}

/** The resolver's class-validator rules on these argument values, as type-graphql would run them. */
async function classRuleProblem(params: Params, args: Record<string, unknown>): Promise<GraphQLError | null> {
  for (const param of params) {
    if (param.validateSettings === false) continue;
    const type = param.getType();
    if (!isInputClass(type)) continue;
    const values = param.kind === 'args' ? [args] : ([] as unknown[]).concat(args[param.name!] ?? []);
    for (const value of values) {
      if (typeof value !== 'object' || value === null) continue;
      const errors: ClassValidationError[] = await validate(Object.assign(new type(), value), VALIDATOR_OPTIONS);
      if (errors.length) return new ArgumentValidationError(errors);
    }
  }
  return null;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  seen: Set<string>;
}

interface SelectedField {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  parent: GraphQLNamedType;
  path: string[];
}

function* selectedFields(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, path: string[], walk: Walk): Generator<SelectedField> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const definition = parent.getFields()[selection.name.value];
      if (!definition) continue;
      const fieldPath = [...path, selection.alias?.value ?? selection.name.value];
      yield { node: selection, definition, parent, path: fieldPath };
      if (selection.selectionSet) yield* selectedFields(selection.selectionSet, getNamedType(definition.type), fieldPath, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      yield* selectedFields(selection.selectionSet, type ?? undefined, path, walk);
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment || walk.seen.has(fragment.name.value)) continue;
      walk.seen.add(fragment.name.value);
      yield* selectedFields(fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? undefined, path, walk);
      walk.seen.delete(fragment.name.value);
    }
  }
}

/** What the guard found: nothing, variables that execution refuses before any resolver, or the first bad argument. */
export type InputVerdict = { kind: 'ok' } | { kind: 'badVariables' } | { kind: 'refused'; error: GraphQLError };

export interface InputGuard {
  check(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Promise<InputVerdict>;
}

/** Builds the guard for a schema whose resolvers type-graphql has already collected. */
export function createInputGuard(schema: GraphQLSchema): InputGuard {
  const parameters = resolverParameters();
  // Apollo keeps each parsed document and hands the same one for the same query text: which of
  // its fields take arguments is worked out once per operation, not on every request.
  const fieldsWithArguments = new WeakMap<OperationDefinitionNode, SelectedField[]>();
  const fieldsOf = (document: DocumentNode, operation: OperationDefinitionNode) => {
    let fields = fieldsWithArguments.get(operation);
    if (!fields) {
      const fragments = Object.fromEntries(
        document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      fields = [...selectedFields(operation.selectionSet, root ?? undefined, [], { schema, fragments, seen: new Set() })].filter(
        (field) => field.definition.args.length > 0,
      );
      fieldsWithArguments.set(operation, fields);
    }
    return fields;
  };
  return {
    async check(document, operation, variables) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
      if (coerced.errors) return { kind: 'badVariables' };
      for (const field of fieldsOf(document, operation)) {
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field.definition, field.node, coerced.coerced);
        } catch (error) {
          // A null variable for a non-null argument: execution would refuse this field only, after
          // running the others without the viewer. The whole operation is refused instead.
          const message = error instanceof Error ? error.message : 'Invalid argument';
          const refusal = new GraphQLError(message, { nodes: [field.node], path: field.path, extensions: { code: 'BAD_USER_INPUT' } });
          return { kind: 'refused', error: refusal };
        }
        let problem: GraphQLError | null = null;
        for (const arg of field.definition.args) {
          problem ??= valueProblem(arg.type, args[arg.name], [arg.name]);
        }
        const params = parameters.get(`${field.parent.name}.${field.definition.name}`);
        problem ??= params ? await classRuleProblem(params, args) : null;
        if (problem) {
          const error = new GraphQLError(problem.message, {
            nodes: [field.node],
            path: field.path,
            originalError: problem,
            extensions: problem.extensions,
          });
          return { kind: 'refused', error };
        }
      }
      return { kind: 'ok' };
    },
  };
}
