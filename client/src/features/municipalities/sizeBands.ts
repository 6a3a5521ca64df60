import type { SizeBand } from '../../gql/graphql';

/** The population bands of the 2011 census, smallest first, as the hub's filter expects them. */
export const SIZE_BANDS: readonly SizeBand[] = ['UNDER_1000', 'FROM_1000_TO_4999', 'FROM_5000_TO_14999', 'FROM_15000'];

export function isSizeBand(value: unknown): value is SizeBand {
  return typeof value === 'string' && (SIZE_BANDS as readonly string[]).includes(value);
}
