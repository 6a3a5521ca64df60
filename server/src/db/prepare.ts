import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Logger } from '../lib/logger';
import { loadDemoData } from './demo-data';
import { loadReferenceData } from './reference-data';
import { grantAdminsByEmail } from '../modules/account/affiliation.service';

/** Brings a database up to date: pending migrations, the comuni, and the demo data where wanted. */
export async function prepareDatabase(orm: MikroORM, config: Config, log: Logger): Promise<{ demoLoaded: boolean }> {
  const applied = await orm.getMigrator().up();
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  const { inserted } = await loadReferenceData(orm.em.fork());
  if (inserted) log.info({ organizations: inserted }, 'reference data loaded');
  const demoLoaded = config.seedDemo ? await loadDemoData(orm.em.fork(), config.demoPassword) : false;
  if (demoLoaded) log.info('demo data loaded');
  const admins = await grantAdminsByEmail(orm.em.fork(), config.adminEmails);
  if (admins) log.info({ admins }, 'platform admins granted from ADMIN_EMAILS');
  return { demoLoaded };
}
