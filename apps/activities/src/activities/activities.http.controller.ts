import { Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RateLimited, RequestBody, RequestParam, RequestQuery, Responds } from '@tributary/platform';
import { Response } from 'express';
import {
  ActivityId,
  BatchRequest,
  CorrectReportRequest,
  FollowUpRequest,
  ListActivitiesQuery,
  PlanActivityRequest,
  ReturnReportRequest,
  SaveReportRequest,
  VersionRequest,
} from './activities.requests';
import { ActivityResponse, BatchResponse, PlanResponse } from './activities.responses';
import { ActivityBatch } from './commands/activity-batch.service';
import { ActivityCommands } from './commands/activity-commands.service';
import { ActivityQueries } from './queries/activity-queries.service';

const FIELD_ROLES = ['admin', 'program-manager', 'me-officer', 'cso-reporter'] as const;

type Activity = Promise<ActivityResponse>;

@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(
    private readonly activities: ActivityCommands,
    private readonly queries: ActivityQueries,
    private readonly batch: ActivityBatch,
  ) {}

  @Get()
  @Allow([...FIELD_ROLES])
  @ApiOperation({ summary: "Activities you may see: your CSO's, or your lead partner's sub-grants'" })
  @Responds(200, Type.Array(ActivityResponse))
  list(@CurrentActor() actor: Actor, @RequestQuery(ListActivitiesQuery) query: ListActivitiesQuery): Promise<ActivityResponse[]> {
    return this.queries.list(actor, query);
  }

  @Post('batch')
  @HttpCode(200)
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @RateLimited('bulk')
  @ApiOperation({ summary: 'Plan, report and submit many activities at once; each item answered created, updated, unchanged, conflict or invalid' })
  @Responds(200, BatchResponse)
  runBatch(@CurrentActor() actor: Actor, @RequestBody(BatchRequest) body: BatchRequest): Promise<BatchResponse> {
    return this.batch.run(actor, body.items);
  }

  @Get(':id')
  @Allow([...FIELD_ROLES])
  @ApiOperation({ summary: 'One activity you may see, with its report' })
  @Responds(200, ActivityResponse)
  @Problems(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Activity {
    return this.queries.get(actor, id);
  }

  @Put(':id')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Plan an activity under an active sub-grant with a client-generated id; a retry answers 200 unchanged' })
  @Responds(201, PlanResponse, { description: 'Planned' })
  @Responds(200, PlanResponse, { description: 'Already planned, exactly so: unchanged' })
  @Problems(404, 409, 422)
  async plan(
    @CurrentActor() actor: Actor,
    @RequestParam('id', ActivityId) id: string,
    @RequestBody(PlanActivityRequest) body: PlanActivityRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanResponse> {
    const { outcome, activity } = await this.activities.plan(actor, id, body);
    res.status(outcome === 'created' ? 201 : 200);
    return { outcome, activity };
  }

  @Put(':id/report')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Write the report draft: dates, place, participants counted by sex × age band × category, outputs, narrative' })
  @Responds(200, ActivityResponse)
  @Problems(404, 409, 422)
  saveReport(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(SaveReportRequest) body: SaveReportRequest): Activity {
    const { version, ...content } = body;
    return this.activities.saveReport(actor, id, version, content);
  }

  @Post(':id/report/submit')
  @HttpCode(200)
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Submit the report for validation, while the sub-grant is active' })
  @ApiHeader({ name: 'idempotency-key', required: false, schema: { type: 'string' }, description: 'a retried submission with the same key changes nothing (an empty key is no key)' })
  @Responds(200, ActivityResponse)
  @Problems(404, 409)
  submit(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(VersionRequest) body: VersionRequest, @Headers('idempotency-key') key?: string): Activity {
    return this.activities.submit(actor, id, body.version, key);
  }

  @Post(':id/report/validate')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Validate a submitted report: its counts now count' })
  @Responds(200, ActivityResponse)
  @Problems(404, 409)
  validate(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(VersionRequest) body: VersionRequest): Activity {
    return this.activities.validate(actor, id, body.version);
  }

  @Post(':id/report/return')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Return the report with comments (also a validated one: its counts are then taken back out)' })
  @Responds(200, ActivityResponse)
  @Problems(404, 409, 422)
  returnReport(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(ReturnReportRequest) body: ReturnReportRequest): Activity {
    return this.activities.returnReport(actor, id, body.version, body.comments);
  }

  @Post(':id/report/correct')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Correct a validated report; the previous version is kept and the event carries both' })
  @Responds(200, ActivityResponse)
  @Problems(404, 409, 422)
  correct(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(CorrectReportRequest) body: CorrectReportRequest): Activity {
    const { version, reason, ...content } = body;
    return this.activities.correct(actor, id, version, content, reason);
  }

  @Post(':id/outputs/:outputId/follow-up')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: "Set the follow-up of a recommendation of a validated report: adopted, in progress, implemented or dropped (never back to proposed)" })
  @Responds(200, ActivityResponse)
  @Problems(404, 409, 422)
  followUp(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('outputId') outputId: string, @RequestBody(FollowUpRequest) body: FollowUpRequest): Activity {
    return this.activities.followUp(actor, id, body.version, outputId, body.status);
  }
}
