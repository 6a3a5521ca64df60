import { createParameterDecorator } from 'type-graphql';

/**
 * The object a field belongs to, as its parent resolver returned it. type-graphql's `@Root()`
 * copies a plain object into a new instance of the declared class for every field it resolves;
 * for an entity class that means building an ORM-tracked object (and, for ids, a fresh UUID) per
 * field, the costliest step of a list. Reads answer with lean rows, so resolvers take them as they are.
 */
export function Parent() {
  return createParameterDecorator(({ root }) => root);
}
