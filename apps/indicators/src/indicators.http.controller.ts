import { Body, Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { ReadModelRebuilder } from '@tributary/messaging';
import { Actor, Allow, DomainError } from '@tributary/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Feeds } from './feeds/feeds.service';
import { DISAGGREGATIONS } from './indicators/domain/indicator';
import { IndicatorDefinitions } from './indicators/indicator-definitions.service';
import { KnownProjects } from './indicators/known-projects.projector';
import { ManualValues } from './indicators/manual-values.service';

class BilingualRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) fr: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) en: string;
}

class TargetRequest {
  @ApiProperty({ example: '2024Q1', description: 'DHIS2 period' }) @Matches(/^\d{4}(0[1-9]|1[0-2]|Q[1-4]|S[12])?$/) period: string;
  @ApiProperty({ example: 500 }) @IsNumber() value: number;
  @ApiPropertyOptional({ example: 'sex=female', description: 'a target for one disaggregation only' }) @IsOptional() @Matches(/^[a-zA-Z0-9]+=[a-z0-9-]+$/) disaggregation?: string;
}

class BaselineRequest {
  @ApiProperty() @IsNumber() value: number;
  @ApiProperty({ example: '2023-12-31' }) @IsISO8601({ strict: true }) date: string;
}

class DefineIndicatorRequest {
  @ApiProperty({ example: 'OUT-1.1' }) @Matches(/^[A-Za-z0-9._-]{1,30}$/) code: string;
  @ApiProperty({ type: BilingualRequest }) @ValidateNested() @Type(() => BilingualRequest) title: BilingualRequest;
  @ApiPropertyOptional({ type: BilingualRequest }) @IsOptional() @ValidateNested() @Type(() => BilingualRequest) definition?: BilingualRequest;
  @ApiPropertyOptional({ type: BilingualRequest, description: 'the result (at this level) the indicator measures' }) @IsOptional() @ValidateNested() @Type(() => BilingualRequest) result?: BilingualRequest;
  @ApiProperty({ enum: ['output', 'outcome', 'impact'] }) @IsIn(['output', 'outcome', 'impact']) level: 'output' | 'outcome' | 'impact';
  @ApiProperty({ enum: ['unit', 'percent', 'qualitative'] }) @IsIn(['unit', 'percent', 'qualitative']) measure: 'unit' | 'percent' | 'qualitative';
  @ApiProperty({ enum: ['increase', 'decrease'] }) @IsIn(['increase', 'decrease']) direction: 'increase' | 'decrease';
  @ApiProperty({ enum: DISAGGREGATIONS, isArray: true }) @IsArray() @IsIn(DISAGGREGATIONS, { each: true }) disaggregations: string[];
  @ApiPropertyOptional({ description: 'for unit indicators: { measure, filter }' }) @IsOptional() @IsObject() rule?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'for percentages' }) @IsOptional() @IsObject() numerator?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'for percentages' }) @IsOptional() @IsObject() denominator?: Record<string, unknown>;
  @ApiProperty({ type: [TargetRequest] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => TargetRequest) targets: TargetRequest[];
  @ApiPropertyOptional({ type: BaselineRequest }) @IsOptional() @ValidateNested() @Type(() => BaselineRequest) baseline?: BaselineRequest;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) meansOfVerification?: string;
  @ApiPropertyOptional({ enum: ['monthly', 'quarterly', 'six-monthly', 'yearly'] }) @IsOptional() @IsIn(['monthly', 'quarterly', 'six-monthly', 'yearly']) frequency?: 'monthly' | 'quarterly' | 'six-monthly' | 'yearly';
}

class ValuesQuery {
  @ApiProperty() @IsString() projectId: string;
  @ApiPropertyOptional() @IsOptional() @IsString() indicatorId?: string;
  @ApiPropertyOptional({ example: 'project:project-cove-tbk', description: 'subgrant:<id>, project:<id> or portfolio:<lead partner id>' }) @IsOptional() @IsString() scope?: string;
  @ApiPropertyOptional({ enum: ['monthly', 'quarterly', 'six-monthly', 'yearly'] }) @IsOptional() @IsIn(['monthly', 'quarterly', 'six-monthly', 'yearly']) periodType?: string;
  @ApiPropertyOptional({ example: '2024-01-01' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ example: '2024-12-31' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ example: 'category', description: 'keep only this dimension in the breakdown' }) @IsOptional() @IsIn(DISAGGREGATIONS) disaggregation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() cursor?: string;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ description: 'CSV only: add the HXL hashtag row' }) @IsOptional() @IsIn(['true', 'false']) hxl?: string;
}

class IatiQuery {
  @ApiProperty() @IsString() projectId: string;
}

