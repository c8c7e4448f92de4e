import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RequestBody, Responds } from '@tributary/platform';
import { SubGrantCommands } from '../sub-grants/commands/sub-grant-commands.service';
import { SubGrantQueries } from '../sub-grants/queries/sub-grant-queries.service';
import { DraftSubGrantRequest } from '../sub-grants/sub-grants.requests';
import { SubGrantResponse } from '../sub-grants/sub-grants.responses';
import { ProjectCommands } from './commands/project-commands.service';
import { LEAD_PARTNER_STAFF } from './projects.policy';
import { CreateProjectRequest } from './projects.requests';
import { ProjectFinancialSummary, ProjectResponse } from './projects.responses';

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectCommands,
    private readonly subGrants: SubGrantCommands,
    private readonly subGrantQueries: SubGrantQueries,
  ) {}

  @Post()
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: "Set up a programme (program managers: their own organisation's)" })
  @Responds(201, ProjectResponse)
  @Problems(422)
  create(@CurrentActor() actor: Actor, @RequestBody(CreateProjectRequest) body: CreateProjectRequest): Promise<ProjectResponse> {
    return this.projects.create(actor, body);
  }

  @Get()
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'])
  @ApiOperation({ summary: "Projects you may see: your lead partner's, or those your organisation funds" })
  @Responds(200, Type.Array(ProjectResponse))
  list(@CurrentActor() actor: Actor): Promise<ProjectResponse[]> {
    return this.projects.list(actor);
  }

  @Get(':id')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'])
  @ApiOperation({ summary: 'One project you may see' })
  @Responds(200, ProjectResponse)
  @Problems(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ProjectResponse> {
    return this.projects.get(actor, id);
  }

  @Get(':id/financial-summary')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'])
  @ApiOperation({ summary: 'Budget, and per currency awarded, planned, disbursed, spent and balance over approved sub-grants' })
  @Responds(200, ProjectFinancialSummary)
  @Problems(404)
  summary(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ProjectFinancialSummary> {
    return this.subGrantQueries.projectFinancialSummary(actor, id);
  }

  @Post(':id/sub-grants')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Draft a sub-grant to a verified CSO, with budget lines, inside the project period' })
  @Responds(201, SubGrantResponse)
  @Problems(404, 422)
  draft(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(DraftSubGrantRequest) body: DraftSubGrantRequest): Promise<SubGrantResponse> {
    return this.subGrants.draft(actor, id, body);
  }
}
