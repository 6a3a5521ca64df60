import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Organization, OrganizationKind } from '../modules/organization/organization.entity';
import { foldForSearch } from '../lib/text';
import { ensureHelpDesk } from '../modules/helpdesk/helpdesk.service';

/** Fonte: ISTAT (CC BY 3.0 IT), shipped with the project: see server/reference/README.md. */
const COMUNI_FILE = path.resolve(__dirname, '../../reference/comuni-lombardia.json');

interface ComuneRow {
  istatCode: string;
  name: string;
  province: string;
  provinceName: string;
  population2011: number;
  cadastralCode: string;
}

/**
 * The partner organisations, with the email domains of their staff as their websites publish them.
 * No domain is shipped for comuni: their addresses vary too much to be sure, and a wrong one would
 * open a comune's private questions. Admins add domains in the hub.
 */
export const PARTNER_ORGANIZATIONS: Array<{ name: string; kind: OrganizationKind; website: string; emailDomains: string[] }> = [
  { name: 'ANCI Lombardia', kind: OrganizationKind.ASSOCIATION, website: 'https://www.anci.lombardia.it', emailDomains: ['anci.lombardia.it'] },
  { name: 'Regione Lombardia', kind: OrganizationKind.REGION, website: 'https://www.regione.lombardia.it', emailDomains: ['regione.lombardia.it'] },
  { name: 'Università di Milano-Bicocca', kind: OrganizationKind.UNIVERSITY, website: 'https://www.unimib.it', emailDomains: ['unimib.it'] },
  { name: 'Università di Bergamo', kind: OrganizationKind.UNIVERSITY, website: 'https://www.unibg.it', emailDomains: ['unibg.it'] },
  { name: 'Politecnico di Milano', kind: OrganizationKind.UNIVERSITY, website: 'https://www.polimi.it', emailDomains: ['polimi.it'] },
];

export function readComuni(): ComuneRow[] {
  return JSON.parse(fs.readFileSync(COMUNI_FILE, 'utf8')) as ComuneRow[];
}

/**
 * Loads the 1,502 comuni and the partner organisations. Idempotent and cheap when done:
 * one count per start, then inserts only what is missing.
 */
export async function loadReferenceData(em: EntityManager): Promise<{ inserted: number }> {
  const comuni = readComuni();
  return em.transactional(async (tx) => {
    // Two processes starting together on one server must not both insert.
    await tx.execute('select pg_advisory_xact_lock(7340001)');
    const municipalities = await tx.count(Organization, { kind: OrganizationKind.MUNICIPALITY });
    const partners = await tx.count(Organization, { name: { $in: PARTNER_ORGANIZATIONS.map((p) => p.name) } });
    await ensureHelpDesk(tx);
    // Partners that predate their domains get them; domains an admin set are kept.
    for (const partner of PARTNER_ORGANIZATIONS) {
      const domains = `{${partner.emailDomains.join(',')}}`;
      await tx.execute(`update organization set email_domains = cast(? as text[]) where name = ? and email_domains = '{}'`, [domains, partner.name]);
    }
    if (municipalities >= comuni.length && partners >= PARTNER_ORGANIZATIONS.length) return { inserted: 0 };

    const knex = tx.getKnex();
    const now = new Date();
    const municipalityRows = comuni.map((c) => ({
      id: randomUUID(),
      kind: OrganizationKind.MUNICIPALITY,
      name: c.name,
      search_name: foldForSearch(c.name),
      istat_code: c.istatCode,
      province: c.province,
      province_name: c.provinceName,
      population: c.population2011,
      cadastral_code: c.cadastralCode,
      created_at: now,
    }));
    let inserted = 0;
    for (let i = 0; i < municipalityRows.length; i += 500) {
      const result = await tx.execute(
        knex('organization').insert(municipalityRows.slice(i, i + 500)).onConflict('istat_code').ignore().returning('id'),
      );
      inserted += result.length;
    }
    const existing = new Set(
      (await tx.find(Organization, { name: { $in: PARTNER_ORGANIZATIONS.map((p) => p.name) } })).map((o) => o.name),
    );
    for (const partner of PARTNER_ORGANIZATIONS.filter((p) => !existing.has(p.name))) {
      tx.create(Organization, { ...partner, searchName: foldForSearch(partner.name) });
      inserted++;
    }
    return { inserted };
  });
}
