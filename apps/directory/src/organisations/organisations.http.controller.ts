import { Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RequestBody, RequestQuery, Responds } from '@tributary/platform';
import { OrganisationCommands } from './commands/organisation-commands.service';
import { OrganisationQueries } from './queries/organisation-queries.service';
import { DueDiligenceDecisionRequest, ListOrganisationsQuery, RegisterOrganisationRequest, UpdateOrganisationRequest } from './organisations.requests';
import { OrganisationPage, OrganisationResponse } from './organisations.responses';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly commands: OrganisationCommands,
    private readonly queries: OrganisationQueries,
  ) {}

  @Post()
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Register an organisation (program managers: CSOs only); due diligence starts pending. One with the same name, acronym and country already registered answers 409 naming it' })
  @Responds(201, OrganisationResponse)
  @Problems(409, 422)
  register(@CurrentActor() actor: Actor, @RequestBody(RegisterOrganisationRequest) body: RegisterOrganisationRequest): Promise<OrganisationResponse> {
    return this.commands.register(actor, body);
  }

  @Get()
  @Allow(['admin', 'program-manager', 'me-officer', 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'List organisations with cursor paging; a CSO reporter sees only its own' })
  @Responds(200, OrganisationPage)
  list(@CurrentActor() actor: Actor, @RequestQuery(ListOrganisationsQuery) query: ListOrganisationsQuery): Promise<OrganisationPage> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @Allow(['admin', 'program-manager', 'me-officer', 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'One organisation; another CSO’s answers 404 to a CSO reporter' })
  @Responds(200, OrganisationResponse)
  @Problems(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<OrganisationResponse> {
    return this.queries.get(actor, id);
  }

  @Put(':id')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: "Replace an organisation's profile" })
  @Responds(200, OrganisationResponse)
  @Problems(404, 409, 422)
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(UpdateOrganisationRequest) body: UpdateOrganisationRequest): Promise<OrganisationResponse> {
    const { version, ...profile } = body;
    return this.commands.update(actor, id, version, profile);
  }

  @Post(':id/due-diligence')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Record the due-diligence decision (verified or rejected, with reviewer and date)' })
  @Responds(201, OrganisationResponse)
  @Problems(404, 409, 422)
  decide(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(DueDiligenceDecisionRequest) body: DueDiligenceDecisionRequest): Promise<OrganisationResponse> {
    const { version, ...decision } = body;
    return this.commands.decideDueDiligence(actor, id, version, decision);
  }
}
