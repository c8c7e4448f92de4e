import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, ROLES } from '@tributary/platform';
import { IsOptional, IsString } from 'class-validator';
import { Response } from 'express';
import { ReferenceService } from '../reference/reference.service';
import {
  AddActivityTypeRequest,
  BatchRequest,
  CorrectReportRequest,
  PlanActivityRequest,
  ReturnReportRequest,
  SaveReportRequest,
  VersionRequest,
} from './activities.requests';
import { ActivityBatch } from './commands/activity-batch.service';
import { ActivityCommands } from './commands/activity-commands.service';

class ListActivitiesQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() subGrantId?: string;
}

const FIELD_ROLES = ['admin', 'program-manager', 'me-officer', 'cso-reporter'] as const;

@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(
    private readonly activities: ActivityCommands,
    private readonly batch: ActivityBatch,
  ) {}

  @Get()
  @Allow([...FIELD_ROLES])
  @ApiOperation({ summary: "Activities you may see: your CSO's, or your lead partner's sub-grants'" })
  list(@CurrentActor() actor: Actor, @Query() query: ListActivitiesQuery) {
    return this.activities.list(actor, query);
  }

  @Post('batch')
  @HttpCode(200)
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Plan, report and submit many activities at once; each item answered created, updated, unchanged, conflict or invalid' })
  runBatch(@CurrentActor() actor: Actor, @Body() body: BatchRequest) {
    return this.batch.run(actor, body.items);
  }

  @Get(':id')
  @Allow([...FIELD_ROLES])
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.activities.get(actor, id);
  }

  @Put(':id')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Plan an activity under an active sub-grant with a client-generated id; a retry answers 200 unchanged' })
  async plan(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PlanActivityRequest, @Res({ passthrough: true }) res: Response) {
    const { outcome, activity } = await this.activities.plan(actor, id, body);
    res.status(outcome === 'created' ? 201 : 200);
    return { outcome, activity };
  }

  @Put(':id/report')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Write the report draft: dates, place, participants counted by sex × age band × category, outputs, narrative' })
  saveReport(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: SaveReportRequest) {
    const { version, ...content } = body;
    return this.activities.saveReport(actor, id, version, content);
  }

  @Post(':id/report/submit')
  @HttpCode(200)
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried submission with the same key changes nothing' })
  submit(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: VersionRequest, @Headers('idempotency-key') key?: string) {
    return this.activities.submit(actor, id, body.version, key);
  }

  @Post(':id/report/validate')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  validate(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: VersionRequest) {
    return this.activities.validate(actor, id, body.version);
  }

  @Post(':id/report/return')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Return the report with comments (also a validated one: its counts are then taken back out)' })
  returnReport(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ReturnReportRequest) {
    return this.activities.returnReport(actor, id, body.version, body.comments);
  }

  @Post(':id/report/correct')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Correct a validated report; the previous version is kept and the event carries both' })
  correct(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CorrectReportRequest) {
    const { version, reason, ...content } = body;
    return this.activities.correct(actor, id, version, content, reason);
  }
}

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get()
  @Allow([...ROLES])
  @ApiOperation({ summary: 'Activity types, themes and participant dimensions, in French and English' })
  get() {
    return this.reference.current();
  }

  @Get('places/:pcode')
  @Allow([...ROLES])
  @ApiOperation({ summary: 'An administrative area by P-code, with its region and cercle' })
  place(@Param('pcode') pcode: string) {
    return { area: this.reference.gazetteer.find(pcode) ?? null, ...(this.reference.gazetteer.locate(pcode) ?? {}) };
  }

  @Post('activity-types')
  @Allow(['admin'])
  @ApiOperation({ summary: 'Add an activity type without a code change' })
  add(@Body() body: AddActivityTypeRequest) {
    return this.reference.addActivityType(body);
  }
}
