import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RequestBody, RequestParam, RequestQuery, Responds } from '@tributary/platform';
import { LEAD_PARTNER_STAFF } from '../projects/projects.policy';
import { SubGrantCommands } from './commands/sub-grant-commands.service';
import { Transition } from './domain/sub-grant';
import { SubGrantQueries } from './queries/sub-grant-queries.service';
import {
  AmendmentNumber,
  IatiTransactionsQuery,
  ListSubGrantsQuery,
  PlanTrancheRequest,
  ProposeAmendmentRequest,
  RecordDisbursementRequest,
  ReportExpenditureRequest,
  SetObligationRequest,
  TransitionName,
  TransitionRequest,
  VersionedRequest,
} from './sub-grants.requests';
import { IatiTransactionsResponse, ObligationsResponse, SubGrantFinancialSummary, SubGrantPage, SubGrantResponse } from './sub-grants.responses';

type SubGrant = Promise<SubGrantResponse>;

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
  @Responds(200, SubGrantPage)
  list(@CurrentActor() actor: Actor, @RequestQuery(ListSubGrantsQuery) query: ListSubGrantsQuery): Promise<SubGrantPage> {
    return this.queries.list(actor, query);
  }

  @Get('iati-transactions')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer'], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: "A project's disbursements as IATI 2.03 transactions (type 3), for the IATI export" })
  @Responds(200, IatiTransactionsResponse)
  @Problems(404)
  iati(@CurrentActor() actor: Actor, @RequestQuery(IatiTransactionsQuery) query: IatiTransactionsQuery): Promise<IatiTransactionsResponse> {
    return this.queries.iatiTransactions(actor, query.projectId);
  }

  @Get(':id')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'One sub-grant you may see, with its tranches, disbursements, history, amendments and obligations' })
  @Responds(200, SubGrantResponse)
  @Problems(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): SubGrant {
    return this.queries.get(actor, id);
  }

  @Get(':id/financial-summary')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'Awarded, planned in tranches, disbursed, balance' })
  @Responds(200, SubGrantFinancialSummary)
  @Problems(404)
  summary(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SubGrantFinancialSummary> {
    return this.queries.financialSummary(actor, id);
  }

  @Post(':id/transitions/:transition')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Move the sub-grant through its lifecycle (submit, approve, activate, suspend, reactivate, close, terminate)' })
  @Responds(200, SubGrantResponse)
  @Problems(404, 409, 422)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @RequestParam('transition', TransitionName) transition: Transition,
    @RequestBody(TransitionRequest) body: TransitionRequest,
  ): SubGrant {
    return this.commands.transition(actor, id, body.version, transition, body.reason);
  }

  @Post(':id/tranches')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Plan a tranche; tranches never sum above the award' })
  @Responds(201, SubGrantResponse)
  @Problems(404, 409, 422)
  planTranche(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(PlanTrancheRequest) body: PlanTrancheRequest): SubGrant {
    const { version, ...input } = body;
    return this.commands.planTranche(actor, id, version, input);
  }

  @Get(':id/reporting-obligations')
  @Allow([...LEAD_PARTNER_STAFF, 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'Reports due: pending, submitted, accepted, or overdue when pending past the due date' })
  @Responds(200, ObligationsResponse)
  @Problems(404)
  obligations(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ObligationsResponse> {
    return this.queries.obligations(actor, id);
  }

  @Post(':id/reporting-obligations')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Set a narrative or financial report due on a date' })
  @Responds(201, SubGrantResponse)
  @Problems(404, 409)
  setObligation(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(SetObligationRequest) body: SetObligationRequest): SubGrant {
    const { version, ...input } = body;
    return this.commands.setObligation(actor, id, version, input);
  }

  @Post(':id/reporting-obligations/:obligationId/submit')
  @HttpCode(200)
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Mark a due report as submitted (the recipient CSO or its program manager)' })
  @Responds(200, SubGrantResponse)
  @Problems(404, 409)
  submitReport(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('obligationId') obligationId: string, @RequestBody(VersionedRequest) body: VersionedRequest): SubGrant {
    return this.commands.submitReport(actor, id, body.version, obligationId);
  }

  @Post(':id/reporting-obligations/:obligationId/accept')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Accept a submitted report' })
  @Responds(200, SubGrantResponse)
  @Problems(404, 409)
  acceptReport(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('obligationId') obligationId: string, @RequestBody(VersionedRequest) body: VersionedRequest): SubGrant {
    return this.commands.acceptReport(actor, id, body.version, obligationId);
  }

  @Post(':id/expenditure-reports')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiOperation({ summary: 'Report expenditure over a period by budget line (the recipient CSO or its program manager)' })
  @Responds(201, SubGrantResponse)
  @Problems(404, 409, 422)
  reportExpenditure(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(ReportExpenditureRequest) body: ReportExpenditureRequest): SubGrant {
    const { version, ...input } = body;
    return this.commands.reportExpenditure(actor, id, version, input);
  }

  @Post(':id/amendments')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Propose an amendment: no-cost extension (newEnd), budget realignment (budgetLines) or top-up (topUp)' })
  @Responds(201, SubGrantResponse)
  @Problems(404, 409, 422)
  proposeAmendment(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(ProposeAmendmentRequest) body: ProposeAmendmentRequest): SubGrant {
    const { version, ...input } = body;
    return this.commands.proposeAmendment(actor, id, version, input);
  }

  @Post(':id/amendments/:number/approve')
  @HttpCode(200)
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Approve a proposed amendment; the previous terms stay in its history' })
  @Responds(200, SubGrantResponse)
  @Problems(404, 409, 422)
  approveAmendment(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @RequestParam('number', AmendmentNumber) number: number,
    @RequestBody(VersionedRequest) body: VersionedRequest,
  ): SubGrant {
    return this.commands.approveAmendment(actor, id, body.version, number);
  }

  @Post(':id/disbursements')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Record a disbursement against a tranche of an active sub-grant (exchange rate required for another currency)' })
  @Responds(201, SubGrantResponse)
  @Problems(404, 409, 422)
  disburse(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestBody(RecordDisbursementRequest) body: RecordDisbursementRequest): SubGrant {
    const { version, ...input } = body;
    return this.commands.recordDisbursement(actor, id, version, input);
  }
}
