import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RequestBody, Responds } from '@tributary/platform';
import { ManualValues } from './commands/manual-values.service';
import { ManualValueRequest, VersionRequest } from './manual-values.requests';
import { ManualValueResponse } from './manual-values.responses';

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
