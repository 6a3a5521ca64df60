import base from './vitest.config.mts';

// Tests that need a real PostgreSQL server (LISTEN/NOTIFY between processes): `npm run test:cluster`
// with TEST_DATABASE_URL; `.ci/run` runs them on the server it starts.
export default {
  ...base,
  test: { ...base.test, include: ['src/**/*.cluster.test.ts'], exclude: ['**/node_modules/**'] },
};
