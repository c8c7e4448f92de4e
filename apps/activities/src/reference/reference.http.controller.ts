import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, Problems, RequestBody, RequestQuery, Responds, ROLES } from '@tributary/platform';
import { ActivityTypeCommands } from './commands/activity-type-commands.service';
import { ReferenceService } from './queries/reference.service';
import { AddActivityTypeRequest, PlaceSearchQuery } from './reference.requests';
import { ActivityTypeResponse, PlaceMatchesResponse, PlaceResponse, ReferenceResponse } from './reference.responses';

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(
    private readonly reference: ReferenceService,
    private readonly activityTypes: ActivityTypeCommands,
  ) {}

  @Get()
  @Allow([...ROLES])
  @ApiOperation({ summary: 'Activity types, themes and participant dimensions, in French and English' })
  @Responds(200, ReferenceResponse)
  get(): ReferenceResponse {
    return this.reference.current();
  }

  @Get('places')
  @Allow([...ROLES])
  @ApiOperation({ summary: 'Places of the gazetteer by name (accents and case ignored), for picking a place without knowing its P-code' })
  @Responds(200, PlaceMatchesResponse)
  places(@RequestQuery(PlaceSearchQuery) query: PlaceSearchQuery): PlaceMatchesResponse {
    return this.reference.gazetteer.search(query.name);
  }

  @Get('places/:pcode')
  @Allow([...ROLES])
  @ApiOperation({ summary: 'An administrative area by P-code, with its region and cercle' })
  @Responds(200, PlaceResponse)
  place(@Param('pcode') pcode: string): PlaceResponse {
    return { area: this.reference.gazetteer.find(pcode) ?? null, ...(this.reference.gazetteer.locate(pcode) ?? {}) };
  }

  @Post('activity-types')
  @Allow(['admin'])
  @ApiOperation({ summary: 'Add an activity type without a code change' })
  @Responds(201, ActivityTypeResponse)
  @Problems(409)
  add(@RequestBody(AddActivityTypeRequest) body: AddActivityTypeRequest): Promise<ActivityTypeResponse> {
    return this.activityTypes.add(body);
  }
}
