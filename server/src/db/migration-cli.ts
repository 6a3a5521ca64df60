import 'reflect-metadata';
import { startEmbeddedInMemory } from './embedded';
import { checkConnection } from './database';
import { openOrm } from './orm';

/**
 * `create [name]`: writes a migration for what the entities changed.
 * `check`: fails when the entities need a migration that is not written yet.
 * Both run the existing migrations on a scratch database first: DATABASE_URL (a throw-away
 * database!) when set, otherwise an in-memory embedded PostgreSQL.
 */
async function main() {
  const [command, name] = process.argv.slice(2);
  if (command !== 'create' && command !== 'check') {
    console.error('usage: migration-cli create [name] | check');
    process.exit(2);
  }
  if (name !== undefined && !/^[a-z0-9_]+$/i.test(name)) {
    console.error('a migration name is letters, digits and underscores (it becomes a class name)');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (url) await checkConnection(url);
  const scratch = url ? null : await startEmbeddedInMemory();
  const orm = await openOrm({ clientUrl: url ?? scratch!.clientUrl, poolMax: 1 });
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    if (command === 'check') {
      if (await migrator.checkMigrationNeeded()) {
        const { diff } = await migrator.createMigration(undefined, false, false, undefined);
        console.error('The entities differ from the migrations; run `npm run migration:create -- <name>`:');
        console.error(diff.up.join('\n'));
        process.exitCode = 1;
      } else {
        console.log('migrations match the entities');
      }
      return;
    }
    const initial = (await migrator.getExecutedMigrations()).length === 0;
    const result = await migrator.createMigration(undefined, false, initial, name);
    console.log(result.fileName ? `wrote migrations/${result.fileName}` : 'no changes: no migration written');
  } finally {
    await orm.close();
    await scratch?.close();
  }
}

void main();
