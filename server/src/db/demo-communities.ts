import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../modules/account/user.entity';
import { Community, CommunityKind, CommunityVisibility, MemberRole, Membership, MembershipStatus } from '../modules/community/community.entity';
import { FaqEntry } from '../modules/helpdesk/faq.entity';
import { Post } from '../modules/thread/post.entity';
import { QuestionStatus, QuestionVisibility, Thread, ThreadKind } from '../modules/thread/thread.entity';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** A moment `days` ago (plus `hours`), so that the demo reads like a service that has been running. */
const ago = (days: number, hours = 0) => new Date(Date.now() - days * DAY + hours * HOUR);

interface DemoPost {
  by: User;
  at: Date;
  body: string;
}

interface DemoThread {
  kind: ThreadKind;
  title: string;
  posts: DemoPost[];
  pinned?: boolean;
  question?: { visibility: QuestionVisibility; tags: string[]; acceptedIndex?: number; assignee?: User; faq?: boolean };
}

function addThread(em: EntityManager, community: Community, spec: DemoThread, experts: User[]) {
  const [opening, ...replies] = spec.posts;
  const question = spec.question;
  const thread = em.create(Thread, {
    community,
    kind: spec.kind,
    title: spec.title,
    author: opening.by,
    askerOrganization: question ? opening.by.organization : null,
    visibility: question ? question.visibility : null,
    status: question ? QuestionStatus.OPEN : null,
    tags: question?.tags ?? [],
    pinned: spec.pinned ?? false,
    createdAt: opening.at,
    lastActivityAt: spec.posts.at(-1)!.at,
    replyCount: replies.length,
    assignee: question?.assignee ?? null,
  });
  const posts = spec.posts.map((p) => em.create(Post, { thread, author: p.by, body: p.body, createdAt: p.at }));
  thread.lastPostId = posts.at(-1)!.id;
  if (question) {
    const firstAnswer = replies.find((r) => experts.includes(r.by) || community.kind !== CommunityKind.HELP_DESK);
    thread.firstAnsweredAt = firstAnswer?.at ?? null;
    thread.status = firstAnswer ? QuestionStatus.ANSWERED : question.assignee ? QuestionStatus.ASSIGNED : QuestionStatus.OPEN;
    if (question.acceptedIndex !== undefined) {
      const accepted = posts[question.acceptedIndex];
      thread.acceptedPostId = accepted.id;
      thread.status = QuestionStatus.CLOSED;
      thread.solvedAt = new Date(accepted.createdAt.getTime() + 2 * HOUR);
      if (question.faq) {
        em.create(FaqEntry, {
          question: spec.title,
          answer: accepted.body,
          tags: question.tags,
          sourceThread: thread,
          promotedBy: experts[0],
          createdAt: thread.solvedAt,
        });
      }
    }
  }
  return thread;
}

function addCommunity(
  em: EntityManager,
  spec: { slug: string; name: string; description: string; themes: string[]; visibility: CommunityVisibility; createdAt: Date },
  members: Array<[User, MemberRole]>,
) {
  const community = em.create(Community, { ...spec, createdBy: members[0][0], memberCount: members.length });
  for (const [user, role] of members) {
    em.create(Membership, { community, user, role, status: MembershipStatus.ACTIVE, createdAt: spec.createdAt });
  }
  return community;
}

/**
 * Communities, discussions and answered questions in the words of the Centro di Competenza's
 * own material (shared seeds): borghi, forme associate, SEAV, ReGiS, the new procurement code.
 */
