import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { ReadModelRebuilder } from '@tributary/messaging';
import { Actor, Allow, DomainError, Problems, RequestBody, RequestQuery, Responds } from '@tributary/platform';
import { Feeds } from './feeds/feeds.service';
import { IndicatorDefinitions } from './indicators/indicator-definitions.service';
import { KnownProjects } from './indicators/known-projects.projector';
import { ManualValues } from './indicators/manual-values.service';
import { ChangesQuery, CsvQuery, DefineIndicatorRequest, Dhis2Query, IatiQuery, ManualValueRequest, ValuesQuery, VersionRequest } from './indicators.requests';
import { Dhis2DataValueSet, FeedChanges, FeedValuePage, IndicatorResponse, ManualValueResponse } from './indicators.responses';

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
  @Responds(201, IndicatorResponse)
  @Problems(404, 409, 422)
  async define(@CurrentActor() actor: Actor, @Param('projectId') projectId: string, @RequestBody(DefineIndicatorRequest) body: DefineIndicatorRequest): Promise<IndicatorResponse> {
    await this.project(actor, projectId, true);
    const indicator = await this.definitions.define({ ...body, projectId });
    // A new rule applies to past reports too: replay them into a new generation of values.
    void this.rebuilder.rebuild().catch(() => undefined);
    return indicator;
  }

  @Get()
  @Allow([...READERS])
  @ApiOperation({ summary: "The project's indicators, by code" })
  @Responds(200, Type.Array(IndicatorResponse))
  @Problems(404)
  async list(@CurrentActor() actor: Actor, @Param('projectId') projectId: string): Promise<IndicatorResponse[]> {
    await this.project(actor, projectId, false);
    return this.definitions.ofProject(projectId);
  }
}

@ApiTags('indicators')
@Controller('indicators/:indicatorId/manual-values')
export class ManualValuesController {
  constructor(private readonly manual: ManualValues) {}

  @Post()
  @Allow(['admin', 'me-officer'])
  @ApiOperation({ summary: 'Submit a value measured outside reports (e.g. a survey) for an indicator without a rule' })
  @Responds(201, ManualValueResponse)
  @Problems(404, 409, 422)
  submit(@CurrentActor() actor: Actor, @Param('indicatorId') indicatorId: string, @RequestBody(ManualValueRequest) body: ManualValueRequest): Promise<ManualValueResponse> {
    return this.manual.submit(actor, indicatorId, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Approve a manual value (not by its submitter); it then becomes the value of its period' })
  @Responds(200, ManualValueResponse)
  @Problems(404, 409)
  approve(
    @CurrentActor() actor: Actor,
    @Param('indicatorId') indicatorId: string,
    @Param('id') id: string,
    @RequestBody(VersionRequest) body: VersionRequest,
  ): Promise<ManualValueResponse> {
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
  @Responds(200, FeedValuePage)
  @Problems(404, 422)
  values(@CurrentActor() actor: Actor, @RequestQuery(ValuesQuery) query: ValuesQuery): Promise<FeedValuePage> {
    return this.feeds.valuesPage(actor, query);
  }

  @Get('changes')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'What changed since the cursor: nothing missed, nothing repeated, while values keep changing' })
  @Responds(200, FeedChanges)
  changes(@CurrentActor() actor: Actor, @RequestQuery(ChangesQuery) query: ChangesQuery): Promise<FeedChanges> {
    return this.feeds.changes(actor, query.cursor, query.limit);
  }

  @Get('values.csv')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The values as CSV, with an HXL hashtag row when hxl=true' })
  @Responds(200, Type.String(), { mediaTypes: ['text/csv'] })
  @Problems(404, 422)
  csv(@CurrentActor() actor: Actor, @RequestQuery(CsvQuery) query: CsvQuery): Promise<string> {
    const { hxl, ...filter } = query;
    return this.feeds.csv(actor, { ...filter, limit: 500 }, hxl);
  }

  @Get('iati.xml')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @Header('content-type', 'application/xml; charset=utf-8')
  @ApiOperation({ summary: 'The project as an IATI 2.03 activity: results with baseline, targets and actuals by dimension, and disbursements as transactions' })
  @Responds(200, Type.String(), { mediaTypes: ['application/xml'] })
  @Problems(404)
  iati(@CurrentActor() actor: Actor, @RequestQuery(IatiQuery) query: IatiQuery): Promise<string> {
    return this.feeds.iati(actor, query.projectId);
  }

  @Get('dhis2')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'The values as a DHIS2 dataValueSets document' })
  @Responds(200, Dhis2DataValueSet)
  @Problems(404, 422)
  dhis2(@CurrentActor() actor: Actor, @RequestQuery(Dhis2Query) query: Dhis2Query): Promise<Dhis2DataValueSet> {
    return this.feeds.dhis2(actor, { ...query, limit: 500 });
  }
}
