import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named `name` selected in a selection set, through fragments and inline fragments. */
function fieldsNamed(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name && selection.selectionSet) found.push(selection.selectionSet);
      else if (selection.name.value === name) found.push({ kind: Kind.SELECTION_SET, selections: [] });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsNamed(selection.selectionSet, name, info));
    } else {
      found.push(...fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info));
    }
  }
  return found;
}

/**
 * Whether the field being resolved selects the path below it (e.g. `edges.node.reactions`): a
 * list reads what its rows will be asked for in the same statement, and nothing else.
 */
export function selects(info: GraphQLResolveInfo, path: string): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path.split('.')) {
    sets = sets.flatMap((set) => fieldsNamed(set, name, info));
    if (!sets.length) return false;
  }
  return true;
}
