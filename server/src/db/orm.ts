import path from 'node:path';
import { MikroORM, PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { REPO_ROOT } from '../config';
import { entities } from './entities';

export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'migrations');

export interface OrmOptions {
  clientUrl: string;
  poolMax: number;
  /** Called with every SQL statement; tests count them. */
  onQuery?: (sql: string) => void;
}

/** The ORM configuration shared by the server, the migration commands and the tests. */
export function ormOptions({ clientUrl, poolMax, onQuery }: OrmOptions) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    // Entities carry explicit types on every decorator: no reflection or TS parsing needed.
    discovery: { requireEntitiesArray: true },
    debug: onQuery ? ['query'] : false,
    logger: onQuery ? (message: string) => onQuery(message) : () => undefined,
    migrations: {
      path: MIGRATIONS_DIR,
      glob: '!(*.d).js',
      emit: 'js',
      snapshot: true,
      snapshotName: '.snapshot-cantiere',
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
  });
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(options));
}
