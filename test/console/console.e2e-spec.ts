import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { body } from '../support/answers';
import { amssActiveSubGrant } from '../support/amss-fixture';
import { launchChromium, SCREENSHOTS, startConsole } from '../support/console-under-test';
import { eventually } from '../support/eventually';
import { DEMO_PASSWORD, DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';
import { RunningService } from '../support/service-processes';

/**
 * The web console in a real Chromium against the four services: one journey per role, the CSO's
 * done offline (two reports written with the network cut, the tab closed and opened again, the
 * network back: both stored once), checked through the API. Each main page is photographed into
 * docs/screenshots for the README.
 */
describe('console: the web app of program managers, CSOs and M&E staff', () => {
  let platform: PlatformUnderTest;
  let consoleServer: RunningService;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let projectId: string;
  let subGrantId: string;

  const activities = (who: string) => platform.client('activities', tokens[who]);
  const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const menu = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name });
  const outboxRows = (page: Page, state: string) => page.locator(`[data-testid="outbox-row"][data-state="${state}"]`).count();

  async function signIn(context: BrowserContext, role: keyof typeof DEMO_USERS): Promise<Page> {
    const page = await context.newPage();
    await page.goto(consoleServer.url);
    await page.getByLabel('Adresse électronique').fill(DEMO_USERS[role]);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    return page;
  }

  async function fillReport(page: Page, report: { title: string; town: string; women: number; men: number; stated: number }) {
    await menu(page, 'Nouveau rapport').click();
    await page.getByLabel('Sous-subvention').selectOption(subGrantId);
    await page.getByLabel('Type d’activité').selectOption('community-dialogue');
    await page.getByLabel('Intitulé de l’activité').fill(report.title);
    await page.getByLabel('Date de début').fill('2024-03-12');
    await page.getByLabel('Date de fin').fill('2024-03-12');
    // Offline the gazetteer cannot be searched: the P-code typed as it is.
    await page.getByLabel('Lieu', { exact: true }).fill('ML06');
    await page.getByLabel('Total des participants (feuilles de présence)').fill(String(report.stated));
    await page.getByLabel('Associations de femmes, Femmes, 18 à 35 ans').fill(String(report.women));
    await page.getByLabel('Associations de jeunes, Hommes, 18 à 35 ans').fill(String(report.men));
    // Who else took part, and what the dialogue produced: a recommendation to the commune.
    await page.getByRole('button', { name: 'Ajouter une organisation' }).click();
    const organisation = page.getByTestId('organisation-row').last();
    await organisation.getByLabel('Type d’organisation').selectOption('local-authority');
    await organisation.getByLabel('Nom de l’organisation').fill(`Mairie de ${report.town}`);
    await page.getByRole('button', { name: 'Ajouter un produit' }).click();
    const output = page.getByTestId('output-row').last();
    await output.getByLabel('Type de produit').selectOption('recommendation');
    await output.getByLabel('Thème du produit').selectOption('natural-resources');
    await output.getByLabel('Destinataire').fill(`Conseil communal de ${report.town}`);
    await output.getByLabel('Texte (en français)').fill('Créer une commission foncière communale avec les associations');
    await page.getByLabel('Récit de l’activité').fill('Dialogue entre les associations et les autorités locales sur la gestion des conflits fonciers.');
  }

  beforeAll(async () => {
    platform = await startPlatform('console', ['grants', 'activities', 'indicators']);
    for (const [role, email] of Object.entries(DEMO_USERS)) tokens[role] = (await platform.signIn(email)).access_token;
    const setUp = await amssActiveSubGrant(platform, tokens['program-manager']);
    projectId = setUp.projectId;
    subGrantId = setUp.subGrant.id;
    const grants = platform.client('grants', tokens['program-manager']);
    const ofSubGrant = { params: { path: { id: subGrantId } } };
    const planned = await body(grants.POST('/sub-grants/{id}/tranches', {
      ...ofSubGrant, body: { version: setUp.subGrant.version, plannedDate: '2024-02-15', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    const disbursed = await body(grants.POST('/sub-grants/{id}/disbursements', {
      ...ofSubGrant, body: { version: planned.version, trancheId: planned.tranches[0].id, date: '2024-02-20', amount: { amount: 6_000_000, currency: 'XOF' } },
    }), 201);
    await body(grants.POST('/sub-grants/{id}/reporting-obligations', {
      ...ofSubGrant, body: { version: disbursed.version, kind: 'narrative', title: 'Rapport narratif du premier trimestre', dueDate: '2024-04-15' },
    }), 201);
    await eventually(() => body(platform.client('indicators', tokens['me-officer']).POST('/projects/{projectId}/indicators', {
      params: { path: { projectId } },
      body: {
        code: 'OUT-1', title: { fr: 'Participants aux dialogues', en: 'Dialogue participants' }, level: 'output', measure: 'unit', direction: 'increase',
        disaggregations: ['sex'], rule: { measure: 'participants' }, targets: [{ period: '2024Q1', value: 100 }],
      },
    }), 201), 30000, 250);
    consoleServer = await startConsole(platform);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await consoleServer?.stop();
    await platform?.stop();
  });

  it('CSO reporter: reports offline, closes the tab, and both reports are stored once when the network is back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const first = await context.newPage();
    await first.goto(consoleServer.url);
    await first.getByRole('heading', { name: 'Connexion' }).waitFor();
    await shoot(first, 'sign-in');
    await first.close();
    let page = await signIn(context, 'cso-reporter');
    // The menu offers only what a CSO reporter may do.
    expect(await menu(page, 'Portefeuille').count()).toBe(0);
    await page.getByText('SG-AMSS-01').waitFor();
    await shoot(page, 'cso-sub-grants');
    // Installed: the service worker controls the page, so the shell opens without a network from now on.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.waitForFunction('!!navigator.serviceWorker.controller');

    // English by the switch, labels included; then back to French.
    await page.getByRole('button', { name: 'English' }).click();
    await menu(page, 'New report').waitFor();
    await shoot(page, 'cso-sub-grants-en');
    await page.getByRole('button', { name: 'Français' }).click();

    // Open the form once online so the reference data and sub-grants are on the device.
    await menu(page, 'Nouveau rapport').click();
    await page.getByLabel('Associations de femmes, Femmes, 18 à 35 ans').waitFor();
    await menu(page, 'Mes sous-subventions').click();

    await context.setOffline(true);
    await page.getByText('Hors ligne').first().waitFor();
    await fillReport(page, { title: 'Dialogue communautaire à Goundam', town: 'Goundam', women: 21, men: 14, stated: 40 });
    expect(await page.getByTestId('grand-total').textContent()).toBe('35');
    await page.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await page.getByText('La grille compte 35 participants, mais le total indiqué est 40.').waitFor();
    await shoot(page, 'cso-report-refused');
    await page.getByLabel('Total des participants (feuilles de présence)').fill('35');
    await page.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await page.getByRole('heading', { name: 'Envois' }).waitFor();

    await fillReport(page, { title: 'Dialogue communautaire à Diré', town: 'Diré', women: 12, men: 18, stated: 30 });
    await shoot(page, 'cso-report-form');
    await page.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await page.getByRole('heading', { name: 'Envois' }).waitFor();
    await eventually(async () => expect(await outboxRows(page, 'waiting')).toBe(2));
    await shoot(page, 'cso-outbox-offline');

    // The tab is closed while offline; the console opens again from the device, queue intact.
    await page.close();
    page = await context.newPage();
    await page.goto(`${consoleServer.url}/#/outbox`);
    await page.getByRole('heading', { name: 'Envois' }).waitFor();
    await eventually(async () => expect(await outboxRows(page, 'waiting')).toBe(2));
    expect(await body(activities('cso-reporter').GET('/activities', { params: { query: { subGrantId } } }), 200)).toEqual([]);

    await context.setOffline(false);
    await eventually(async () => expect(await outboxRows(page, 'sent')).toBe(2), 30000, 250);
    await shoot(page, 'cso-outbox-synced');
    const stored = await body(activities('cso-reporter').GET('/activities', { params: { query: { subGrantId } } }), 200);
    expect(stored.map((a) => a.title).sort()).toEqual(['Dialogue communautaire à Diré', 'Dialogue communautaire à Goundam']);
    expect(stored.map((a) => [a.report?.status, a.report?.participants.total])).toEqual(expect.arrayContaining([['submitted', 35], ['submitted', 30]]));
    const goundamReport = stored.find((a) => a.title.endsWith('Goundam'))?.report;
    expect(goundamReport?.organisations).toEqual([{ kind: 'local-authority', name: 'Mairie de Goundam' }]);
    expect(goundamReport?.outputs).toEqual([{
      id: expect.any(String), kind: 'recommendation', quantity: 1, status: 'proposed', theme: 'natural-resources', addressee: 'Conseil communal de Goundam',
      text: { fr: 'Créer une commission foncière communale avec les associations' },
    }]);

    // A phone-sized screen: the form still fits, the grid scrolls on its own.
    await page.setViewportSize({ width: 390, height: 844 });
    await menu(page, 'Nouveau rapport').click();
    await page.getByLabel('Associations de femmes, Femmes, 18 à 35 ans').waitFor();
    await shoot(page, 'cso-report-phone');
    await context.close();
  });

  it('program manager: portfolio, sub-grant page with its overdue obligation, validation queue', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await signIn(context, 'program-manager');
    expect(await menu(page, 'Nouveau rapport').count()).toBe(0);
    await page.getByLabel('Statut').selectOption('active');
    await page.getByRole('link', { name: 'SG-AMSS-01' }).waitFor();
    await shoot(page, 'pm-portfolio');
    await page.getByRole('link', { name: 'SG-AMSS-01' }).click();
    await page.getByRole('heading', { name: 'Sous-subvention SG-AMSS-01' }).waitFor();
    await page.locator('li.overdue', { hasText: 'Rapport narratif du premier trimestre' }).waitFor();
    await page.getByText('Dépense par mois').waitFor();
    await shoot(page, 'pm-sub-grant');
    // A second tranche, then part of it paid, amounts typed in francs.
    const trancheForm = page.locator('form', { hasText: 'Prévoir une tranche' });
    await trancheForm.getByLabel('Date prévue').fill('2024-06-01');
    await trancheForm.getByLabel('Montant (XOF)').fill('3 000 000');
    await trancheForm.getByRole('button', { name: 'Prévoir une tranche' }).click();
    const paymentForm = page.locator('form', { hasText: 'Enregistrer un décaissement' });
    await eventually(async () => expect(await paymentForm.getByLabel('Tranche').locator('option').count()).toBe(3));
    await paymentForm.getByLabel('Tranche').selectOption({ index: 2 });
    await paymentForm.getByLabel('Date du paiement').fill('2024-06-05');
    await paymentForm.getByLabel('Montant (XOF)').fill('2000000');
    await paymentForm.getByRole('button', { name: 'Enregistrer un décaissement' }).click();
    await page.getByText('5 juin 2024').waitFor();
    const money = await body(platform.client('grants', tokens['program-manager']).GET('/sub-grants/{id}/financial-summary', { params: { path: { id: subGrantId } } }), 200);
    expect([money.planned.amount, money.disbursed.amount]).toEqual([9_000_000, 8_000_000]);

    await menu(page, 'Rapports à valider').click();
    const goundam = page.getByTestId('validation-item').filter({ hasText: 'Goundam' });
    const dire = page.getByTestId('validation-item').filter({ hasText: 'Diré' });
    await goundam.waitFor();
    await dire.waitFor();
    await goundam.getByText('Mairie de Goundam (Collectivité territoriale)').waitFor();
    await goundam.getByText('Créer une commission foncière communale avec les associations', { exact: false }).waitFor();
    await shoot(page, 'pm-validation-queue');
    await goundam.getByRole('button', { name: 'Valider' }).click();
    await goundam.waitFor({ state: 'detached' });

    // The commune adopted the recommendation: the program manager records its follow-up.
    const followUp = page.getByTestId('validated-item').filter({ hasText: 'Goundam' }).getByTestId('follow-up');
    await followUp.getByLabel('Suivi de la recommandation', { exact: false }).selectOption('adopted');
    await followUp.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await page.getByTestId('validated-item').filter({ hasText: 'Goundam' }).locator('.badge', { hasText: 'Adoptée' }).waitFor();
    await dire.getByLabel('Motif du renvoi (obligatoire pour renvoyer)').fill('Les feuilles de présence comptent 32 participants, pas 30.');
    await dire.getByRole('button', { name: 'Renvoyer' }).click();
    await dire.waitFor({ state: 'detached' });

    const stored = await body(activities('program-manager').GET('/activities', { params: { query: { subGrantId } } }), 200);
    expect(Object.fromEntries(stored.map((a) => [a.title, a.report?.status]))).toEqual({
      'Dialogue communautaire à Goundam': 'validated', 'Dialogue communautaire à Diré': 'returned',
    });
    expect(stored.find((a) => a.title.endsWith('Goundam'))?.report?.outputs.map((o) => o.status)).toEqual(['adopted']);
    await context.close();
  });

  it('CSO reporter: sees the returned report with its reason and corrects it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await signIn(context, 'cso-reporter');
    await menu(page, 'Mes activités').click();
    await page.getByText('Les feuilles de présence comptent 32 participants, pas 30.').waitFor();
    await shoot(page, 'cso-returned');
    await page.getByRole('link', { name: 'Corriger' }).click();
    await page.getByRole('heading', { name: 'Corriger le rapport' }).waitFor();
    await eventually(async () => expect(await page.getByTestId('grand-total').textContent()).toBe('30'));
    await page.getByLabel('Associations de femmes, Femmes, 18 à 35 ans').fill('14');
    await page.getByLabel('Total des participants (feuilles de présence)').fill('32');
    // Online, the place is picked from the gazetteer by its name, accents and case aside.
    await page.getByLabel('Lieu', { exact: true }).fill('dire');
    await page.getByRole('button', { name: 'Diré — Tombouctou (ML0602)' }).click();
    await page.getByText('Lieu retenu\u00a0: Diré (ML0602)').waitFor();
    await shoot(page, 'cso-correction');
    await page.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await eventually(async () => expect(await outboxRows(page, 'sent')).toBe(1), 30000, 250);
    const stored = await body(activities('cso-reporter').GET('/activities', { params: { query: { subGrantId } } }), 200);
    const dire = stored.find((a) => a.title === 'Dialogue communautaire à Diré');
    expect([dire?.report?.status, dire?.report?.participants.total, dire?.report?.pcode]).toEqual(['submitted', 32, 'ML0602']);
    expect(stored).toHaveLength(2);

    // The attendance sheet joins the activity as evidence.
    await page.getByLabel('Joindre une pièce (JPEG, PNG ou PDF, 2 Mo au plus)').setInputFiles({
      name: 'liste-presence-dire.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%comptage seulement, aucun nom\n%%EOF\n'),
    });
    await page.getByText('Pièce jointe\u00a0: liste-presence-dire.pdf').waitFor();
    await shoot(page, 'cso-evidence');
    const evidence = await body(activities('cso-reporter').GET('/activities/{id}/evidence', { params: { path: { id: dire!.id } } }), 200);
    expect(evidence.map((e) => [e.kind, e.filename])).toEqual([['attendance-sheet', 'liste-presence-dire.pdf']]);

    // An activity planned before it takes place: type, dates and a place found by its name; its report comes later.
    await menu(page, 'Nouveau rapport').click();
    await page.getByLabel('Sous-subvention').selectOption(subGrantId);
    await page.getByLabel('Type d’activité').selectOption('training');
    await page.getByLabel('Intitulé de l’activité').fill('Formation en médiation à Niafunké');
    await page.getByLabel('Date de début').fill('2024-09-10');
    await page.getByLabel('Date de fin').fill('2024-09-11');
    await page.getByLabel('Lieu', { exact: true }).fill('niafunke');
    await page.getByRole('button', { name: 'Niafunké — Tombouctou (ML0605)' }).click();
    await page.getByRole('button', { name: 'Planifier seulement' }).click();
    await eventually(async () => expect(await outboxRows(page, 'sent')).toBe(2), 30000, 250);
    const planned = (await body(activities('cso-reporter').GET('/activities', { params: { query: { subGrantId } } }), 200)).find((a) => a.title.endsWith('Niafunké'));
    expect([planned?.type, planned?.pcode, planned?.plannedStart, planned?.report]).toEqual(['training', 'ML0605', '2024-09-10', null]);
    await menu(page, 'Mes activités').click();
    await page.getByText('Formation en médiation à Niafunké').waitFor();
    await shoot(page, 'cso-activities');
    await context.close();
  });

  it('M&E officer: dashboard updating live while a report is validated elsewhere, downloads, an indicator defined with the rule builder', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR', acceptDownloads: true });
    const page = await signIn(context, 'me-officer');
    expect(await menu(page, 'Rapports à valider').count()).toBe(0);
    const actual = page.getByTestId('actual-OUT-1-2024Q1');
    await eventually(async () => expect(await actual.textContent()).toBe('35'), 30000, 250);

    // Validated elsewhere (through the API), the dashboard follows the change feed without a reload.
    const dire = (await body(activities('program-manager').GET('/activities', { params: { query: { subGrantId } } }), 200)).find((a) => a.title.endsWith('Diré'))!;
    await body(activities('program-manager').POST('/activities/{id}/report/validate', { params: { path: { id: dire.id } }, body: { version: dire.version } }), 200);
    await eventually(async () => expect(await actual.textContent()).toBe('67'), 30000, 250);
    await page.getByText('Mis à jour à').waitFor();
    await shoot(page, 'me-dashboard');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV (HXL)' }).click()]);
    let csvText = '';
    for await (const chunk of await csv.createReadStream()) csvText += chunk;
    expect(csvText).toContain('#indicator+code');

    await menu(page, 'Indicateurs').click();
    await page.getByLabel('Code', { exact: true }).fill('OUT-2');
    await page.getByLabel('Intitulé en français').fill('Femmes participant aux dialogues');
    await page.getByLabel('Intitulé en anglais').fill('Women taking part in dialogues');
    await page.getByRole('group', { name: 'Seulement ces sexes' }).getByLabel('Femmes').check();
    await page.getByRole('group', { name: 'Ventilations' }).getByLabel('Catégorie').check();
    await page.getByLabel('Période DHIS2').fill('2024Q1');
    await page.getByLabel('Cible', { exact: true }).fill('60');
    await shoot(page, 'me-indicator-builder');
    await page.getByRole('button', { name: 'Définir l’indicateur' }).click();
    await page.getByText('Indicateur défini\u00a0; ses valeurs sont recalculées.').waitFor();
    const defined = await body(platform.client('indicators', tokens['me-officer']).GET('/projects/{projectId}/indicators', { params: { path: { projectId } } }), 200);
    const women = defined.find((i) => i.code === 'OUT-2');
    expect(women?.rule).toEqual({ measure: 'participants', filter: { sexes: ['female'] } });
    expect(women?.disaggregations).toEqual(['category']);
    expect(women?.targets).toEqual([expect.objectContaining({ period: '2024Q1', value: 60 })]);

    // recommendations followed up, by status: the builder offers an output's filters and breakdowns only
    await page.getByLabel('Code', { exact: true }).fill('OUT-3');
    await page.getByLabel('Intitulé en français').fill('Recommandations suivies');
    await page.getByLabel('Intitulé en anglais').fill('Recommendations followed up');
    await page.getByLabel('Ce qu’on compte').selectOption('outputs');
    await page.getByRole('group', { name: 'Seulement ces types de produit' }).getByLabel('Recommandation').check();
    await page.getByRole('group', { name: 'Seulement ces sexes' }).getByLabel('Femmes').uncheck();
    await page.getByRole('group', { name: 'Ventilations' }).getByLabel('État de la recommandation').check();
    expect(await page.getByRole('group', { name: 'Ventilations' }).getByLabel('Sexe').count()).toBe(0);
    await page.getByRole('button', { name: 'Définir l’indicateur' }).click();
    await eventually(async () => {
      const all = await body(platform.client('indicators', tokens['me-officer']).GET('/projects/{projectId}/indicators', { params: { path: { projectId } } }), 200);
      const followed = all.find((i) => i.code === 'OUT-3');
      expect(followed?.rule).toEqual({ measure: 'outputs', filter: { outputKinds: ['recommendation'] } });
      // Catégorie, checked for OUT-2, is no breakdown of outputs: left out
      expect(followed?.disaggregations).toEqual(['status']);
    }, 10000, 200);
    await context.close();
  });

  it('program manager: corrects the counts of a validated report, the previous version kept', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await signIn(context, 'program-manager');
    await menu(page, 'Rapports à valider').click();
    const goundam = page.getByTestId('validated-item').filter({ hasText: 'Goundam' });
    await goundam.getByRole('button', { name: 'Corriger les chiffres' }).click();
    await goundam.getByLabel('Associations de femmes, Femmes, 18 à 35 ans').fill('22');
    await goundam.getByLabel('Total des participants (feuilles de présence)').fill('36');
    await goundam.getByLabel('Motif de la correction').fill('Une participante oubliée sur la deuxième feuille de présence.');
    await shoot(page, 'pm-correction');
    await goundam.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page.getByTestId('validated-item').filter({ hasText: 'Goundam — 36' }).waitFor();
    const corrected = (await body(activities('program-manager').GET('/activities', { params: { query: { subGrantId } } }), 200)).find((a) => a.title.endsWith('Goundam'));
    expect([corrected?.report?.status, corrected?.report?.participants.total, corrected?.previousReports.map((r) => r.participants.total)]).toEqual(['validated', 36, [35]]);
    // The correction keeps who took part and what came out of it, the recommendation's follow-up too.
    expect(corrected?.report?.organisations).toEqual([{ kind: 'local-authority', name: 'Mairie de Goundam' }]);
    expect(corrected?.report?.outputs).toEqual(corrected?.previousReports[0].outputs);
    expect(corrected?.report?.outputs.map((o) => o.status)).toEqual(['adopted']);
    await context.close();
  });
});
