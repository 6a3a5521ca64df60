import type { EntityManager } from '@mikro-orm/postgresql';
import { AffiliationStatus, PlatformRole, User } from '../modules/account/user.entity';
import { Organization } from '../modules/organization/organization.entity';
import { hashPassword } from '../lib/password';
import { loadDemoCommunities } from './demo-communities';

interface DemoPerson {
  email: string;
  displayName: string;
  jobTitle: string;
  /** ANCI staff who run the hub. */
  admin?: boolean;
  /** Verifies the affiliations claimed to their organisation. */
  referente?: boolean;
  /** ISTAT code of the comune, or the name of a partner organisation. */
  organization: { istatCode: string } | { name: string };
}

/** The people of the demo, drawn from the Centro di Competenza's own material (see shared seeds). */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: 'giulia.ferrari@demo.cantiere.it',
    displayName: 'Giulia Ferrari',
    jobTitle: 'Facilitatrice, Centro di Competenza',
    organization: { name: 'ANCI Lombardia' },
    admin: true,
  },
  {
    email: 'sara.galli@demo.cantiere.it',
    displayName: 'Sara Galli',
    jobTitle: 'Esperta dello sportello: PNRR e appalti',
    organization: { name: 'ANCI Lombardia' },
  },
  {
    email: 'marco.rota@demo.cantiere.it',
    displayName: 'Marco Rota',
    jobTitle: 'Responsabile ufficio tecnico',
    referente: true,
    organization: { istatCode: '016226' }, // Valleve (BG), 136 abitanti, alta Val Brembana
  },
  {
    email: 'laura.colombo@demo.cantiere.it',
    displayName: 'Laura Colombo',
    jobTitle: 'Funzionaria, Servizio progetti PNRR',
    organization: { istatCode: '016024' }, // Bergamo, capoluogo
  },
  {
    email: 'paolo.bianchi@demo.cantiere.it',
    displayName: 'Paolo Bianchi',
    jobTitle: 'Ricercatore, cooperazione intercomunale',
    organization: { name: 'Università di Milano-Bicocca' },
  },
];

/** Loads the demo people and their communities on a database without users; returns whether it did. */
export async function loadDemoData(em: EntityManager, password: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(7340002)');
    if ((await tx.count(User, {})) > 0) return false;
    const passwordHash = await hashPassword(password);
    const people: User[] = [];
    for (const person of DEMO_PEOPLE) {
      const organization = await tx.findOneOrFail(Organization, person.organization);
      const { admin, referente, ...fields } = person;
      // The demo people are who they say they are: their affiliations are verified.
      people.push(
        tx.create(User, {
          ...fields,
          organization,
          passwordHash,
          affiliationStatus: AffiliationStatus.VERIFIED,
          affiliationDecidedAt: new Date(),
          referente: referente ?? false,
          platformRole: admin ? PlatformRole.ADMIN : null,
        }),
      );
    }
    await loadDemoCommunities(tx, people);
    return true;
  });
}