export async function loadDemoCommunities(em: EntityManager, [giulia, sara, marco, laura, paolo]: User[]) {
  const helpDesk = await em.findOneOrFail(Community, { kind: CommunityKind.HELP_DESK });
  em.create(Membership, { community: helpDesk, user: giulia, role: MemberRole.OWNER, status: MembershipStatus.ACTIVE });
  em.create(Membership, { community: helpDesk, user: sara, role: MemberRole.FACILITATOR, status: MembershipStatus.ACTIVE });
  helpDesk.memberCount = 2;
  const experts = [sara, giulia];

  const borghi = addCommunity(
    em,
    {
      slug: 'pnrr-attrattivita-borghi',
      name: 'PNRR – Attrattività dei borghi',
      description:
        'Comuni beneficiari della misura M1C3 Investimento 2.1 (Linee A e B) a confronto su attuazione, ' +
        'rendicontazione su ReGiS, target e milestone. Coordinata dal Centro di Competenza di ANCI Lombardia.',
      themes: ['PNRR', 'TERRITORI_MONTANI'],
      visibility: CommunityVisibility.PUBLIC,
      createdAt: ago(120),
    },
    [[giulia, MemberRole.OWNER], [marco, MemberRole.MEMBER], [laura, MemberRole.MEMBER], [paolo, MemberRole.OBSERVER]],
  );
  addThread(em, borghi, {
    kind: ThreadKind.ANNOUNCEMENT,
    title: 'Laboratorio: reti di cooperazione pubblico-privati nei territori montani',
    pinned: true,
    posts: [
      {
        by: giulia,
        at: ago(9),
        body:
          "Con l'**Università di Bergamo** organizziamo un laboratorio sui casi sperimentali dei borghi: " +
          'come costruire reti di cooperazione tra comuni, imprese e terzo settore per la gestione dei servizi finanziati.\n\n' +
          '- quando: giovedì 3 ottobre, ore 10–13\n- dove: in presenza a Bergamo e online\n\nIscrizioni aperte a breve qui su Cantiere.',
      },
    ],
  }, experts);
  addThread(em, borghi, {
    kind: ThreadKind.DISCUSSION,
    title: 'Rendicontazione su ReGiS: come vi siete organizzati?',
    posts: [
      {
        by: marco,
        at: ago(6),
        body:
          'Siamo un comune di 136 abitanti e l’ufficio tecnico sono io. Per la Linea B dobbiamo caricare su ReGiS ' +
          'gli avanzamenti di spesa ogni bimestre: qualcuno ha un modello di check-list per i documenti da allegare?',
      },
      {
        by: laura,
        at: ago(5, 3),
        body:
          'A Bergamo usiamo una check-list per ogni CUP con determina, contratto, SAL, fatture e mandati. ' +
          'La condivido volentieri: per i comuni piccoli conviene farla una volta sola a livello di Unione.',
      },
      {
        by: giulia,
        at: ago(5, 6),
        body: 'Ottima idea: la inseriamo nel toolkit del Centro di Competenza. @[Marco Rota](user:' + marco.id + ') ne parliamo al laboratorio?',
      },
    ],
  }, experts);

  const formeAssociate = addCommunity(
    em,
    {
      slug: 'forme-associate-unioni',
      name: 'Forme associate e Unioni di comuni',
      description:
        'Gestione associata delle funzioni e cooperazione sovralocale: convenzioni, Unioni, comunità montane. ' +
        'Esperienze, atti tipo e risultati della mappatura con le università partner.',
      themes: ['FORME_ASSOCIATE', 'GOVERNANCE'],
      visibility: CommunityVisibility.PUBLIC,
      createdAt: ago(200),
    },
    [[giulia, MemberRole.OWNER], [paolo, MemberRole.FACILITATOR], [marco, MemberRole.MEMBER]],
  );
  addThread(em, formeAssociate, {
    kind: ThreadKind.QUESTION,
    title: 'Convenzione o Unione per gestire insieme l’ufficio tecnico?',
    question: { visibility: QuestionVisibility.PUBLIC, tags: ['TUEL art. 30', 'TUEL art. 32'], acceptedIndex: 1 },
    posts: [
      {
        by: marco,
        at: ago(30),
        body: 'Con due comuni vicini vorremmo condividere il tecnico comunale. Meglio una convenzione (art. 30 TUEL) o entrare in un’Unione?',
      },
      {
        by: paolo,
        at: ago(29),
        body:
          'Dalla nostra mappatura: per una sola funzione la **convenzione** è più rapida (delibere dei consigli e un comune capofila). ' +
          'L’Unione conviene quando si associano più funzioni e si vuole una struttura stabile.',
      },
    ],
  }, experts);

  addCommunity(
    em,
    {
      slug: 'seav-bergamo',
      name: 'SEAV Bergamo',
      description: 'Servizio Europa d’Area Vasta della provincia di Bergamo: bandi europei e progettazione condivisa tra i comuni aderenti.',
      themes: ['PNRR', 'GOVERNANCE'],
      visibility: CommunityVisibility.PRIVATE,
      createdAt: ago(90),
    },
    [[laura, MemberRole.OWNER], [marco, MemberRole.MEMBER]],
  );

  addThread(em, helpDesk, {
    kind: ThreadKind.QUESTION,
    title: 'Scadenza ReGiS per la misura M1C3 INV 2.1 (Attrattività dei borghi)',
    question: { visibility: QuestionVisibility.PUBLIC, tags: ['M1C3 INV 2.1', 'ReGiS'], acceptedIndex: 1, assignee: sara, faq: true },
    posts: [
      { by: marco, at: ago(14), body: 'Entro quando vanno caricati su ReGiS i dati di avanzamento del secondo bimestre per la Linea B?' },
      {
        by: sara,
        at: ago(13, 4),
        body:
          'I dati di avanzamento vanno validati su ReGiS **entro il 10 del mese successivo** alla chiusura del bimestre. ' +
          'Il Ministero della Cultura richiede inoltre il caricamento dei giustificativi di spesa nella sezione "Rendicontazione".',
      },
    ],
  }, experts);
  addThread(em, helpDesk, {
    kind: ThreadKind.QUESTION,
    title: 'Affidamento diretto dei servizi di progettazione sotto i 140.000 euro',
    question: { visibility: QuestionVisibility.PUBLIC, tags: ['D.Lgs. 36/2023 art. 50'], acceptedIndex: 1, assignee: sara, faq: true },
    posts: [
      { by: laura, at: ago(40), body: 'Per i comuni è ancora possibile l’affidamento diretto dei servizi di ingegneria e architettura sotto i 140.000 euro?' },
      {
        by: sara,
        at: ago(39),
        body:
          'Sì: l’art. 50, comma 1, lettera b) del D.Lgs. 36/2023 consente l’affidamento diretto di servizi e forniture, ' +
          'compresi i servizi di ingegneria e architettura, sotto i 140.000 euro, anche senza consultare più operatori, ' +
          'purché si scelga un soggetto con esperienze documentate e idonee.',
      },
    ],
  }, experts);
  addThread(em, helpDesk, {
    kind: ThreadKind.QUESTION,
    title: 'Cofinanziamento comunale per il bando di rigenerazione urbana',
    question: { visibility: QuestionVisibility.PRIVATE, tags: ['Rigenerazione urbana'] },
    posts: [{ by: laura, at: ago(1), body: 'Il cofinanziamento può essere coperto con avanzo di amministrazione vincolato?' }],
  }, experts);
}
