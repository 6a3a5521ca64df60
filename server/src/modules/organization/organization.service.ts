import type { Knex } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import type { Context } from '../../graphql/context';
import { connectionOf, windowOf, type ConnectionShape } from '../../graphql/connection';
import { foldForSearch } from '../../lib/text';
import { Organization, OrganizationKind, SIZE_BAND_RANGES, SizeBand } from './organization.entity';
import { Municipality } from './municipality.type';
import type { MunicipalitiesArgs, OrganizationsArgs } from './organization.inputs';

interface Rank {
  sql: string;
  bindings: string[];
}

interface NameSearch {
  search?: string | null;
}

/**
 * Adds a name match and its rank to a query: names that start with the text first, then names
 * with a word that starts with it, then names that merely contain it.
 */
function matchName(query: Knex.QueryBuilder, { search }: NameSearch): Rank | null {
  const folded = foldForSearch(search ?? '');
  if (!folded) return null;
  query.where('search_name', 'like', `%${folded}%`);
  return {
    sql: 'case when search_name like ? then 0 when search_name like ? then 1 else 2 end',
    bindings: [`${folded}%`, `% ${folded}%`],
  };
}

async function page(
  ctx: Context,
  filter: (query: Knex.QueryBuilder) => Rank | null,
  args: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<Organization>> {
  const window = windowOf(args.first, args.after);
  const knex = ctx.em.getKnex();
  const rows = knex('organization').select('*');
  const rank = filter(rows);
  const count = rows.clone().clearSelect().count<{ count: string }[]>('* as count');
  if (rank) rows.orderByRaw(rank.sql, rank.bindings);
  rows.orderBy([{ column: 'name' }, { column: 'id' }]).offset(window.offset).limit(window.limit);
  const [found, [{ count: total }]] = await Promise.all([ctx.em.execute(rows), ctx.em.execute(count)]);
  const organizations = (found as Record<string, unknown>[]).map((row) => ctx.em.map(Organization, row));
  return connectionOf(organizations, window, Number(total));
}

export async function findMunicipalities(ctx: Context, args: MunicipalitiesArgs): Promise<ConnectionShape<Municipality>> {
  const result = await page(
    ctx,
    (query) => {
      query.where('kind', OrganizationKind.MUNICIPALITY);
      if (args.province) query.where('province', args.province.toUpperCase());
      if (args.sizeBand) {
        const [min, max] = SIZE_BAND_RANGES[args.sizeBand as SizeBand];
        query.where('population', '>=', min);
        if (max !== null) query.where('population', '<=', max);
      }
      return matchName(query, args);
    },
    args,
  );
  return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: Municipality.from(e.node) })) };
}

export async function findOrganizations(ctx: Context, args: OrganizationsArgs): Promise<ConnectionShape<Organization>> {
  return page(
    ctx,
    (query) => {
      if (args.kinds?.length) query.whereIn('kind', args.kinds);
      return matchName(query, args);
    },
    args,
  );
}

export async function findMunicipality(ctx: Context, istatCode: string): Promise<Municipality | null> {
  const org = await ctx.em.findOne(Organization, { istatCode, kind: OrganizationKind.MUNICIPALITY });
  return org ? Municipality.from(org) : null;
}

export async function findOrganization(ctx: Context, id: string): Promise<Organization | null> {
  // Ids are UUIDs: anything else names no organisation (and must not reach PostgreSQL as one).
  return isUUID(id) ? ctx.em.findOne(Organization, { id }) : null;
}

export interface ProvinceSummary {
  code: string;
  name: string;
  municipalityCount: number;
  population: number;
}

/** The 12 provinces with how many comuni each has, for the directory filter and reports. */
export async function listProvinces(ctx: Context): Promise<ProvinceSummary[]> {
  const rows: Array<{ code: string; name: string; count: string; population: string }> = await ctx.em.execute(
    `select province as code, province_name as name, count(*) as count, coalesce(sum(population), 0) as population
       from organization where kind = 'MUNICIPALITY' group by province, province_name order by province_name`,
  );
  return rows.map((r) => ({ code: r.code, name: r.name, municipalityCount: Number(r.count), population: Number(r.population) }));
}
