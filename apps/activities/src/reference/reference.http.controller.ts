import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RequestBody, RequestParam, RequestQuery, Responds, ROLES } from '@tributary/platform';
import { ReferenceCommands } from './commands/reference-commands.service';
import { ReferenceList } from './domain/reference-entries';
import { ReferenceService } from './queries/reference.service';
import { AddReferenceEntryRequest, PlaceSearchQuery, ReferenceListName, RetireReferenceEntryRequest } from './reference.requests';
import { PlaceMatchesResponse, PlaceResponse, ReferenceEntryResponse, ReferenceHistoryResponse, ReferenceResponse } from './reference.responses';

const author = ({ userId, organisationId }: Actor) => ({ userId, organisationId });

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(
    private readonly reference: ReferenceService,
    private readonly commands: ReferenceCommands,
  ) {}

  @Get()
  @Allow([...ROLES])
  @ApiOperation({ summary: 'Activity types, themes, output and organisation kinds and participant dimensions, in French and English; retired entries flagged' })
  @Responds(200, ReferenceResponse)
  get(): Promise<ReferenceResponse> {
    return this.reference.listed();
  }

  @Get('history')
  @Allow(['admin'])
  @ApiOperation({ summary: 'Every entry administrators added or retired, oldest first, with who and when' })
  @Responds(200, ReferenceHistoryResponse)
  history(): Promise<ReferenceHistoryResponse> {
    return this.reference.history();
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
  @ApiOperation({ summary: 'An administrative area by P-code, with its region, cercle and commune' })
  @Responds(200, PlaceResponse)
  place(@Param('pcode') pcode: string): PlaceResponse {
    return { area: this.reference.gazetteer.find(pcode) ?? null, ...(this.reference.gazetteer.locate(pcode) ?? {}) };
  }

  @Post(':list')
  @Allow(['admin'])
  @ApiOperation({ summary: 'Add an entry to a list without a code change; plans and reports may use it at once' })
  @Responds(201, ReferenceEntryResponse)
  @Problems(409, 422)
  add(
    @CurrentActor() actor: Actor,
    @RequestParam('list', ReferenceListName) list: ReferenceList,
    @RequestBody(AddReferenceEntryRequest) body: AddReferenceEntryRequest,
  ): Promise<ReferenceEntryResponse> {
    return this.commands.add(list, body, author(actor));
  }

  @Post(':list/retire')
  @HttpCode(200)
  @Allow(['admin'])
  @ApiOperation({ summary: 'Retire an entry, shipped or added: refused in new plans and reports from now on, still listed (flagged) for those that carry it' })
  @Responds(200, ReferenceEntryResponse)
  @Problems(404, 409)
  retire(
    @CurrentActor() actor: Actor,
    @RequestParam('list', ReferenceListName) list: ReferenceList,
    @RequestBody(RetireReferenceEntryRequest) body: RetireReferenceEntryRequest,
  ): Promise<ReferenceEntryResponse> {
    return this.commands.retire(list, body.code, author(actor));
  }
}
