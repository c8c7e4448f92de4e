import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, DomainError, Problems, RequestBody, Responds } from '@tributary/platform';
import { KnownProjects } from '../projects/known-projects.projector';
import { projectManagers } from '../projects/projects.policy';
import { IndicatorDefinitions } from './commands/indicator-definitions.service';
import { IndicatorReplays } from './commands/indicator-replays.service';
import { projectNotFound } from './domain/indicator';
import { indicatorMessages as messages } from './indicators.messages';
import { DefineIndicatorRequest } from './indicators.requests';
import { IndicatorResponse } from './indicators.responses';

/** Who reads a project's results framework and values (the feeds too). */
export const READERS = ['admin', 'program-manager', 'me-officer', 'donor-viewer'] as const;

@ApiTags('indicators')
@Controller('projects/:projectId/indicators')
export class IndicatorsController {
  constructor(
    private readonly definitions: IndicatorDefinitions,
    private readonly projects: KnownProjects,
    private readonly replays: IndicatorReplays,
  ) {}

  private async project(actor: Actor, projectId: string, manage: boolean) {
    const project = await this.projects.readable(actor, projectId);
    if (!project) throw projectNotFound();
    if (manage && !projectManagers.allows(actor, project)) {
      throw new DomainError('forbidden', 'not-lead-partner', messages('leadPartnerDefines'));
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
    void this.replays.untilReplayed();
    return indicator;
  }

  @Get()
  @Allow([...READERS])
  @ApiOperation({ summary: "The project's indicators, by code" })
  @Responds(200, Type.Array(IndicatorResponse))
  @Problems(404)
  async list(@CurrentActor() actor: Actor, @Param('projectId') projectId: string): Promise<IndicatorResponse[]> {
    await this.project(actor, projectId, false);
    return this.definitions.list(projectId);
  }
}
