import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PUBLIC_ERROR_CODES } from '../errors';

/** Errors of the request itself (syntax, unknown field, limits): safe to explain to the caller. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface ValidationError {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationError[];
}

const CONSTRAINT_REASONS: Record<string, string> = {
  isEmail: 'invalid',
  minLength: 'tooShort',
  trimmedMinLength: 'tooShort',
  maxLength: 'tooLong',
  min: 'outOfRange',
  max: 'outOfRange',
  matches: 'invalid',
  isUuid: 'invalid',
  isIn: 'invalid',
};

function firstInvalidField(errors: ValidationError[], prefix = ''): { field: string; reason: string; message: string } {
  const [first] = errors;
  const field = prefix ? `${prefix}.${first.property}` : first.property;
  if (!first.constraints && first.children?.length) return firstInvalidField(first.children, field);
  const [constraint, message] = Object.entries(first.constraints ?? { invalid: `${field} is invalid` })[0];
  return { field, reason: CONSTRAINT_REASONS[constraint] ?? 'invalid', message };
}

function isPublicError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && (PUBLIC_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Keeps the closed set of public codes and turns anything else into INTERNAL_SERVER_ERROR
 * without a message, path of a stack or SQL. The request id to quote is added by the logging plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
  const validationErrors = original?.extensions?.validationErrors as ValidationError[] | undefined;
  if (validationErrors?.length) {
    const { field, reason, message } = firstInvalidField(validationErrors);
    return { message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field, reason } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    // A malformed or over-limit query is the caller's mistake, told in the closed set of codes.
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', reason: 'invalidQuery' } };
  }
  if (isPublicError(formatted)) {
    const { code, field, reason, retryAfter } = formatted.extensions ?? {};
    const extensions = Object.fromEntries(
      Object.entries({ code, field, reason, retryAfter }).filter(([, value]) => value !== undefined),
    );
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
