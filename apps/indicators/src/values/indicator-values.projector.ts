import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DataOf, EventEnvelope, IndicatorValueChanged, ManualValueApproved, ReportCorrected, ReportReturned, ReportValidated } from '@tributary/contracts';
import { EventFactory, KafkaConnection, ReadModelStore } from '@tributary/messaging';
import { AnyBulkWriteOperation } from 'mongodb';
import { RequestContext } from '@tributary/platform';
import { Indicator, IndicatorState } from '../indicators/domain/indicator';
import { periodsOf, periodType } from '../indicators/domain/period';
import { Contribution, contributionOf, difference, ReportFacts } from '../indicators/domain/rule';
import { IndicatorDefinitions } from '../indicators/indicator-definitions.service';
import { ValueBucket, valueOf } from './indicator-value';


type ReportData = DataOf<typeof ReportValidated>;

const facts = (activityId: string, data: ReportData): ReportFacts => ({
  activityId, type: data.type, themes: data.themes, recipientId: data.recipientId, place: data.place, participants: data.participants,
});

/**
 * Keeps indicator values current as reports are validated, corrected or taken back: each event
 * adds the difference it makes to every bucket (indicator × scope × period) it touches, once per
 * bucket. Values are never recomputed from reports on read; a new or changed rule rebuilds by
 * replay. The change sequence orders bucket changes for the incremental feed: one partition at a
 * time, so sequences are given and stored in the same order.
 */
@Injectable()
export class IndicatorValues implements OnModuleInit {
  private sequence = 0;

  constructor(
    private readonly readModels: ReadModelStore,
    private readonly definitions: IndicatorDefinitions,
    private readonly kafka: KafkaConnection,
    private readonly events: EventFactory,
  ) {}

  async onModuleInit(): Promise<void> {
    this.readModels.register('indicator_values', [{ key: { changeSequence: 1 } }, { key: { projectId: 1, indicatorId: 1 } }]);
  }

  collection() {
    return this.readModels.collection<ValueBucket>('indicator_values');
  }

  private async nextSequence(): Promise<number> {
    if (this.sequence === 0) {
      const [last] = await this.collection().find({}, { projection: { changeSequence: 1 } }).sort({ changeSequence: -1 }).limit(1).toArray();
      this.sequence = last?.changeSequence ?? 0;
    }
    return ++this.sequence;
  }

  resetSequence(): void {
    this.sequence = 0;
  }

  async apply(eventKey: string, date: string, projectId: string, scopes: string[], delta: (indicator: IndicatorState) => { amounts: Record<string, number>; distinct: Record<string, number> }) {
    for (const indicator of await this.definitions.ofProject(projectId)) {
      const change = delta(indicator);
      if (Object.keys(change.amounts).length === 0 && Object.keys(change.distinct).length === 0) continue;
      const $inc: Record<string, number> = {};
      for (const [key, amount] of Object.entries(change.amounts)) $inc[`amounts.${key}`] = amount;
      for (const [key, count] of Object.entries(change.distinct)) $inc[`distinct.${key}`] = count;
      const touched: string[] = [];
      const writes = [];
      for (const [type, period] of Object.entries(periodsOf(date))) {
        for (const scope of scopes) {
          const id = `${indicator.id}|${scope}|${period}`;
          touched.push(id);
          writes.push({
            updateOne: {
              filter: { _id: id, appliedEvents: { $ne: eventKey } },
              update: {
                $inc,
                $set: { indicatorId: indicator.id, projectId, scope, period, periodType: type, changeSequence: await this.nextSequence(), updatedAt: new Date().toISOString() },
                $push: { appliedEvents: eventKey },
              },
              upsert: true,
            },
          });
        }
      }
      await this.write(writes as never);
      await this.announce(indicator, touched);
    }
  }

  /** An approved manual value replaces the value of its scope and period. */
  async setManual(eventKey: string, data: DataOf<typeof ManualValueApproved>): Promise<void> {
    const indicator = await this.definitions.get(data.indicatorId);
    const id = `${data.indicatorId}|${data.scope}|${data.period}`;
    await this.write([
      {
        updateOne: {
          filter: { _id: id, appliedEvents: { $ne: eventKey } },
          update: {
            $set: {
              indicatorId: data.indicatorId, projectId: data.projectId, scope: data.scope, period: data.period, periodType: periodType(data.period),
              amounts: { total: data.value }, distinct: {}, changeSequence: await this.nextSequence(), updatedAt: new Date().toISOString(),
            },
            $push: { appliedEvents: eventKey },
          },
          upsert: true,
        },
      },
    ] as never);
    await this.announce(indicator, [id]);
  }