class ChangesQuery {
  @ApiPropertyOptional({ default: 0, description: 'the nextCursor of the previous answer' }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) cursor?: number;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

const READERS = ['admin', 'program-manager', 'me-officer', 'donor-viewer'] as const;

@ApiTags('indicators')
@Controller('projects/:projectId/indicators')
export class IndicatorsController {
  constructor(
    private readonly definitions: IndicatorDefinitions,
    private readonly projects: KnownProjects,
    private readonly rebuilder: ReadModelRebuilder,
  ) {}

  private async project(actor: Actor, projectId: string, manage: boolean) {
    const project = await this.projects.find(projectId);
    if (!project || !this.projects.mayRead(actor, project)) throw new DomainError('not-found', 'project-not-found', { fr: 'Projet introuvable', en: 'Project not found' });
    if (manage && !this.projects.mayManage(actor, project)) {
      throw new DomainError('forbidden', 'not-lead-partner', { fr: 'Seul le partenaire principal définit les indicateurs', en: 'Only the lead partner defines indicators' });
    }
    return project;
  }

  @Post()
  @Allow(['admin', 'me-officer', 'program-manager'])
  @ApiOperation({ summary: 'Define an indicator with its rule, targets and disaggregations; values are rebuilt from the activity events' })
  async define(@CurrentActor() actor: Actor, @Param('projectId') projectId: string, @Body() body: DefineIndicatorRequest) {
    await this.project(actor, projectId, true);
    const indicator = await this.definitions.define({ ...body, projectId } as never);
    // A new rule applies to past reports too: replay them into a new generation of values.
    void this.rebuilder.rebuild().catch(() => undefined);
    return indicator;
  }

  @Get()
  @Allow([...READERS])
  async list(@CurrentActor() actor: Actor, @Param('projectId') projectId: string) {
    await this.project(actor, projectId, false);
    return this.definitions.ofProject(projectId);
  }
}

class ManualValueRequest {
  @ApiProperty({ example: 'project:project-cove-tbk' }) @IsString() scope: string;
  @ApiProperty({ example: '2024' }) @Matches(/^\d{4}(0[1-9]|1[0-2]|Q[1-4]|S[12])?$/) period: string;
  @ApiProperty({ example: 64.5 }) @IsNumber() value: number;
  @ApiPropertyOptional({ example: 'enquête de perception, 420 ménages' }) @IsOptional() @IsString() @MaxLength(2000) comment?: string;
}

class VersionRequest {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

@ApiTags('indicators')
@Controller('indicators/:indicatorId/manual-values')
export class ManualValuesController {
  constructor(private readonly manual: ManualValues) {}

  @Post()
  @Allow(['admin', 'me-officer'])
  @ApiOperation({ summary: 'Submit a value measured outside reports (e.g. a survey) for an indicator without a rule' })
  submit(@CurrentActor() actor: Actor, @Param('indicatorId') indicatorId: string, @Body() body: ManualValueRequest) {
    return this.manual.submit(actor, indicatorId, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Approve a manual value (not by its submitter); it then becomes the value of its period' })
  approve(@CurrentActor() actor: Actor, @Param('indicatorId') indicatorId: string, @Param('id') id: string, @Body() body: VersionRequest) {
    return this.manual.approve(actor, indicatorId, id, body.version);
  }
}

@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: Feeds) {}

  @Get('values')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'Indicator values with targets and status, filtered, with cursor paging' })
  values(@CurrentActor() actor: Actor, @Query() query: ValuesQuery) {
    return this.feeds.valuesPage(actor, { ...query, limit: query.limit ?? 100 });
  }

  @Get('changes')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'What changed since the cursor: nothing missed, nothing repeated, while values keep changing' })
  changes(@CurrentActor() actor: Actor, @Query() query: ChangesQuery) {
    return this.feeds.changes(actor, query.cursor ?? 0, query.limit ?? 100);
  }

  @Get('values.csv')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The values as CSV, with an HXL hashtag row when hxl=true' })
  csv(@CurrentActor() actor: Actor, @Query() query: ValuesQuery) {
    return this.feeds.csv(actor, { ...query, limit: 500 }, query.hxl === 'true');
  }

  @Get('iati.xml')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @Header('content-type', 'application/xml; charset=utf-8')
  @ApiProduces('application/xml')
  @ApiOperation({ summary: 'The project as an IATI 2.03 activity: results with baseline, targets and actuals by dimension, and disbursements as transactions' })
  iati(@CurrentActor() actor: Actor, @Query() query: IatiQuery) {
    return this.feeds.iati(actor, query.projectId);
  }

  @Get('dhis2')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'The values as a DHIS2 dataValueSets document' })
  dhis2(@CurrentActor() actor: Actor, @Query() query: ValuesQuery) {
    return this.feeds.dhis2(actor, { ...query, limit: 500 });
  }
}
