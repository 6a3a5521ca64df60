import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestClient, type TestHub } from '../../test/hub';
import { makeHelpDeskExpert, replyTo, signUpAs } from '../../test/factories';
import { anonymous, userActor } from '../core/actor';
import { createRequestScope } from '../core/request-scope';
import { User } from '../modules/account/user.entity';
import { injectMeta, plainExcerpt, publicPageMeta, type PageMeta } from './public-pages';

const INDEX = `<!doctype html>
<html lang="it">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Cantiere: l'hub di co-progettazione dei comuni lombardi." />
    <title>Cantiere — ANCI Lombardia</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('injectMeta', () => {
  const meta: PageMeta = { title: 'Scadenza ReGiS — Cantiere', description: 'Entro il 10 del mese.', canonicalPath: '/faq/1' };

  it('replaces the title and the description, and adds the Open Graph tags and the canonical link once', () => {
    const html = injectMeta(INDEX, meta);
    expect(html).toContain('<title>Scadenza ReGiS — Cantiere</title>');
    expect(html).not.toContain('Cantiere — ANCI Lombardia');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<meta name="description" content="Entro il 10 del mese." />');
    expect(html).toContain('<meta property="og:title" content="Scadenza ReGiS — Cantiere" />');
    expect(html).toContain('<meta property="og:description" content="Entro il 10 del mese." />');
    expect(html).toContain('<link rel="canonical" href="/faq/1" />');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
    // Injected twice (a cached page injected again), the tags are replaced, not repeated.
    const again = injectMeta(html, { ...meta, title: 'Altra pagina' });
    expect(again.match(/og:title/g)).toHaveLength(1);
    expect(again.match(/<title>/g)).toHaveLength(1);
    expect(again).toContain('<title>Altra pagina</title>');
  });

  it('escapes what people wrote, in text and in attributes', () => {
    const hostile: PageMeta = {
      title: '</title><script>alert(1)</script> & "virgolette" \'apici\'',
      description: '"><img src=x onerror=alert(1)> <b>grassetto</b> & co.',
      canonicalPath: '/faq/"><script>',
    };
    const html = injectMeta(INDEX, hostile);
    expect(html).not.toMatch(/<script>|<img|<b>/);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;virgolette&quot; &#39;apici&#39;</title>');
    expect(html).toContain('content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;grassetto&lt;/b&gt; &amp; co."');
    expect(html).toContain('href="/faq/&quot;&gt;&lt;script&gt;"');
    expect(html.match(/<\/title>/g)).toHaveLength(1);
  });

  it('keeps replacement patterns as text: "$&" and "$1" stay what they are', () => {
    const html = injectMeta(INDEX, { title: 'Costo $& e $1 — $`', description: "$' finale", canonicalPath: '/faq' });
    expect(html).toContain('<title>Costo $&amp; e $1 — $`</title>');
    expect(html).toContain('content="$&#39; finale"');
  });

  it('adds the title and the description to a page that has none', () => {
    const html = injectMeta('<html><head></head><body></body></html>', meta);
    expect(html).toContain('<title>Scadenza ReGiS — Cantiere</title>');
    expect(html).toContain('<meta name="description" content="Entro il 10 del mese." />');
  });
});

describe('plainExcerpt', () => {
  it('turns Markdown into one plain line, without the people it mentions, cut at a word', () => {
    const text = '## Risposta\n\n- la **proroga** si chiede al [Ministero](https://cultura.gov.it)\n- grazie @[Sara Galli](user:0b6f9b9e-1111-4222-8333-944445555666)';
    expect(plainExcerpt(text)).toBe('Risposta la proroga si chiede al Ministero grazie @partecipante');
    const long = plainExcerpt('parola '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long).toMatch(/parola…$/);
  });
});

