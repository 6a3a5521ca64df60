import { GraphQLError } from 'graphql';

/** The closed set of error codes a client may see; anything else is masked. */
export const PUBLIC_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

function appError(code: PublicErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = () => appError('UNAUTHENTICATED', 'Sign in to continue');
export const forbidden = (message = 'Not allowed') => appError('FORBIDDEN', message);
export const notFound = (what = 'Object') => appError('NOT_FOUND', `${what} not found`);
/** The state changed under the request, or it repeats what exists; `field` names what clashed. */
export const conflict = (message: string, field?: string) => appError('CONFLICT', message, field ? { field } : {});

/**
 * Bad input on one field. `reason` is a stable word (tooShort, invalid, taken…) that the
 * client turns into a sentence in the user's language.
 */
export const badInput = (field: string, reason: string, message: string) =>
  appError('BAD_USER_INPUT', message, { field, reason });

export const rateLimited = (retryAfterSeconds: number) =>
  appError('RATE_LIMITED', `Too many attempts: retry in ${retryAfterSeconds} s`, {
    retryAfter: retryAfterSeconds,
  });
