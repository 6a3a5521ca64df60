import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Counters of rate-limiter-flexible's PostgreSQL store. Mapped so that migrations own the
 * table; the library reads and writes it with its own atomic upserts.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
