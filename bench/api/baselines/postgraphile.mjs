// Baseline of bench:api for S2 and S3: PostGraphile v4 over the hub's own tables (schema
// public), its HTTP handler on node:http, mutations off. It has no sessions: it does less per
// request than the hub (no authentication, no read rule), which is how the comparison was asked.
//
// thread.last_post_id has no foreign key in the hub's schema; a smart tag given here, in
// memory, tells PostGraphile it points at a post, so the feed's last post is one relation like
// the others. Nothing in the database changes.
//
//   DATABASE_URL=… PORT=… node bench/api/baselines/postgraphile.mjs
import http from 'node:http';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';

const require = createRequire(import.meta.url);

// PostGraphile 4 needs graphql 15 and brings its own copy, but its plugins (graphile-build,
// postgraphile-core) take graphql as a peer and would find the repository's graphql 16, which
// the hub uses: two copies of graphql in one schema do not work. In this process, every
// `graphql` is PostGraphile's.
const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
const fromPostgraphile = { id: postgraphileDir, filename: path.join(postgraphileDir, 'index.js'), paths: Module._nodeModulePaths(postgraphileDir) };
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const graphql = request === 'graphql' || request.startsWith('graphql/');
  return resolveFilename.call(this, request, graphql ? fromPostgraphile : parent, ...rest);
};
const { postgraphile, makeJSONPgSmartTagsPlugin } = require('postgraphile');

const lastPostTag = makeJSONPgSmartTagsPlugin({
  version: 1,
  config: { class: { thread: { tags: { foreignKey: '(last_post_id) references post (id)' } } } },
});

// The same pool size as the hub's.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const handler = postgraphile(pool, 'public', {
  disableDefaultMutations: true,
  appendPlugins: [lastPostTag],
  graphiql: false,
  watchPg: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  dynamicJson: true,
});

// Introspection happens once, before the port opens: no measured request waits for it.
await handler.getGraphQLSchema();
const server = http.createServer(handler);
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`PostGraphile baseline ready at http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => handler.release().then(() => pool.end()).then(() => process.exit(0))));
