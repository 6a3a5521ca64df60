'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { Migration } = require('@mikro-orm/migrations');

class Migration20261202140638_affiliations_and_appointments extends Migration {

  async up() {
    this.addSql(`create type "affiliation_status" as enum ('CLAIMED', 'VERIFIED', 'DECLINED');`);
    this.addSql(`create type "platform_role" as enum ('ADMIN');`);
    this.addSql(`create table "appointment" ("id" uuid not null, "community_id" uuid not null, "actor_id" uuid null, "user_id" uuid not null, "from_role" "member_role" null, "to_role" "member_role" null, "status" "membership_status" null, "created_at" timestamptz not null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_community_id_created_at_index" on "appointment" ("community_id", "created_at");`);

    this.addSql(`alter table "appointment" add constraint "appointment_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appointment" add constraint "appointment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organization" add column "email_domains" text[] not null default '{}';`);

    this.addSql(`alter table "app_user" add column "affiliation_status" "affiliation_status" not null default 'CLAIMED', add column "affiliation_decided_at" timestamptz null, add column "affiliation_decided_by_id" uuid null, add column "referente" boolean not null default false, add column "platform_role" "platform_role" null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_affiliation_decided_by_id_foreign" foreign key ("affiliation_decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter type "notification_kind" add value if not exists 'AFFILIATION_REQUEST' after 'INVITATION';`);

    this.addSql(`alter type "notification_kind" add value if not exists 'AFFILIATION_VERIFIED' after 'AFFILIATION_REQUEST';`);

    this.addSql(`alter type "notification_kind" add value if not exists 'AFFILIATION_DECLINED' after 'AFFILIATION_VERIFIED';`);

    // Existing people: an affiliation is verified where the email is on the organisation's own
    // domain (the partners' domains, as the reference data ships them) and for the demo people;
    // everyone else's is a claim until a referente or an admin verifies it.
    this.addSql(`update "organization" set "email_domains" = d.domains from (values
      ('ANCI Lombardia', array['anci.lombardia.it']), ('Regione Lombardia', array['regione.lombardia.it']),
      ('Università di Milano-Bicocca', array['unimib.it']), ('Università di Bergamo', array['unibg.it']),
      ('Politecnico di Milano', array['polimi.it'])) as d(name, domains) where "organization"."name" = d.name;`);
    this.addSql(`update "app_user" u set "affiliation_status" = 'VERIFIED', "affiliation_decided_at" = now()
      from "organization" o where o.id = u.organization_id
       and (split_part(u.email, '@', 2) = any(o.email_domains) or u.email like '%@demo.cantiere.it');`);
    this.addSql(`update "app_user" set "platform_role" = 'ADMIN' where "email" = 'giulia.ferrari@demo.cantiere.it';`);
    this.addSql(`update "app_user" set "referente" = true where "email" = 'marco.rota@demo.cantiere.it';`);
    // A question asked under a claim is its asker's alone (and the experts'), not the organisation's.
    this.addSql(`update "thread" t set "asker_organization_id" = null from "app_user" u
      where u.id = t.author_id and u.affiliation_status <> 'VERIFIED' and t.asker_organization_id is not null;`);
  }

  async down() {
    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_affiliation_decided_by_id_foreign";`);

    this.addSql(`alter table "app_user" drop column "affiliation_status", drop column "affiliation_decided_at", drop column "affiliation_decided_by_id", drop column "referente", drop column "platform_role";`);

    this.addSql(`alter table "organization" drop column "email_domains";`);

    this.addSql(`drop type "affiliation_status";`);
    this.addSql(`drop type "platform_role";`);
  }

}
exports.Migration20261202140638_affiliations_and_appointments = Migration20261202140638_affiliations_and_appointments;
