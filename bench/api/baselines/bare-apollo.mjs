// Baseline of bench:api for S1: bare Apollo Server 5 behind express 5 and
// @as-integrations/express5, the HTTP integration the hub uses, with a four-field schema whose
// data sits in memory. What the hub spends on S1 beyond this is its own work: session, ORM,
// policies, plugins, middleware.
//
//   DATABASE_URL=… PORT=… node bench/api/baselines/bare-apollo.mjs
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import pg from 'pg';

const typeDefs = `
  type Community { id: ID! slug: String! name: String! memberCount: Int! }
  type Query { community(slug: String!): Community }
`;

// The communities are read once at start, so the answers carry the same values as the hub's.
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const { rows } = await client.query('select id, slug, name, member_count as "memberCount" from community');
await client.end();
const communities = new Map(rows.map((row) => [row.slug, row]));

const server = new ApolloServer({ typeDefs, resolvers: { Query: { community: (_, { slug }) => communities.get(slug) ?? null } } });
await server.start();
const app = express();
app.disable('x-powered-by');
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(server));
const listener = app.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`bare Apollo baseline ready at http://127.0.0.1:${listener.address().port}`);
});
process.on('SIGTERM', () => listener.close(() => server.stop().then(() => process.exit(0))));
