import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Responds } from '@tributary/platform';
import { LEAD_PARTNER_STAFF } from '../projects/projects.policy';
import { SubGrantQueries } from './queries/sub-grant-queries.service';
import { OverdueObligationsResponse } from './sub-grants.responses';

@ApiTags('reporting-obligations')
@Controller('reporting-obligations')
export class ReportingObligationsController {
  constructor(private readonly queries: SubGrantQueries) {}

  @Get('overdue')
  @Allow([...LEAD_PARTNER_STAFF])
  @ApiOperation({ summary: 'Reports pending past their due date, across the sub-grants you manage' })
  @Responds(200, OverdueObligationsResponse)
  overdue(@CurrentActor() actor: Actor): Promise<OverdueObligationsResponse> {
    return this.queries.overdueObligations(actor);
  }
}
