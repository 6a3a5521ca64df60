import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';

export function userLoader(em: EntityManager) {
  return new DataLoader<string, User | null>(async (ids) => {
    const found = await em.find(User, { id: { $in: [...ids] } });
    const byId = new Map(found.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
