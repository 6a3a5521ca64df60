import { useQuery } from '@apollo/client/react';
import { ViewerQuery } from './account.operations';

/** The signed-in person (null when signed out) and whether the hub has answered yet. */
export function useViewer() {
  const { data, loading, error } = useQuery(ViewerQuery);
  return { viewer: data?.me ?? null, loading: loading && !data, error };
}