describe('publicPageMeta', () => {
  let hub: TestHub;
  let official: TestClient;
  let expert: TestClient;
  let expertId: string;
  const ids: Record<string, string> = {};

  async function ask(title: string, visibility: 'PUBLIC' | 'PRIVATE', answer?: string, accept = true) {
    const asked = await official.request<{ askQuestion: { id: string } }>('mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }', {
      i: { title, body: `La domanda: ${title}`, visibility },
    });
    const id = asked.data!.askQuestion.id;
    if (answer) {
      const reply = await replyTo(expert, id, answer);
      if (accept) await official.request('mutation($p: ID!) { acceptAnswer(postId: $p) { id } }', { p: reply.id });
    }
    return id;
  }

  const anonymousScope = () => createRequestScope(hub.orm, hub.services, anonymous);

  beforeAll(async () => {
    hub = await startTestHub();
    const asker = await signUpAs(hub, { displayName: 'Ottavio Bresciani' });
    official = asker.client;
    ids.official = asker.userId;
    const helper = await signUpAs(hub, { displayName: 'Serena Locatelli' });
    expert = helper.client;
    expertId = helper.userId;
    await makeHelpDeskExpert(hub, expertId);
    ids.solved = await ask(
      'Proroga dei lavori <per> la Linea B & "neve"',
      'PUBLIC',
      `Sì: la **proroga** si chiede al Ministero con una relazione del RUP, @[Ottavio Bresciani](user:${ids.official}).`,
    );
    const promoted = await expert.request<{ promoteToFaq: { id: string } }>('mutation($t: ID!) { promoteToFaq(threadId: $t) { id } }', { t: ids.solved });
    ids.faq = promoted.data!.promoteToFaq.id;
    ids.private = await ask('Variazione di bilancio riservata', 'PRIVATE', 'Sì, con variazione di giunta.');
    ids.unsolved = await ask('Domanda con risposta non ancora accettata', 'PUBLIC', 'Una risposta in attesa.', false);
  });
  afterAll(() => hub.close());

  it('describes the FAQ list', async () => {
    for (const path of ['/faq', '/faq/', '/faq?etichetta=ReGiS']) {
      expect(await publicPageMeta(path, anonymousScope())).toMatchObject({ title: 'Domande frequenti — Cantiere', canonicalPath: '/faq' });
    }
  });

  it('describes a FAQ entry by its question and the start of its answer, naming nobody', async () => {
    const meta = await publicPageMeta(`/faq/${ids.faq}`, anonymousScope());
    expect(meta).toEqual({
      title: 'Proroga dei lavori <per> la Linea B & "neve" — Cantiere',
      description: 'Sì: la proroga si chiede al Ministero con una relazione del RUP, @partecipante.',
      canonicalPath: `/faq/${ids.faq}`,
    });
    const html = injectMeta(INDEX, meta!);
    expect(html).toContain('<title>Proroga dei lavori &lt;per&gt; la Linea B &amp; &quot;neve&quot; — Cantiere</title>');
    expect(html).not.toMatch(/Bresciani|Locatelli/);
    expect(await publicPageMeta(`/faq/${ids.faq.toUpperCase()}`, anonymousScope())).toMatchObject({ canonicalPath: `/faq/${ids.faq}` });
  });

  it('describes a solved public question by its title and its accepted answer', async () => {
    const meta = await publicPageMeta(`/discussioni/${ids.solved}#messaggio-1`, anonymousScope());
    expect(meta).toMatchObject({
      title: 'Proroga dei lavori <per> la Linea B & "neve" — Cantiere',
      description: 'Sì: la proroga si chiede al Ministero con una relazione del RUP, @partecipante.',
      canonicalPath: `/discussioni/${ids.solved}`,
    });
  });

  it('says nothing of a private question, an unsolved one, an unknown id or another page, even to a signed-in scope', async () => {
    const user = await hub.orm.em.fork().findOneOrFail(User, { id: ids.official }, { populate: ['organization'] });
    const asker = createRequestScope(hub.orm, hub.services, userActor(user, null));
    const paths = [
      `/discussioni/${ids.private}`,
      `/discussioni/${ids.unsolved}`,
      '/discussioni/0b6f9b9e-1111-4222-8333-944445555666',
      '/faq/0b6f9b9e-1111-4222-8333-944445555666',
      `/faq/${ids.solved}`,
      '/faq/non-un-id',
      `/discussioni/${ids.solved}/altro`,
      '/faq/%E0%A4%A',
      '/',
      '/sportello',
      '/comunita/pnrr-borghi',
      '/cerca?q=proroga',
    ];
    for (const path of paths) {
      expect({ path, meta: await publicPageMeta(path, anonymousScope()) }).toEqual({ path, meta: null });
      expect({ path, meta: await publicPageMeta(path, asker) }).toEqual({ path, meta: null });
    }
  });
});

describe('public pages served to crawlers', () => {
  it('writes the FAQ list’s title into index.html, and nothing for a page that is not public', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-client-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
    const served = await startTestHub({ CLIENT_DIR: dir });
    try {
      const faq = await (await fetch(`${served.url}/faq`)).text();
      expect(faq).toContain('og:title');
      expect(faq).not.toContain('<title>Cantiere — ANCI Lombardia</title>');
      const other = await (await fetch(`${served.url}/comunita`)).text();
      expect(other).toContain('<title>Cantiere — ANCI Lombardia</title>');
      expect(other).not.toContain('og:title');
      const unknown = await (await fetch(`${served.url}/faq/00000000-0000-4000-8000-000000000000`)).text();
      expect(unknown).not.toContain('og:title');
    } finally {
      await served.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
