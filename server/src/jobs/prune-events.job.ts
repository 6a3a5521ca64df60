import type { JobDefinition } from './job-runner';

export const PRUNE_EVENTS = 'prune-events';

/**
 * Hourly, deletes the events older than `retentionDays` (config `eventRetentionDays`): a client
 * that asks to replay from before the oldest kept event is told to resync.
 */
export function pruneEventsJob(retentionDays: number): JobDefinition {
  return {
    name: PRUNE_EVENTS,
    schedule: '17 * * * *',
    async run(_payload, { query, log }) {
      const { rowCount } = await query('delete from event where created_at < now() - make_interval(days => $1)', [retentionDays]);
      if (rowCount) log.info('old events pruned', { deleted: rowCount, retentionDays });
    },
  };
}
