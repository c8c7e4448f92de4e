/** What a person does in a programme; access rules and scoping are stated in these words. */
export const ROLES = ['admin', 'program-manager', 'me-officer', 'cso-reporter', 'donor-viewer'] as const;
export type Role = (typeof ROLES)[number];
