import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** What went wrong, in the terms of the hub's closed set of error codes. */
export interface Problem {
  code:
    | 'UNAUTHENTICATED'
    | 'FORBIDDEN'
    | 'NOT_FOUND'
    | 'BAD_USER_INPUT'
    | 'CONFLICT'
    | 'RATE_LIMITED'
    | 'INTERNAL_SERVER_ERROR'
    | 'NETWORK';
  /** The input field the server blamed, e.g. "email". */
  field?: string;
  /** A stable word such as tooShort, taken, wrongCredentials. */
  reason?: string;
  retryAfterSeconds?: number;
  requestId?: string;
}

const KNOWN_CODES = new Set<Problem['code']>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads an Apollo error (or anything thrown) as a Problem; never exposes the server's own wording. */
export function problemOf(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    const code = extensions.code as Problem['code'];
    if (!KNOWN_CODES.has(code)) return { code: 'INTERNAL_SERVER_ERROR', requestId: stringOrUndefined(extensions.requestId) };
    return {
      code,
      // Validation may name the argument too ("input.email"); the form only knows "email".
      field: stringOrUndefined(extensions.field)?.replace(/^input\./, ''),
      reason: stringOrUndefined(extensions.reason),
      retryAfterSeconds: typeof extensions.retryAfter === 'number' ? extensions.retryAfter : undefined,
      requestId: stringOrUndefined(extensions.requestId),
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return error.statusCode >= 500 ? { code: 'INTERNAL_SERVER_ERROR' } : { code: 'NETWORK' };
  }
  return { code: 'NETWORK' };
}

/** The sentence for a problem with one field, e.g. "La password deve avere almeno 12 caratteri." */
export function fieldMessage(t: TFunction, field: string, reason: string): string {
  return t([`errors.fields.${field}.${reason}`, `errors.reasons.${reason}`, 'errors.reasons.invalid']);
}

/** The sentence for a problem that is not about one field, in the interface language. */
export function problemMessage(t: TFunction, problem: Problem): string {
  switch (problem.code) {
    case 'BAD_USER_INPUT':
      return problem.field && problem.reason ? fieldMessage(t, problem.field, problem.reason) : t('errors.badInput');
    case 'RATE_LIMITED': {
      const seconds = problem.retryAfterSeconds ?? 60;
      return seconds < 60 ? t('errors.rateLimitedSeconds') : t('errors.rateLimitedMinutes', { count: Math.ceil(seconds / 60) });
    }
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'CONFLICT':
      return t('errors.conflict');
    case 'NETWORK':
      return t('errors.network');
    case 'INTERNAL_SERVER_ERROR':
      return problem.requestId ? t('errors.internal', { requestId: problem.requestId }) : t('errors.internalNoId');
  }
}
