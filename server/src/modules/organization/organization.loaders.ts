import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from './organization.entity';

/** Organisations by id, one query per batch: a list of people costs one lookup of their comuni. */
export function organizationLoader(em: EntityManager): DataLoader<string, Organization | null> {
  return new DataLoader(async (ids) => {
    const found = await em.find(Organization, { id: { $in: [...ids] } });
    const byId = new Map(found.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
