/**
 * How Tributary names things in IATI, shared by grants' transactions and indicators' activity
 * export so both point at the same activities.
 */

/** What a project code or sub-grant reference may hold to be part of an IATI activity identifier (no spaces, slashes or colons). */
export const IATI_IDENTIFIER_PART = '^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$';

/** A project's IATI activity (`<lead partner's identifier>-<project code>`), or a CSO's under it (`…-<sub-grant reference>`). */
export const iatiActivityIdentifier = (leadPartnerIdentifier: string, projectCode: string, subGrantReference?: string): string =>
  [leadPartnerIdentifier, projectCode, ...(subGrantReference ? [subGrantReference] : [])].join('-');

/**
 * The IATI identifier an organisation event carries, to copy: the directory never removes one (a
 * profile sent without it keeps it), so an event without one changes nothing.
 */
export const givenIatiIdentifier = ({ iatiIdentifier }: { iatiIdentifier?: string }): { iatiIdentifier?: string } =>
  iatiIdentifier ? { iatiIdentifier } : {};