  /**
   * One round trip for the buckets an event touches. Each update applies only if the bucket has
   * not seen the event; where it has, the upsert's insert fails on the _id and is skipped. Only
   * this consumer writes these buckets (one partition at a time), so no document lock is needed.
   */
  private async write(writes: AnyBulkWriteOperation<ValueBucket>[]): Promise<void> {
    try {
      await this.collection().bulkWrite(writes, { ordered: false });
    } catch (error) {
      const failures = (error as { writeErrors?: { code: number }[] }).writeErrors;
      if (!failures || failures.some((f) => f.code !== 11000)) throw error;
    }
  }

  /**
   * Publishes the new values on the value-change topic before the event's offset is committed, so
   * a crash re-announces them (at least once; `changeSequence` lets subscribers drop repeats).
   * A rebuild announces nothing: its values become visible all at once when it is switched in.
   */
  private async announce(indicator: IndicatorState, bucketIds: string[]): Promise<void> {
    if (RequestContext.current()?.readModelGeneration !== undefined) return;
    // By _id one at a time: the local server scans the collection for an $in.
    const found = await Promise.all(bucketIds.map((id) => this.collection().findOne({ _id: id }, { projection: { appliedEvents: 0 } })));
    const buckets = found.filter((b): b is ValueBucket => b !== null);
    const messages = buckets.map((bucket) => {
      const event = this.events.create({
        definition: IndicatorValueChanged,
        subject: bucket._id,
        sequence: bucket.changeSequence,
        data: {
          indicatorId: indicator.id, code: indicator.code, projectId: bucket.projectId, scope: bucket.scope, period: bucket.period,
          value: valueOf(indicator, bucket).value, changeSequence: bucket.changeSequence,
        },
      });
      return { key: bucket._id, value: JSON.stringify(event), headers: { 'event-id': event.id, 'event-type': event.type } };
    });
    if (messages.length === 0) return;
    const producer = await this.kafka.producer();
    await producer.send({ topic: this.kafka.topic(IndicatorValueChanged.topic), acks: -1, messages });
  }
}

const scopesOf = (data: ReportData) => [`subgrant:${data.subGrantId}`, `project:${data.projectId}`, `portfolio:${data.leadPartnerId}`];

function contribution(indicator: IndicatorState, report: ReportFacts): Contribution {
  const merged: Contribution = { amounts: {}, distinct: [] };
  for (const { prefix, rule } of Indicator.rules(indicator)) {
    const part = contributionOf(rule, indicator.disaggregations, report);
    for (const [key, value] of Object.entries(part.amounts)) merged.amounts[`${prefix}${key}`] = value;
    merged.distinct.push(...part.distinct.map((k) => `${prefix}${k}`));
  }
  return merged;
}

const NONE: Contribution = { amounts: {}, distinct: [] };

@Controller()
export class IndicatorValuesEvents {
  constructor(private readonly values: IndicatorValues) {}

  @EventPattern(ReportValidated.type)
  validated(@Payload() event: EventEnvelope<ReportData>) {
    const report = facts(event.subject, event.data);
    return this.values.apply(event.id, event.data.actualStart, event.data.projectId, scopesOf(event.data), (i) => difference(contribution(i, report), NONE));
  }

  @EventPattern(ReportCorrected.type)
  corrected(@Payload() event: EventEnvelope<DataOf<typeof ReportCorrected>>) {
    const next = facts(event.subject, event.data);
    const previous = facts(event.subject, event.data.previous);
    // A correction that moves the report to another period takes from the old one and adds to the new.
    if (event.data.previous.actualStart.slice(0, 7) !== event.data.actualStart.slice(0, 7)) {
      return this.values
        .apply(`${event.id}:from`, event.data.previous.actualStart, event.data.projectId, scopesOf(event.data), (i) => difference(NONE, contribution(i, previous)))
        .then(() => this.values.apply(`${event.id}:to`, event.data.actualStart, event.data.projectId, scopesOf(event.data), (i) => difference(contribution(i, next), NONE)));
    }
    return this.values.apply(event.id, event.data.actualStart, event.data.projectId, scopesOf(event.data), (i) => difference(contribution(i, next), contribution(i, previous)));
  }

  @EventPattern(ManualValueApproved.type)
  manual(@Payload() event: EventEnvelope<DataOf<typeof ManualValueApproved>>) {
    return this.values.setManual(event.id, event.data);
  }

  @EventPattern(ReportReturned.type)
  returned(@Payload() event: EventEnvelope<DataOf<typeof ReportReturned>>) {
    if (!event.data.wasValidated) return;
    const report = facts(event.subject, event.data);
    return this.values.apply(event.id, event.data.actualStart, event.data.projectId, scopesOf(event.data), (i) => difference(NONE, contribution(i, report)));
  }
}
