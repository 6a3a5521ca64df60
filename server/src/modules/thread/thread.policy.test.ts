import { describe, expect, it } from 'vitest';
import { CommunityKind, CommunityVisibility, MemberRole, MembershipStatus } from '../community/community.entity';
import { QuestionStatus, QuestionVisibility, ThreadKind } from './thread.entity';
import { canOnPost, canOnThread, type ThreadAction } from './thread.policy';
import { canSeePeople, withoutMentions } from './public-reading.policy';

const active = (role: MemberRole) => ({ role, status: MembershipStatus.ACTIVE });
const helpDesk = { visibility: CommunityVisibility.PUBLIC, kind: CommunityKind.HELP_DESK };
const practice = (visibility: CommunityVisibility) => ({ visibility, kind: CommunityKind.PRACTICE });

const asker = { id: 'asker', organizationId: 'valleve' };
const colleague = { id: 'colleague', organizationId: 'valleve' };
const otherComune = { id: 'other', organizationId: 'bergamo' };
const expert = { id: 'expert', organizationId: 'anci' };

const question = (visibility: QuestionVisibility, status = QuestionStatus.ANSWERED, acceptedPostId: string | null = 'p2') => ({
  kind: ThreadKind.QUESTION,
  authorId: asker.id,
  askerOrganizationId: asker.organizationId,
  visibility,
  locked: false,
  status,
  acceptedPostId,
});

const ACTIONS: ThreadAction[] = ['read', 'reply', 'react', 'moderate', 'accept', 'assign', 'promote', 'reopen'];
const row = (viewer: typeof asker, thread: ReturnType<typeof question>, membership: ReturnType<typeof active> | null) =>
  ACTIONS.map((action) => Number(canOnThread(viewer, action, thread, helpDesk, membership)));

