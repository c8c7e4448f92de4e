import { Actor } from '@tributary/platform';
import { allOf, ScopePolicy } from './scope-policy';

interface Grant {
  leadPartnerId: string;
  recipientId: string;
  donorIds: string[];
}

const readers = new ScopePolicy<Grant>(
  { admin: 'all', 'program-manager': ['lead'], 'cso-reporter': ['recipient'], 'donor-viewer': ['donor'] },
  (grant) => ({ lead: grant.leadPartnerId, recipient: grant.recipientId, donor: grant.donorIds }),
);
const grant: Grant = { leadPartnerId: 'lead-ngo', recipientId: 'cso-kita', donorIds: ['donor-a', 'donor-b'] };
const actor = (organisationId: string | null, ...roles: string[]): Actor => ({ userId: 'u', organisationId, roles });

describe('scope policy', () => {
  it.each([
    ['an administrator of any organisation', actor('elsewhere', 'admin'), true],
    ["the lead partner's manager", actor('lead-ngo', 'program-manager'), true],
    ["another organisation's manager", actor('elsewhere', 'program-manager'), false],
    ["the recipient's reporter", actor('cso-kita', 'cso-reporter'), true],
    ["a reporter of the lead partner (not the recipient)", actor('lead-ngo', 'cso-reporter'), false],
    ['one of the donors', actor('donor-b', 'donor-viewer'), true],
    ['a role the policy does not name', actor('lead-ngo', 'me-officer'), false],
    ['someone without an organisation', actor(null, 'program-manager'), false],
  ])('lets %s reach the record or not', (_who, who, reaches) => {
    expect(readers.allows(who, grant)).toBe(reaches);
  });

  it('gives the union of what several roles reach', () => {
    expect(readers.scope(actor('cso-kita', 'cso-reporter', 'donor-viewer'))).toEqual({ kind: 'parts', organisationId: 'cso-kita', parts: ['recipient', 'donor'] });
    expect(readers.allows(actor('donor-a', 'cso-reporter', 'donor-viewer'), grant)).toBe(true);
  });

  it('states the reach as a store filter', async () => {
    const conditions = { lead: 'leadPartnerId', recipient: 'recipientId', donor: (org: string) => ({ donorIds: org }) };
    expect(await readers.where(actor('x', 'admin'), conditions)).toEqual({});
    expect(await readers.where(actor('x', 'me-officer'), conditions)).toBeNull();
    expect(await readers.where(actor('lead-ngo', 'program-manager'), conditions)).toEqual({ leadPartnerId: 'lead-ngo' });
    expect(await readers.where(actor('o', 'program-manager', 'donor-viewer'), conditions)).toEqual({ $or: [{ leadPartnerId: 'o' }, { donorIds: 'o' }] });
  });

  it('lets a machine client reach records through the scopes it holds, as the policy names them', () => {
    const feeds = new ScopePolicy<Grant>({ 'feeds:read': ['lead', 'donor'] }, (g) => ({ lead: g.leadPartnerId, donor: g.donorIds }));
    const client = (organisationId: string, ...scopes: string[]): Actor => ({ userId: 'client:c', organisationId, roles: [], scopes });
    expect(feeds.allows(client('donor-a', 'feeds:read'), grant)).toBe(true);
    expect(feeds.allows(client('elsewhere', 'feeds:read'), grant)).toBe(false);
    expect(feeds.allows(client('lead-ngo'), grant)).toBe(false);
    expect(readers.allows(client('lead-ngo', 'feeds:read'), grant)).toBe(false);
  });

  it('joins filters, leaving out empty ones', () => {
    expect(allOf({}, { a: 1 })).toEqual({ a: 1 });
    expect(allOf({ a: 1 }, {}, { b: 2 })).toEqual({ $and: [{ a: 1 }, { b: 2 }] });
    expect(allOf()).toEqual({});
  });
});
