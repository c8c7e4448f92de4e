import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow } from '@tributary/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { OrganisationCommands } from './commands/organisation-commands.service';
import { ORGANISATION_KINDS } from './domain/organisation';
import { OrganisationQueries } from './queries/organisation-queries.service';

class OrganisationProfileRequest {
  @ApiProperty({ example: 'Association Malienne pour la Survie au Sahel' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'AMSS' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  acronym?: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: (typeof ORGANISATION_KINDS)[number];

  @ApiProperty({ example: 'ML', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/)
  country: string;

  @ApiProperty({ example: ['ML06'], description: 'P-codes of the regions (adm1) the organisation works in' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[A-Z]{2}[0-9]{2,8}$/, { each: true })
  regions: string[];

  @ApiPropertyOptional({ example: 'contact@amss.example' })
  @IsOptional()
  @IsEmail()
  contactEmail?: string;
}

class RegisterOrganisationRequest extends OrganisationProfileRequest {}

class UpdateOrganisationRequest extends OrganisationProfileRequest {
  @ApiProperty({ description: 'version the change is based on; a stale one gets 409' })
  @IsInt()
  @Min(1)
  version: number;
}

class DueDiligenceDecisionRequest {
  @ApiProperty({ enum: ['verified', 'rejected'] })
  @IsIn(['verified', 'rejected'])
  status: 'verified' | 'rejected';

  @ApiPropertyOptional({ description: 'required when rejecting' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}

class ListOrganisationsQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: ['pending', 'verified', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'verified', 'rejected'])
  dueDiligence?: string;

  @ApiPropertyOptional({ example: 'ML06' })
  @IsOptional()
  @Matches(/^[A-Z]{2}[0-9]{2,8}$/)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  cursor?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly commands: OrganisationCommands,
    private readonly queries: OrganisationQueries,
  ) {}

  @Post()
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Register an organisation (program managers: CSOs only); due diligence starts pending' })
  register(@CurrentActor() actor: Actor, @Body() body: RegisterOrganisationRequest) {
    return this.commands.register(actor, body);
  }

  @Get()
  @Allow(['admin', 'program-manager', 'me-officer', 'donor-viewer', 'cso-reporter'])
  @ApiOperation({ summary: 'List organisations with cursor paging; a CSO reporter sees only its own' })
  list(@CurrentActor() actor: Actor, @Query() query: ListOrganisationsQuery) {
    return this.queries.list(actor, { ...query, limit: query.limit ?? 50 });
  }

  @Get(':id')
  @Allow(['admin', 'program-manager', 'me-officer', 'donor-viewer', 'cso-reporter'])
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.queries.get(actor, id);
  }

  @Put(':id')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: "Replace an organisation's profile" })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateOrganisationRequest) {
    const { version, ...profile } = body;
    return this.commands.update(actor, id, version, profile);
  }

  @Post(':id/due-diligence')
  @Allow(['admin', 'program-manager'])
  @ApiOperation({ summary: 'Record the due-diligence decision (verified or rejected, with reviewer and date)' })
  decide(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: DueDiligenceDecisionRequest) {
    const { version, ...decision } = body;
    return this.commands.decideDueDiligence(actor, id, version, decision);
  }
}
