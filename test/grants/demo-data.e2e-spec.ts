import { body } from '../support/answers';
import { eventually } from '../support/eventually';
import { expectValidIati } from '../support/iati-schema';
import { DEMO_USERS, PlatformUnderTest, startPlatform } from '../support/platform-under-test';

/**
 * The demo data as a newcomer sees it after `npm start`: the donors and lead partners of the field
 * reports carry their IATI identifiers into both exports, and AMSS's second tranche, paid in
 * dollars, counts for the francs its bank credited.
 */
describe('demo data: IATI identifiers and a credited amount', () => {
  let platform: PlatformUnderTest;
  let admin: string;

  beforeAll(async () => {
    platform = await startPlatform('demo-data', ['grants', 'indicators'], { GRANTS_SEED_DEMO: 'true' });
    admin = (await platform.signIn(DEMO_USERS.admin)).access_token;
  });
  afterAll(() => platform?.stop());

  const grants = () => platform.client('grants', admin, 'en');
  const indicators = () => platform.client('indicators', admin, 'en');

  it('counts the dollar payment to AMSS for the francs credited, at the rate derived from the two', async () => {
    const subGrant = await eventually(async () => {
      const seeded = await body(grants().GET('/sub-grants/{id}', { params: { path: { id: 'subgrant-amss-01' } } }), 200);
      expect(seeded.disbursements).toHaveLength(2);
      return seeded;
    }, 60000, 500);
    expect(subGrant.disbursements[1]).toMatchObject({
      amount: { amount: 980_000, currency: 'USD' }, creditedAmount: { amount: 5_912_340, currency: 'XOF' }, exchangeRate: '603.3', amountInAwardCurrency: { amount: 5_912_340, currency: 'XOF' },
    });
    const summary = await body(grants().GET('/sub-grants/{id}/financial-summary', { params: { path: { id: 'subgrant-amss-01' } } }), 200);
    expect(summary.disbursed).toEqual({ amount: 11_912_340, currency: 'XOF' });
  });

  it("exports USAID's and Canada's projects with their organisations' IATI identifiers, valid against the IATI 2.03 schema", async () => {
    const transactions = (await body(grants().GET('/sub-grants/iati-transactions', { params: { query: { projectId: 'project-cove-tbk' } } }), 200)).transactions;
    expect(transactions[1]).toMatchObject({
      value: { amount: '9800.00', currency: 'USD' }, exchangeRate: '603.3', valueInAwardCurrency: { amount: '5912340', currency: 'XOF' },
      providerOrg: { ref: 'US-EIN-237011074', narrative: 'FHI 360' },
      receiverOrg: { narrative: 'Association Malienne pour la Survie au Sahel', receiverActivityId: 'US-EIN-237011074-COVE-TBK-SG-AMSS-01' },
    });

    const exported = (projectId: string, expected: string) =>
      eventually(async () => {
        const xml = await body(indicators().GET('/feeds/iati.xml', { params: { query: { projectId } }, parseAs: 'text' }), 200);
        expect(xml).toContain(expected);
        return xml;
      }, 60000, 500);
    const usaid = await exported('project-cove-tbk', '<value currency="USD" value-date="2024-05-20">9800.00</value>');
    expect(usaid).toContain('<reporting-org ref="US-EIN-237011074" type="21"><narrative>FHI 360</narrative></reporting-org>');
    expect(usaid).toContain('<participating-org ref="US-GOV-1" role="1"><narrative>United States Agency for International Development</narrative></participating-org>');
    expectValidIati(usaid);
    const canada = await exported('project-alert-centre', '<iati-identifier>GB-CHC-327553-ALERT-CENTRE</iati-identifier>');
    expect(canada).toContain('<reporting-org ref="GB-CHC-327553" type="21"><narrative>International Alert</narrative></reporting-org>');
    expect(canada).toContain('<participating-org ref="XM-DAC-301-2" role="1"><narrative>Gouvernement du Canada</narrative></participating-org>');
    expectValidIati(canada);
  });
});
