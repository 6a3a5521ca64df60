import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Context } from './context';
import { formatError } from './format-error';
import { assertAffordable } from './query-cost';
import { identifyViewer } from './context-factory';

/** Query limits: checked while validating, so a hostile query is refused before any SQL runs. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxTokens: 2000, maxDirectives: 20 };

/**
 * Checks the operation's cost with its variables, then resolves the viewer: an operation refused
 * by parsing, validation or the limits costs no SQL at all.
 */
const costThenViewer: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, schema, operation, document, request }) {
        if (operation) assertAffordable(schema, operation, document, request.variables ?? {}, QUERY_LIMITS.maxCost);
        await identifyViewer(contextValue);
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
    maxTokens: { n: QUERY_LIMITS.maxTokens },
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
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      costThenViewer,
      internalErrorLogging,
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });
}
