'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261126115709_communities_threads_helpdesk extends Migration {

  async up() {
    this.addSql(`create type "notification_kind" as enum ('MENTION', 'REPLY', 'ANSWER', 'ASSIGNMENT', 'JOIN_REQUEST', 'JOIN_APPROVED', 'INVITATION');`);
    this.addSql(`create type "community_visibility" as enum ('PUBLIC', 'PRIVATE');`);
    this.addSql(`create type "community_kind" as enum ('PRACTICE', 'HELP_DESK');`);
    this.addSql(`create type "thread_kind" as enum ('DISCUSSION', 'ANNOUNCEMENT', 'QUESTION');`);
    this.addSql(`create type "question_status" as enum ('OPEN', 'ASSIGNED', 'ANSWERED', 'CLOSED');`);
    this.addSql(`create type "question_visibility" as enum ('PUBLIC', 'PRIVATE');`);
    this.addSql(`create type "reaction_kind" as enum ('LIKE', 'THANKS', 'AGREE', 'INSIGHTFUL');`);
    this.addSql(`create type "member_role" as enum ('OWNER', 'FACILITATOR', 'MEMBER', 'OBSERVER');`);
    this.addSql(`create type "membership_status" as enum ('ACTIVE', 'REQUESTED', 'INVITED');`);
    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "kind" "notification_kind" not null, "actor_id" uuid null, "community_id" uuid null, "thread_id" uuid null, "post_id" uuid null, "read_at" timestamptz null, "created_at" timestamptz not null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_created_idx" on "notification" ("user_id", "created_at");`);

    this.addSql(`create table "community" ("id" uuid not null, "slug" text not null, "name" text not null, "description" text not null, "themes" text[] not null, "visibility" "community_visibility" not null, "kind" "community_kind" not null default 'PRACTICE', "archived_at" timestamptz null, "member_count" int not null default 0, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "community_pkey" primary key ("id"));`);
    this.addSql(`alter table "community" add constraint "community_slug_unique" unique ("slug");`);

    this.addSql(`create table "thread" ("id" uuid not null, "community_id" uuid not null, "kind" "thread_kind" not null, "title" text not null, "author_id" uuid not null, "asker_organization_id" uuid null, "pinned" boolean not null default false, "locked" boolean not null default false, "reply_count" int not null default 0, "last_post_id" uuid null, "last_activity_at" timestamptz not null, "created_at" timestamptz not null, "status" "question_status" null, "visibility" "question_visibility" null, "assignee_id" uuid null, "accepted_post_id" uuid null, "tags" text[] not null, "first_answered_at" timestamptz null, "solved_at" timestamptz null, constraint "thread_pkey" primary key ("id"));`);
    this.addSql(`create index "thread_search_idx" on "thread" using gin (to_tsvector('italian', "title"));`);
    this.addSql(`create index "thread_community_activity_idx" on "thread" ("community_id", "pinned", "last_activity_at");`);

    this.addSql(`create table "post" ("id" uuid not null, "thread_id" uuid not null, "author_id" uuid not null, "parent_id" uuid null, "body" text not null, "created_at" timestamptz not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, constraint "post_pkey" primary key ("id"));`);
    this.addSql(`create index "post_search_idx" on "post" using gin (to_tsvector('italian', "body"));`);
    this.addSql(`create index "post_thread_created_idx" on "post" ("thread_id", "created_at");`);

    this.addSql(`create table "reaction" ("id" uuid not null, "post_id" uuid not null, "user_id" uuid not null, "kind" "reaction_kind" not null, "created_at" timestamptz not null, constraint "reaction_pkey" primary key ("id"));`);
    this.addSql(`alter table "reaction" add constraint "reaction_post_id_user_id_kind_unique" unique ("post_id", "user_id", "kind");`);

    this.addSql(`create table "post_revision" ("id" uuid not null, "post_id" uuid not null, "body" text not null, "replaced_at" timestamptz not null, constraint "post_revision_pkey" primary key ("id"));`);
    this.addSql(`create index "post_revision_post_id_index" on "post_revision" ("post_id");`);

    this.addSql(`create table "faq_entry" ("id" uuid not null, "question" text not null, "answer" text not null, "tags" text[] not null, "source_thread_id" uuid not null, "promoted_by_id" uuid not null, "created_at" timestamptz not null, constraint "faq_entry_pkey" primary key ("id"));`);
    this.addSql(`alter table "faq_entry" add constraint "faq_entry_source_thread_id_unique" unique ("source_thread_id");`);
    this.addSql(`create index "faq_entry_search_idx" on "faq_entry" using gin (to_tsvector('italian', "question" || ' ' || "answer"));`);

    this.addSql(`create table "membership" ("id" uuid not null, "community_id" uuid not null, "user_id" uuid not null, "role" "member_role" not null, "status" "membership_status" not null, "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(`alter table "membership" add constraint "membership_community_id_user_id_unique" unique ("community_id", "user_id");`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "community" add constraint "community_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "thread" add constraint "thread_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "thread" add constraint "thread_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "thread" add constraint "thread_asker_organization_id_foreign" foreign key ("asker_organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "thread" add constraint "thread_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "post" add constraint "post_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post" add constraint "post_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "reaction" add constraint "reaction_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reaction" add constraint "reaction_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "post_revision" add constraint "post_revision_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "faq_entry" add constraint "faq_entry_source_thread_id_foreign" foreign key ("source_thread_id") references "thread" ("id") on update cascade;`);
    this.addSql(`alter table "faq_entry" add constraint "faq_entry_promoted_by_id_foreign" foreign key ("promoted_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  async down() {
    this.addSql(`alter table "thread" drop constraint "thread_community_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_community_id_foreign";`);

    this.addSql(`alter table "post" drop constraint "post_thread_id_foreign";`);

    this.addSql(`alter table "faq_entry" drop constraint "faq_entry_source_thread_id_foreign";`);

    this.addSql(`alter table "reaction" drop constraint "reaction_post_id_foreign";`);

    this.addSql(`alter table "post_revision" drop constraint "post_revision_post_id_foreign";`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "thread" cascade;`);

    this.addSql(`drop table if exists "post" cascade;`);

    this.addSql(`drop table if exists "reaction" cascade;`);

    this.addSql(`drop table if exists "post_revision" cascade;`);

    this.addSql(`drop table if exists "faq_entry" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "community_visibility";`);
    this.addSql(`drop type "community_kind";`);
    this.addSql(`drop type "thread_kind";`);
    this.addSql(`drop type "question_status";`);
    this.addSql(`drop type "question_visibility";`);
    this.addSql(`drop type "reaction_kind";`);
    this.addSql(`drop type "member_role";`);
    this.addSql(`drop type "membership_status";`);
  }

}
exports.Migration20261126115709_communities_threads_helpdesk = Migration20261126115709_communities_threads_helpdesk;
