import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, CommonProblems, ProblemException } from '@tributary/platform';
import {
  CreateProjectRequest,
  DraftSubGrantRequest,
  IatiTransactionsQuery,
  ProposeAmendmentRequest,
  ReportExpenditureRequest,
  SetObligationRequest,
  VersionedRequest,
  ListSubGrantsQuery,
  PlanTrancheRequest,
  RecordDisbursementRequest,
  TRANSITION_PARAM,
  TransitionRequest,
} from './grants.requests';
import { ProjectCommands } from './projects/commands/project-commands.service';
import { SubGrantCommands } from './sub-grants/commands/sub-grant-commands.service';
import { Transition, TRANSITION_NAMES } from './sub-grants/domain/sub-grant';
import { SubGrantQueries } from './sub-grants/queries/sub-grant-queries.service';

const LEAD_PARTNER_STAFF = ['admin', 'program-manager', 'me-officer'] as const;

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
  create(@CurrentActor() actor: Actor, @Body() body: CreateProjectRequest) {
    return this.projects.create(actor, body);
  }

  @Get()
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'])
  @ApiOperation({ summary: "Projects you may see: your lead partner's, or those your organisation funds" })
  list(@CurrentActor() actor: Actor) {
    return this.projects.list(actor);
  }

  @Get(':id')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'])
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.projects.get(actor, id);
  }

  @Get(':id/financial-summary')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'])
  @ApiOperation({ summary: 'Budget, and per currency awarded, planned, disbursed, spent and balance over approved sub-grants' })
  summary(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.subGrantQueries.projectFinancialSummary(actor, id);
  }

  @Post(':id/sub-grants')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Draft a sub-grant to a verified CSO, with budget lines, inside the project period' })
  draft(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: DraftSubGrantRequest) {
    return this.subGrants.draft(actor, id, body);
  }
}

@ApiTags('reporting-obligations')
@Controller('reporting-obligations')
export class ReportingObligationsController {
  constructor(private readonly queries: SubGrantQueries) {}

  @Get('overdue')
  @Allow([...LEAD_PARTNER_STAFF])
  @ApiOperation({ summary: 'Reports pending past their due date, across the sub-grants you manage' })
  overdue(@CurrentActor() actor: Actor) {
    return this.queries.overdueObligations(actor);
  }
}

@ApiTags('sub-grants')
@Controller('sub-grants')
export class SubGrantsController {
  constructor(
    private readonly commands: SubGrantCommands,
    private readonly queries: SubGrantQueries,
  ) {}

  @Get()
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'The portfolio you may see, filtered, with cursor paging; a CSO sees only its own sub-grants' })
  list(@CurrentActor() actor: Actor, @Query() query: ListSubGrantsQuery) {
    return this.queries.list(actor, { ...query, limit: query.limit ?? 50 });
  }

  @Get('iati-transactions')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: "A project's disbursements as IATI 2.03 transactions (type 3), for the IATI export" })
  iati(@CurrentActor() actor: Actor, @Query() query: IatiTransactionsQuery) {
    return this.queries.iatiTransactions(actor, query.projectId);
  }

  @Get(':id')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer', 'cso-reporter'])
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.queries.get(actor, id);
  }

  @Get(':id/financial-summary')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'Awarded, planned in tranches, disbursed, balance' })
  summary(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.queries.financialSummary(actor, id);
  }

  @Post(':id/transitions/:transition')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiParam(TRANSITION_PARAM)
  @ApiOperation({ summary: 'Move the sub-grant through its lifecycle (submit, approve, activate, suspend, reactivate, close, terminate)' })
  transition(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('transition') transition: string, @Body() body: TransitionRequest) {
    if (!(TRANSITION_NAMES as string[]).includes(transition)) {
      throw new ProblemException(
        CommonProblems.validation([{ field: 'transition', message: { fr: `doit être l'une des valeurs : ${TRANSITION_NAMES.join(', ')}`, en: `must be one of: ${TRANSITION_NAMES.join(', ')}` } }]),
      );
    }
    return this.commands.transition(actor, id, body.version, transition as Transition, body.reason);
  }

  @Post(':id/tranches')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Plan a tranche; tranches never sum above the award' })
  planTranche(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PlanTrancheRequest) {
    const { version, ...input } = body;
    return this.commands.planTranche(actor, id, version, input);
  }

  @Get(':id/reporting-obligations')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'Reports due: pending, submitted, accepted, or overdue when pending past the due date' })
  obligations(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.queries.obligations(actor, id);
  }

  @Post(':id/reporting-obligations')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Set a narrative or financial report due on a date' })
  setObligation(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: SetObligationRequest) {
    const { version, ...input } = body;
    return this.commands.setObligation(actor, id, version, input);
  }

  @Post(':id/reporting-obligations/:obligationId/submit')
  @HttpCode(200)
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Mark a due report as submitted (the recipient CSO or its program manager)' })
  submitReport(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('obligationId') obligationId: string, @Body() body: VersionedRequest) {
    return this.commands.submitReport(actor, id, body.version, obligationId);
  }

  @Post(':id/reporting-obligations/:obligationId/accept')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  acceptReport(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('obligationId') obligationId: string, @Body() body: VersionedRequest) {
    return this.commands.acceptReport(actor, id, body.version, obligationId);
  }

  @Post(':id/expenditure-reports')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Report expenditure over a period by budget line (the recipient CSO or its program manager)' })
  reportExpenditure(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ReportExpenditureRequest) {
    const { version, ...input } = body;
    return this.commands.reportExpenditure(actor, id, version, input);
  }

  @Post(':id/amendments')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Propose an amendment: no-cost extension, budget realignment or top-up' })
  proposeAmendment(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ProposeAmendmentRequest) {
    const { version, ...input } = body;
    return this.commands.proposeAmendment(actor, id, version, input);
  }

  @Post(':id/amendments/:number/approve')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Approve a proposed amendment; the previous terms stay in its history' })
  approveAmendment(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('number') number: string, @Body() body: VersionedRequest) {
    return this.commands.approveAmendment(actor, id, body.version, Number(number));
  }

  @Post(':id/disbursements')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Record a disbursement against a tranche of an active sub-grant (exchange rate required for another currency)' })
  disburse(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RecordDisbursementRequest) {
    const { version, ...input } = body;
    return this.commands.recordDisbursement(actor, id, version, input);
  }
}

