import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class PlanActivityRequest {
  @ApiProperty({ example: 'subgrant-amss-01' }) @IsString() subGrantId: string;
  @ApiProperty({ example: 'validation-forum' }) @IsString() type: string;
  @ApiProperty({ example: 'Forum de validation des résultats à Goundam' }) @IsString() @MinLength(3) @MaxLength(200) title: string;
  @ApiProperty({ example: '2024-06-10' }) @IsISO8601({ strict: true }) plannedStart: string;
  @ApiProperty({ example: '2024-06-10' }) @IsISO8601({ strict: true }) plannedEnd: string;
  @ApiProperty({ example: 'ML0603', description: 'P-code of the region or cercle' }) @Matches(/^[A-Z]{2}[0-9]{2,8}$/) pcode: string;
  @ApiProperty({ example: ['pve', 'social-cohesion'] }) @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) themes: string[];
  @ApiProperty({ example: 40 }) @IsInt() @Min(0) plannedParticipants: number;
}

class CellRequest {
  @ApiProperty({ example: 'female' }) @IsString() sex: string;
  @ApiProperty({ example: '18-35' }) @IsString() ageBand: string;
  @ApiProperty({ example: 'womens-associations' }) @IsString() category: string;
  @ApiProperty({ example: 12 }) @IsInt() @Min(0) count: number;
}

class ParticipantsRequest {
  @ApiProperty({ example: 188 }) @IsInt() @Min(0) total: number;
  @ApiProperty({ type: [CellRequest], description: 'counts by sex × age band × category; never names' })
  @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => CellRequest)
  cells: CellRequest[];
  @ApiPropertyOptional({ example: { 'womens-associations': 72 }, description: 'subtotals as stated in the field report, checked against the cells' })
  @IsOptional() @IsObject()
  byCategory?: Record<string, number>;
  @ApiPropertyOptional({ example: { female: 21 } }) @IsOptional() @IsObject() bySex?: Record<string, number>;
}

class OutputsRequest {
  @ApiProperty() @IsInt() @Min(0) recommendations: number;
  @ApiProperty() @IsInt() @Min(0) declarations: number;
  @ApiProperty() @IsInt() @Min(0) actionPlans: number;
}

export class ReportContentRequest {
  @ApiProperty({ example: '2024-06-10' }) @IsISO8601({ strict: true }) actualStart: string;
  @ApiProperty({ example: '2024-06-10' }) @IsISO8601({ strict: true }) actualEnd: string;
  @ApiProperty({ example: 'ML0603' }) @Matches(/^[A-Z]{2}[0-9]{2,8}$/) pcode: string;
  @ApiProperty({ type: ParticipantsRequest }) @ValidateNested() @Type(() => ParticipantsRequest) participants: ParticipantsRequest;
  @ApiProperty({ type: OutputsRequest }) @ValidateNested() @Type(() => OutputsRequest) outputs: OutputsRequest;
  @ApiProperty({ description: 'what happened; do not write participants’ names or phone numbers' }) @IsString() @MaxLength(20000) narrative: string;
}

export class SaveReportRequest extends ReportContentRequest {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class VersionRequest {
  @ApiProperty() @IsInt() @Min(1) version: number;
}

export class ReturnReportRequest extends VersionRequest {
  @ApiProperty({ example: 'Les listes de présence ne correspondent pas aux totaux.' }) @IsString() @MinLength(3) @MaxLength(4000) comments: string;
}

export class CorrectReportRequest extends SaveReportRequest {
  @ApiProperty({ example: 'double comptage des représentants de jeunes corrigé' }) @IsString() @MinLength(3) @MaxLength(2000) reason: string;
}

export class BatchItemRequest {
  @ApiProperty({ description: 'client-generated activity id (UUID recommended), stable across retries' }) @IsString() @MinLength(8) @MaxLength(64) id: string;
  @ApiProperty({ type: PlanActivityRequest }) @IsObject() plan: PlanActivityRequest;
  @ApiPropertyOptional({ type: ReportContentRequest }) @IsOptional() @IsObject() report?: ReportContentRequest;
  @ApiPropertyOptional({ description: 'submit the report for validation' }) @IsOptional() @IsBoolean() submit?: boolean;
}

export class BatchRequest {
  @ApiProperty({ type: [BatchItemRequest] }) @IsArray() @ArrayMaxSize(200) @IsObject({ each: true }) items: BatchItemRequest[];
}

export class AddActivityTypeRequest {
  @ApiProperty({ example: 'sports-for-peace' }) @Matches(/^[a-z][a-z0-9-]{1,40}$/) code: string;
  @ApiProperty({ example: 'Sport pour la paix' }) @IsString() @MinLength(2) @MaxLength(100) fr: string;
  @ApiProperty({ example: 'Sport for peace' }) @IsString() @MinLength(2) @MaxLength(100) en: string;
}
