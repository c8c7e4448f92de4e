/**
 * One topic per aggregate stream, keyed by aggregate id. The suffix is the topic's major version:
 * a change consumers cannot read alongside the old events moves to a new topic.
 */
export const Topics = {
  directoryOrganisation: 'directory.organisation.v1',
  directoryUser: 'directory.user.v1',
  grantsProject: 'grants.project.v1',
  grantsSubGrant: 'grants.subgrant.v1',
  activitiesActivity: 'activities.activity.v1',
  /** Reference lists administrators extend: one stream per entry (`<list>/<code>`). */
  activitiesReference: 'activities.reference.v1',
  indicatorsIndicator: 'indicators.indicator.v1',
  /** v2: one message per scope and period with every indicator value that changed (v1 had one per value). */
  indicatorsValue: 'indicators.value.v2',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** Where a consumer group's unprocessable messages go, with the error, so the group moves on. */
export const deadLetterTopic = (groupId: string) => `${groupId}.dead-letter.v1`;