describe('help desk question policy', () => {
  it('keeps a private question to the asking comune and the experts', () => {
    const thread = question(QuestionVisibility.PRIVATE);
    //                                          read reply react mod accept assign promote reopen
    expect(row(asker, thread, null)).toEqual([1, 1, 1, 0, 1, 0, 0, 0]);
    expect(row(colleague, thread, null)).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
    expect(row(otherComune, thread, null)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(row(expert, thread, active(MemberRole.FACILITATOR))).toEqual([1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('shows a public question to every comune, who may react but not answer in the asker’s place', () => {
    const thread = question(QuestionVisibility.PUBLIC);
    expect(row(otherComune, thread, null)).toEqual([1, 0, 1, 0, 0, 0, 0, 0]);
    expect(row(expert, thread, active(MemberRole.FACILITATOR))).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('lets the asker or an expert reopen a closed question, and no one reply to it until then', () => {
    const closed = question(QuestionVisibility.PUBLIC, QuestionStatus.CLOSED);
    expect(row(asker, closed, null)).toEqual([1, 0, 1, 0, 1, 0, 0, 1]);
    expect(row(expert, closed, active(MemberRole.OWNER))).toEqual([1, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('promotes only public questions with an accepted answer', () => {
    const expertship = active(MemberRole.FACILITATOR);
    expect(canOnThread(expert, 'promote', question(QuestionVisibility.PRIVATE), helpDesk, expertship)).toBe(false);
    expect(canOnThread(expert, 'promote', question(QuestionVisibility.PUBLIC, QuestionStatus.ANSWERED, null), helpDesk, expertship)).toBe(false);
  });
});

describe('reading without an account', () => {
  const nobody = null;
  const anyone = (thread: ReturnType<typeof question>, community = helpDesk) =>
    ACTIONS.map((action) => Number(canOnThread(nobody, action, thread, community, null)));

  it('reads a solved public question of the help desk, and does nothing else with it', () => {
    const solved = question(QuestionVisibility.PUBLIC, QuestionStatus.CLOSED);
    //                               read reply react mod accept assign promote reopen
    expect(anyone(solved)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    for (const action of ['edit', 'delete', 'react', 'accept'] as const) {
      expect(canOnPost(nobody, action, { authorId: 'expert' }, solved, helpDesk, null)).toBe(false);
    }
  });

  it('reads no private question, no question still waiting for its answer, nothing outside the help desk', () => {
    const none = [0, 0, 0, 0, 0, 0, 0, 0];
    expect(anyone(question(QuestionVisibility.PRIVATE, QuestionStatus.CLOSED))).toEqual(none);
    for (const status of [QuestionStatus.OPEN, QuestionStatus.ASSIGNED, QuestionStatus.ANSWERED]) {
      expect(anyone(question(QuestionVisibility.PUBLIC, status))).toEqual(none);
    }
    expect(anyone(question(QuestionVisibility.PUBLIC, QuestionStatus.CLOSED, null))).toEqual(none);
    expect(anyone(question(QuestionVisibility.PUBLIC, QuestionStatus.CLOSED), practice(CommunityVisibility.PUBLIC))).toEqual(none);
    const discussion = { kind: ThreadKind.DISCUSSION, authorId: 'author', locked: false };
    expect(canOnThread(nobody, 'read', discussion, practice(CommunityVisibility.PUBLIC), null)).toBe(false);
  });

  it('sees no person: mentions lose their names and ids', () => {
    expect(canSeePeople(nobody)).toBe(false);
    expect(canSeePeople(otherComune)).toBe(true);
    const text = 'Grazie @[Sara Galli](user:0b6f9b9e-1111-4222-8333-944445555666), chiedo a @[Marco](user:0b6f9b9e-1111-4222-8333-944445555667).';
    expect(withoutMentions(text)).toBe('Grazie @partecipante, chiedo a @partecipante.');
  });
});

describe('discussion and post policy', () => {
  const discussion = { kind: ThreadKind.DISCUSSION, authorId: 'author', locked: false };
  const member = { id: 'member', organizationId: 'o' };

  it('lets members reply, observers only read, and non-members of a private community nothing', () => {
    const community = practice(CommunityVisibility.PRIVATE);
    expect(canOnThread(member, 'reply', discussion, community, active(MemberRole.MEMBER))).toBe(true);
    expect(canOnThread(member, 'read', discussion, community, active(MemberRole.OBSERVER))).toBe(true);
    expect(canOnThread(member, 'reply', discussion, community, active(MemberRole.OBSERVER))).toBe(false);
    expect(canOnThread(member, 'react', discussion, community, active(MemberRole.OBSERVER))).toBe(false);
    expect(canOnThread(member, 'read', discussion, community, null)).toBe(false);
  });

  it('closes a locked thread to members but not to facilitators', () => {
    const locked = { ...discussion, locked: true };
    const community = practice(CommunityVisibility.PUBLIC);
    expect(canOnThread(member, 'reply', locked, community, active(MemberRole.MEMBER))).toBe(false);
    expect(canOnThread(member, 'reply', locked, community, active(MemberRole.FACILITATOR))).toBe(true);
  });

  it('lets only the author edit, the author or a moderator delete, and nobody touch a deleted post', () => {
    const community = practice(CommunityVisibility.PUBLIC);
    const post = { authorId: 'member' };
    const someoneElse = { id: 'someone', organizationId: 'o' };
    expect(canOnPost(member, 'edit', post, discussion, community, active(MemberRole.MEMBER))).toBe(true);
    expect(canOnPost(someoneElse, 'edit', post, discussion, community, active(MemberRole.FACILITATOR))).toBe(false);
    expect(canOnPost(someoneElse, 'delete', post, discussion, community, active(MemberRole.MEMBER))).toBe(false);
    expect(canOnPost(someoneElse, 'delete', post, discussion, community, active(MemberRole.FACILITATOR))).toBe(true);
    expect(canOnPost(member, 'react', post, discussion, community, active(MemberRole.MEMBER))).toBe(false);
    expect(canOnPost(someoneElse, 'react', post, discussion, community, active(MemberRole.MEMBER))).toBe(true);
    expect(canOnPost(member, 'edit', { ...post, deletedAt: new Date() }, discussion, community, active(MemberRole.MEMBER))).toBe(false);
  });
});
