import http from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../lib/logger';
import { APPLICATION_JSON, graphqlMediaType } from './media-type';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
}

/** What body-parser found wrong with a request body: a stable reason word and a sentence. */
const BODY_PROBLEMS: Record<string, { reason: string; message: (error: HttpError) => string }> = {
  'entity.parse.failed': { reason: 'invalidJson', message: () => 'The request body is not valid JSON' },
  'entity.too.large': {
    reason: 'tooLarge',
    message: (error) => `The request body is larger than ${Math.round((error.limit ?? 0) / 1024)} kB`,
  },
  'charset.unsupported': { reason: 'unsupportedCharset', message: () => 'The request body must be encoded in UTF-8' },
  'encoding.unsupported': { reason: 'unsupportedEncoding', message: () => 'The request body has a content encoding the hub does not read' },
  'request.aborted': { reason: 'aborted', message: () => 'The request body was cut short' },
  'request.size.invalid': { reason: 'aborted', message: () => 'The request body does not match its Content-Length' },
};

function statusOf(error: HttpError): number {
  const status = error.status ?? error.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** A GraphQL-shaped answer, so that a GraphQL client reads every refusal the same way. */
function sendGraphQLError(req: Request, res: Response, status: number, message: string, extensions: Record<string, unknown>) {
  const mediaType = graphqlMediaType(req.headers.accept) ?? APPLICATION_JSON;
  res.status(status).type(`${mediaType}; charset=utf-8`).send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * Refusals of /graphql bodies that never reach Apollo (malformed JSON, too large, not UTF-8):
 * 400, 413 or 415 with a GraphQL error in the closed set of codes, never Express's HTML page.
 */
export const graphqlBodyErrors: ErrorRequestHandler = (error: HttpError, req, res, next) => {
  const problem = error.type ? BODY_PROBLEMS[error.type] : undefined;
  if (!problem || res.headersSent) return next(error);
  sendGraphQLError(req, res, statusOf(error), problem.message(error), { code: 'BAD_USER_INPUT', reason: problem.reason });
};

/** Any path nobody serves (/graphql is all Apollo's): a short JSON answer instead of Express's HTML page. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: 'Not found' });
};

/**
 * The last handler: a status and one line, never a stack or a path of the server's disk, in
 * every mode (Express's own handler prints the stack outside production). Server faults are
 * logged with their stack.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: HttpError, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status >= 500) log.error({ err: error, method: req.method, url: req.originalUrl }, 'http request failed');
    // Headers set for a response that failed on the way (a precompressed file) do not describe this one.
    res.removeHeader('Content-Encoding');
    const message = status >= 500 ? 'Internal server error' : (http.STATUS_CODES[status] ?? 'Bad request');
    if (req.path.startsWith('/graphql')) {
      sendGraphQLError(req, res, status, message, { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT' });
      return;
    }
    res.status(status).json({ error: message });
  };
}
