import type { EntityManager } from '@mikro-orm/postgresql';
import { organizationLoader } from '../modules/organization/organization.loaders';

/** Every DataLoader of one request; built in the context factory so no cache outlives it. */
export function createLoaders(em: EntityManager) {
  return {
    organization: organizationLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
