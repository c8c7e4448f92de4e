import { OUTAGE_RETRY_AFTER_SECONDS } from './dependency-outage';
import { ProblemSpec } from './problem';

/** Problems every service can answer with, for statuses Nest or the platform raise themselves. */
export const CommonProblems = {
  validation: (errors: ProblemSpec['errors']): ProblemSpec => ({
    status: 400,
    code: 'validation',
    title: { fr: 'La requête contient des données invalides', en: 'The request contains invalid data' },
    errors,
  }),
  malformedBody: (): ProblemSpec => ({
    status: 400,
    code: 'malformed-body',
    title: { fr: 'Le corps de la requête est illisible', en: 'The request body cannot be read' },
    detail: { fr: 'Envoyez un document JSON valide.', en: 'Send a valid JSON document.' },
  }),
  unauthenticated: (): ProblemSpec => ({
    status: 401,
    code: 'unauthenticated',
    title: { fr: 'Authentification requise', en: 'Authentication required' },
    detail: { fr: 'Jeton absent, invalide ou expiré.', en: 'The token is missing, invalid or expired.' },
  }),
  forbidden: (): ProblemSpec => ({
    status: 403,
    code: 'forbidden',
    title: { fr: 'Accès refusé', en: 'Access denied' },
    detail: {
      fr: "Votre rôle ou votre organisation ne permet pas cette opération.",
      en: 'Your role or organisation does not allow this operation.',
    },
  }),
  notFound: (): ProblemSpec => ({
    status: 404,
    code: 'not-found',
    title: { fr: 'Ressource introuvable', en: 'Resource not found' },
  }),
  methodNotAllowed: (allowed: string[]): ProblemSpec => ({
    status: 405,
    code: 'method-not-allowed',
    title: { fr: 'Méthode non prise en charge ici', en: 'Method not allowed here' },
    detail: { fr: `Méthodes acceptées : ${allowed.join(', ')}.`, en: `Allowed methods: ${allowed.join(', ')}.` },
  }),
  conflict: (detail?: ProblemSpec['detail']): ProblemSpec => ({
    status: 409,
    code: 'conflict',
    title: { fr: 'Conflit avec l’état actuel', en: 'Conflict with the current state' },
    detail,
  }),
  overLimit: (errors: ProblemSpec['errors']): ProblemSpec => ({
    status: 422,
    code: 'limit-exceeded',
    title: { fr: 'La requête dépasse une limite', en: 'The request exceeds a limit' },
    errors,
  }),
  payloadTooLarge: (limitBytes?: number): ProblemSpec => ({
    status: 413,
    code: 'payload-too-large',
    title: { fr: 'Requête trop volumineuse', en: 'Request too large' },
    ...(limitBytes ? { detail: { fr: `Le corps dépasse la limite de ${Math.round(limitBytes / 1024)} Ko.`, en: `The body exceeds the limit of ${Math.round(limitBytes / 1024)} kB.` } } : {}),
  }),
  tooManyRequests: (retryAfterSeconds: number, limit: { fr: string; en: string }): ProblemSpec => ({
    status: 429,
    code: 'too-many-requests',
    title: { fr: 'Trop de requêtes', en: 'Too many requests' },
    detail: {
      fr: `Limite atteinte : ${limit.fr}. Réessayez dans ${retryAfterSeconds} s.`,
      en: `Limit reached: ${limit.en}. Try again in ${retryAfterSeconds} s.`,
    },
    retryAfterSeconds,
  }),
  unavailable: (): ProblemSpec => ({
    status: 503,
    code: 'unavailable',
    title: { fr: 'Service momentanément indisponible', en: 'Service temporarily unavailable' },
    detail: {
      fr: 'Une ressource dont dépend le service ne répond pas ; réessayez dans quelques secondes.',
      en: 'A resource the service depends on is not answering; try again in a few seconds.',
    },
    retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
  }),
  internal: (): ProblemSpec => ({
    status: 500,
    code: 'internal',
    title: { fr: 'Erreur interne', en: 'Internal error' },
    detail: {
      fr: "Une erreur inattendue s'est produite ; rien n'a été enregistré.",
      en: 'An unexpected error occurred; nothing was saved.',
    },
  }),
};
