'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261126112822_init extends Migration {

  async up() {
    this.addSql(`create type "organization_kind" as enum ('MUNICIPALITY', 'UNION_OF_MUNICIPALITIES', 'MOUNTAIN_COMMUNITY', 'PROVINCE', 'REGION', 'ASSOCIATION', 'UNIVERSITY', 'OTHER');`);
    this.addSql(`create table "organization" ("id" uuid not null, "kind" "organization_kind" not null, "name" text not null, "search_name" text not null, "istat_code" text null, "province" text null, "province_name" text null, "population" int null, "cadastral_code" text null, "website" text null, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_istat_code_unique" unique ("istat_code");`);
    this.addSql(`create index "organization_province_index" on "organization" ("province");`);
    this.addSql(`create index "organization_population_index" on "organization" ("population");`);
    this.addSql(`create index "organization_search_name_idx" on "organization" ("search_name" text_pattern_ops);`);

    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" text not null, "password_hash" text not null, "display_name" text not null, "organization_id" uuid not null, "job_title" text not null, "locale" text not null default 'it', "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_organization_id_index" on "app_user" ("organization_id");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "user_agent" text null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

}
exports.Migration20261126112822_init = Migration20261126112822_init;
