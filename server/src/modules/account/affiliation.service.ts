import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestScope } from '../../core/request-scope';
import { runUseCase } from '../../core/use-case';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { keysetConnectionOf, keysetWindowOf, afterCreated } from '../../graphql/connection';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import { Organization } from '../organization/organization.entity';
import { userScope } from './account.scope';
import { requireViewer } from './account.service';
import { AffiliationStatus, PlatformRole, User } from './user.entity';

/** The domain of an email address, lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** VERIFIED when the address is on one of the organisation's own domains; CLAIMED otherwise. */
export function affiliationByEmail(email: string, organization: Organization): AffiliationStatus {
  const domain = emailDomain(email);
  return organization.emailDomains.some((d) => d === domain) ? AffiliationStatus.VERIFIED : AffiliationStatus.CLAIMED;
}

export function isPlatformAdmin(user: User | null): boolean {
  return user?.platformRole === PlatformRole.ADMIN;
}

/** A referente speaks for their organisation: verified, and named referente by an admin. */
function isReferenteOf(user: User, organizationId: string): boolean {
  return user.referente && user.affiliationStatus === AffiliationStatus.VERIFIED && user.organization.id === organizationId;
}

/** Verified referenti of an organisation, and the admins when it has none: who is asked to verify a claim. */
async function verifiersOf(tx: RequestScope, organizationId: string): Promise<string[]> {
  const referenti = await tx.em.find(User, { organization: organizationId, referente: true, affiliationStatus: AffiliationStatus.VERIFIED }, { fields: ['id'] });
  if (referenti.length) return referenti.map((u) => u.id);
  return (await tx.em.find(User, { platformRole: PlatformRole.ADMIN }, { fields: ['id'] })).map((u) => u.id);
}

/**
 * Sets a person's organisation as a claim (or verified by their email's domain) and asks the
 * organisation's referenti, or the admins, to verify it. Their rooms are checked again: what
 * they could read on the organisation's side they read no more until verified.
 */
export async function claimAffiliation(tx: RequestScope, user: User, organization: Organization): Promise<void> {
  user.organization = organization;
  user.affiliationStatus = affiliationByEmail(user.email, organization);
  user.affiliationDecidedAt = user.affiliationStatus === AffiliationStatus.VERIFIED ? new Date() : null;
  user.affiliationDecidedBy = null;
  user.referente = false;
  if (user.affiliationStatus === AffiliationStatus.CLAIMED) {
    const verifiers = (await verifiersOf(tx, organization.id)).filter((id) => id !== user.id);
    tx.events.push(...notify(tx.em, verifiers, NotificationKind.AFFILIATION_REQUEST, { actorId: user.id }));
  }
  tx.events.accessChange(userScope(user.id));
}

/** Claims waiting for the viewer's decision: their organisation's for a referente, all of them for an admin. Oldest first. */
export async function affiliationRequests(scope: RequestScope, args: { first?: number; after?: string }) {
  const viewer = requireViewer(scope);
  const admin = isPlatformAdmin(viewer);
  if (!admin && !isReferenteOf(viewer, viewer.organization.id)) throw forbidden('Affiliations are verified by referenti and admins');
  const window = keysetWindowOf(args.first, args.after, 2);
  const where: FilterQuery<User> = { affiliationStatus: AffiliationStatus.CLAIMED, ...(admin ? {} : { organization: viewer.organization.id }) };
  const total = await scope.em.count(User, where);
  const after = afterCreated(window, 'asc');
  const rows = await scope.em.find(User, { $and: [where, after as FilterQuery<User>] }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: window.limit + 1 });
  return keysetConnectionOf(rows, window, (user) => [user.createdAt, user.id], total);
}

