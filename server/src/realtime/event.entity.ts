import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One row per change that others must see: the source of every live update and of the replay
 * a reconnecting client asks for. `seq` counts without gaps within a scope.
 */
@Entity({ tableName: 'event' })
@Unique({ properties: ['scope', 'seq'] })
@Index({ properties: ['createdAt'] })
export class Event {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** community:<id>, thread:<id>, workshop:<id>, document:<id> or user:<id>. */
  @Property({ type: 'text' })
  scope!: string;

  @Property({ type: 'integer' })
  seq!: number;

  /** e.g. post.created */
  @Property({ type: 'text' })
  type!: string;

  /** Ids and what changed: never text that some members of the scope's room may not read. */
  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The last sequence number of each scope; its row lock makes concurrent writers take turns. */
@Entity({ tableName: 'event_scope' })
export class EventScope {
  @PrimaryKey({ type: 'text' })
  scope!: string;

  @Property({ type: 'integer' })
  lastSeq!: number;
}

/** Broadcasts too large for NOTIFY, as socket.io's PostgreSQL adapter stores them. */
@Entity({ tableName: 'socket_io_attachments' })
export class SocketIoAttachment {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', nullable: true })
  createdAt?: Date;

  @Property({ type: 'blob', nullable: true })
  payload?: Buffer;
}
