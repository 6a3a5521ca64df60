import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { carry, inOrder } from '../../lib/by-id-loader';
import { leanQuery, leanReader } from '../../db/lean-rows';
import { Organization } from '../organization/organization.entity';
import { User } from './user.entity';

export type OrganizationLoader = DataLoader<string, Organization | null>;

/** The select list of a person and their organisation, the organisation's columns under `<prefix>o.`. */
export function userWithOrganizationColumns(em: EntityManager, userAlias: string, orgAlias: string, prefix = ''): string {
  return `${leanReader(em, User).columns(userAlias, prefix)}, ${leanReader(em, Organization).columns(orgAlias, `${prefix}o.`)}`;
}

/** A person read with `userWithOrganizationColumns`, their organisation attached and handed to `organizations`. */
export function readUserWithOrganization(em: EntityManager, row: Record<string, unknown>, organizations: OrganizationLoader, prefix = ''): User {
  const user = leanReader(em, User).read(row, prefix);
  const organization = leanReader(em, Organization).read(row, `${prefix}o.`);
  organizations.prime(organization.id, organization);
  carry(user, 'organization', organization);
  return user;
}

/**
 * People as lean rows, each with their organisation in the same statement: wherever a person is
 * shown, so is their comune.
 */
export function leanUserLoader(em: EntityManager, organizations: OrganizationLoader) {
  return new DataLoader<string, User | null>(async (ids) => {
    const rows = await leanQuery(
      em,
      `select ${userWithOrganizationColumns(em, 'u', 'o')} from app_user u join organization o on o.id = u.organization_id where u.id = any(?)`,
      [[...ids]],
    );
    return inOrder(ids, rows.map((row) => readUserWithOrganization(em, row, organizations)));
  });
}
