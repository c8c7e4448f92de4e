import { hasRole } from '@tributary/auth';
import { Actor, DomainError } from '@tributary/platform';
import { ProjectState } from './domain/project';

export const projectNotFound = () => new DomainError('not-found', 'project-not-found', { fr: 'Projet introuvable', en: 'Project not found' });

/**
 * Who sees a project: administrators; the lead partner's staff; the donors that fund it. A
 * project outside the caller's reach is answered as absent.
 */
export function canSeeProject(actor: Actor, project: ProjectState): boolean {
  if (hasRole(actor, 'admin')) return true;
  if (hasRole(actor, 'program-manager', 'me-officer') && project.leadPartnerId === actor.organisationId) return true;
  return hasRole(actor, 'donor-viewer') && project.donors.some((d) => d.organisationId === actor.organisationId);
}

/** Only the lead partner's program managers (and administrators) change a project's sub-grants. */
export function assertMayManage(actor: Actor, project: ProjectState): void {
  if (!canSeeProject(actor, project)) throw projectNotFound();
  if (!hasRole(actor, 'admin') && !(hasRole(actor, 'program-manager') && project.leadPartnerId === actor.organisationId)) {
    throw new DomainError('forbidden', 'not-lead-partner-manager', {
      fr: 'Seuls les gestionnaires du partenaire principal modifient ce projet',
      en: "Only the lead partner's program managers change this project",
    });
  }
}

/** Mongo filter of the projects an actor sees. */
export function visibleProjectsFilter(actor: Actor): Record<string, unknown> | null {
  if (hasRole(actor, 'admin')) return {};
  if (hasRole(actor, 'program-manager', 'me-officer')) return { leadPartnerId: actor.organisationId };
  if (hasRole(actor, 'donor-viewer')) return { 'donors.organisationId': actor.organisationId };
  return null;
}
