import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type http from 'node:http';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Context } from './context';
import { formatError } from './format-error';
import { assertAffordable } from './query-cost';
import { identifyViewer } from './context-factory';
import { createInputGuard, type InputGuard } from './input-guard';
import { APPLICATION_JSON, graphqlMediaType } from '../http/media-type';

/** Query limits: checked while validating, so a hostile query is refused before any SQL runs. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxTokens: 2000, maxDirectives: 20 };

/**
 * Checks the operation's cost and its arguments with its variables, then resolves the viewer: an
 * operation refused by parsing, validation, the limits or its arguments costs no SQL at all, not
 * even the session lookup. A bad argument is answered like the resolvers' own BAD_USER_INPUT
 * (an error with its path, `data: null`, status 200); variables of the wrong type are left to
 * execution, which refuses them before any resolver runs.
 */
function inputsThenViewer(guard: InputGuard): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let refused: GraphQLFormattedError | undefined;
      return {
        async didResolveOperation({ contextValue, schema, operation, document, request }) {
          // No operation to run (an unknown operationName): execution says so, without the viewer.
          if (!operation) return;
          const variables = request.variables ?? {};
          assertAffordable(schema, operation, document, variables, QUERY_LIMITS.maxCost);
          const verdict = await guard.check(document, operation, variables);
          if (verdict.kind === 'badVariables') return;
          if (verdict.kind === 'refused') {
            refused = formatError(verdict.error.toJSON(), verdict.error);
            return;
          }
          await identifyViewer(contextValue);
        },
        async responseForOperation() {
          if (!refused) return null;
          return { http: { status: 200, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: null, errors: [refused] } } };
        },
      };
    },
  };
}

/** Refusals of a well-formed GraphQL-over-HTTP request, by Apollo's codes before formatError maps them. */
const GRAPHQL_REQUEST_REFUSALS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that asked for application/graphql-response+json learns of a
 * refused GraphQL request (syntax, validation, limits, variables) from the status, 400; a legacy
 * application/json client gets 200 and reads the errors, since proxies may hide the body of a
 * 4xx. A request that is not GraphQL over HTTP at all (no query, a query that is not a string,
 * malformed JSON, CSRF) keeps its 4xx whatever it accepts.
 */
const statusForMediaType: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    let wellFormed = true;
    return {
      async didEncounterErrors({ errors }) {
        wellFormed &&= errors.every((error) => GRAPHQL_REQUEST_REFUSALS.has(String(error.extensions?.code)));
      },
      async willSendResponse({ request, response }) {
        if (!wellFormed || response.body.kind !== 'single' || response.http.status !== 400) return;
        if (graphqlMediaType(request.http?.headers.get('accept')) === APPLICATION_JSON) response.http.status = 200;
      },
    };
  },
};

/** Logs every error that is not a public one with the request id, and tells the client that id. */
const internalErrorLogging: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
            const cause = error.originalError ?? error;
            contextValue.log.error({ err: cause, operationName, path: error.path?.join('.') }, 'graphql request failed');
          }
        }
      },
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
};

export function createApolloServer(schema: GraphQLSchema, httpServer: http.Server, config: Config) {
  const armor = new ApolloArmor({
    // The standard introspection query (under __schema) is exempt; __type nesting still counts.
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // graphql-armor's cost counts `first: $n` as 1; queryCostLimit below reads the variables.
    costLimit: { enabled: false },
    // graphql-armor counts tokens by parsing in a plugin hook, where an error answers 500; graphql-js
    // counts them itself while Apollo parses (parseOptions below): a syntax error, 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Field suggestions would describe the schema to someone who may not introspect it.
    blockFieldSuggestion: { enabled: config.env === 'production' },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema,
    introspection: config.env !== 'production',
    csrfPrevention: true,
    // main.ts owns the signals and shuts down in order: database last.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      inputsThenViewer(createInputGuard(schema)),
      statusForMediaType,
      internalErrorLogging,
      // Apollo's landing page is HTML loading scripts from Apollo's CDN, which the hub's CSP
      // refuses and a public administration's site should not load anyway; GET /graphql answers JSON.
      ApolloServerPluginLandingPageDisabled(),
      // The hub sends no Cache-Control hints, and the plugin wraps every field's resolver to compute them.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });
}