/** Verifies or declines a claimed affiliation, telling the person either way. Deciding twice the same way is deciding once. */
export function decideAffiliation(scope: RequestScope, userId: string, approve: boolean): Promise<User> {
  const viewer = requireViewer(scope);
  return runUseCase(scope, async (tx) => {
    const person = isUUID(userId) ? await tx.em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['organization'] }) : null;
    if (!person) throw notFound('User');
    const decider = await tx.em.findOneOrFail(User, { id: viewer.id }, { refresh: true });
    if (!isPlatformAdmin(decider) && !isReferenteOf(decider, person.organization.id)) throw forbidden('Only a referente of the organisation or an admin decides');
    if (person.id === decider.id && !isPlatformAdmin(decider)) throw forbidden('Nobody verifies their own affiliation');
    const status = approve ? AffiliationStatus.VERIFIED : AffiliationStatus.DECLINED;
    if (person.affiliationStatus === status) return person;
    if (person.affiliationStatus !== AffiliationStatus.CLAIMED) throw conflict('This affiliation was already decided');
    person.affiliationStatus = status;
    person.affiliationDecidedAt = new Date();
    person.affiliationDecidedBy = decider;
    const kind = approve ? NotificationKind.AFFILIATION_VERIFIED : NotificationKind.AFFILIATION_DECLINED;
    tx.events.push(...notify(tx.em, [person.id], kind, { actorId: decider.id }));
    tx.events.accessChange(userScope(person.id));
    return person;
  });
}

/** Names or un-names a verified person referente of their organisation. Admins only. */
export function setReferente(scope: RequestScope, userId: string, referente: boolean): Promise<User> {
  return runUseCase(scope, async (tx) => {
    await requireAdmin(tx);
    const person = isUUID(userId) ? await tx.em.findOne(User, { id: userId }) : null;
    if (!person) throw notFound('User');
    if (referente && person.affiliationStatus !== AffiliationStatus.VERIFIED) throw conflict('Only a verified person can be a referente');
    person.referente = referente;
    return person;
  });
}

/** Grants or takes back the platform's ADMIN role. Admins only; the last admin stays. */
export function setPlatformRole(scope: RequestScope, userId: string, role: PlatformRole | null): Promise<User> {
  return runUseCase(scope, async (tx) => {
    await requireAdmin(tx);
    // Serialized: two admins taking each other's role at once leave one.
    await tx.em.execute('select pg_advisory_xact_lock(7340101)');
    const person = isUUID(userId) ? await tx.em.findOne(User, { id: userId }, { refresh: true }) : null;
    if (!person) throw notFound('User');
    if (!role && person.platformRole === PlatformRole.ADMIN && (await tx.em.count(User, { platformRole: PlatformRole.ADMIN })) <= 1) {
      throw conflict('The hub needs at least one admin');
    }
    person.platformRole = role;
    tx.events.accessChange(userScope(person.id));
    return person;
  });
}

/** Sets the email domains that verify an organisation's staff at once. Admins only. */
export function setOrganizationEmailDomains(scope: RequestScope, organizationId: string, domains: string[]): Promise<Organization> {
  return runUseCase(scope, async (tx) => {
    await requireAdmin(tx);
    const organization = isUUID(organizationId) ? await tx.em.findOne(Organization, { id: organizationId }) : null;
    if (!organization) throw notFound('Organization');
    const clean = [...new Set(domains.map((d) => d.trim().toLowerCase()))];
    const invalid = clean.find((d) => !/^(?=.{3,100}$)([a-z0-9-]+\.)+[a-z]{2,}$/.test(d));
    if (invalid !== undefined) throw badInput('domains', 'invalid', `Not a domain: ${invalid}`);
    organization.emailDomains = clean;
    return organization;
  });
}

async function requireAdmin(tx: RequestScope): Promise<void> {
  const viewer = await tx.em.findOneOrFail(User, { id: requireViewer(tx).id }, { refresh: true });
  if (!isPlatformAdmin(viewer)) throw forbidden('For the admins of the hub');
}

/** Grants ADMIN to the accounts with these emails (ADMIN_EMAILS, or the admin:grant command): the first admins. */
export async function grantAdminsByEmail(em: EntityManager, emails: string[]): Promise<number> {
  if (!emails.length) return 0;
  return em.nativeUpdate(User, { email: { $in: emails.map((e) => e.trim().toLowerCase()) } }, { platformRole: PlatformRole.ADMIN });
}
