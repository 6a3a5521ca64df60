'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261126120655_event_log extends Migration {

  async up() {
    this.addSql(`create table "event" ("id" bigserial primary key, "scope" text not null, "seq" int not null, "type" text not null, "payload" jsonb not null, "actor_id" uuid null, "created_at" timestamptz not null);`);
    this.addSql(`create index "event_created_at_index" on "event" ("created_at");`);
    this.addSql(`alter table "event" add constraint "event_scope_seq_unique" unique ("scope", "seq");`);

    this.addSql(`create table "event_scope" ("scope" text not null, "last_seq" int not null, constraint "event_scope_pkey" primary key ("scope"));`);

    this.addSql(`create table "socket_io_attachments" ("id" bigserial primary key, "created_at" timestamptz null default now(), "payload" bytea null);`);
  }

  async down() {
    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "event_scope" cascade;`);

    this.addSql(`drop table if exists "socket_io_attachments" cascade;`);
  }

}
exports.Migration20261126120655_event_log = Migration20261126120655_event_log;
