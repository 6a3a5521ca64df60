import Negotiator from 'negotiator';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';

/**
 * The media type a GraphQL response gets for this Accept header, chosen as Apollo Server chooses
 * it (same negotiator, same order): application/json without a header, null when neither fits.
 */
export function graphqlMediaType(accept: string | undefined): typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON | null {
  if (!accept) return APPLICATION_JSON;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]);
  return preferred === APPLICATION_JSON || preferred === GRAPHQL_RESPONSE_JSON ? preferred : null;
}

/** negotiator 1.x takes the server's preference for ties; its types (0.6) do not know it yet. */
type EncodingNegotiator = { encodings(available: string[], options: { preferred: string[] }): string[] };

/**
 * The encoding to send among `available`, or `identity`: the client's q-values first, the order
 * of `available` on ties (browsers list gzip before br with the same weight, and brotli is smaller).
 */
export function preferredEncoding(acceptEncoding: string | undefined, available: string[]): string {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }) as unknown as EncodingNegotiator;
  return negotiator.encodings([...available, 'identity'], { preferred: available })[0] ?? 'identity';
}
