import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TRANSITION_NAMES } from './sub-grants/domain/sub-grant';

export class MoneyRequest {
  @ApiProperty({ example: 12000000, description: 'integer minor units (XOF has none: francs; USD/EUR/CAD: cents)' })
  @IsInt()
  @Min(0)
  amount: number;

  @ApiProperty({ example: 'XOF' })
  @Matches(/^[A-Z]{3}$/)
  currency: string;
}

export class PeriodRequest {
  @ApiProperty({ example: '2024-01-01' })
  @IsISO8601({ strict: true })
  start: string;

  @ApiProperty({ example: '2025-12-31' })
  @IsISO8601({ strict: true })
  end: string;
}

class BilingualRequest {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) fr: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) en: string;
}

class DonorRequest {
  @ApiProperty() @IsString() organisationId: string;
  @ApiProperty({ type: MoneyRequest }) @ValidateNested() @Type(() => MoneyRequest) amount: MoneyRequest;
}

export class CreateProjectRequest {
  @ApiProperty({ example: 'COVE-TBK' }) @IsString() @MinLength(2) @MaxLength(40) code: string;
  @ApiProperty({ type: BilingualRequest }) @ValidateNested() @Type(() => BilingualRequest) title: BilingualRequest;
  @ApiProperty() @IsString() leadPartnerId: string;
  @ApiProperty({ type: [DonorRequest] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => DonorRequest) donors: DonorRequest[];
  @ApiProperty({ type: PeriodRequest }) @ValidateNested() @Type(() => PeriodRequest) period: PeriodRequest;
  @ApiProperty({ type: MoneyRequest }) @ValidateNested() @Type(() => MoneyRequest) budget: MoneyRequest;
  @ApiProperty({ example: ['ML06'] }) @IsArray() @Matches(/^[A-Z]{2}[0-9]{2,8}$/, { each: true }) regions: string[];
}

class BudgetLineRequest {
  @ApiProperty({ example: 'collecte de données' }) @IsString() @MinLength(1) @MaxLength(100) category: string;
  @ApiProperty({ type: MoneyRequest }) @ValidateNested() @Type(() => MoneyRequest) amount: MoneyRequest;
}

export class DraftSubGrantRequest {
  @ApiProperty({ example: 'SG-AMSS-01' }) @IsString() @MinLength(1) @MaxLength(60) reference: string;
  @ApiProperty({ example: 'org-amss' }) @IsString() recipientId: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000) purpose: string;
  @ApiProperty({ type: MoneyRequest }) @ValidateNested() @Type(() => MoneyRequest) award: MoneyRequest;
  @ApiProperty({ type: PeriodRequest }) @ValidateNested() @Type(() => PeriodRequest) period: PeriodRequest;
  @ApiProperty({ type: [BudgetLineRequest] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => BudgetLineRequest) budgetLines: BudgetLineRequest[];
}

export class VersionedRequest {
  @ApiProperty({ description: 'the version this change is based on; a stale one gets 409 and changes nothing' })
  @IsInt()
  @Min(1)
  version: number;
}

export class TransitionRequest extends VersionedRequest {
  @ApiPropertyOptional({ description: 'required to suspend or terminate' }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class PlanTrancheRequest extends VersionedRequest {
  @ApiProperty({ example: '2024-03-01' }) @IsISO8601({ strict: true }) plannedDate: string;
  @ApiProperty({ type: MoneyRequest }) @ValidateNested() @Type(() => MoneyRequest) amount: MoneyRequest;
  @ApiPropertyOptional({ example: 'rapport initial accepté' }) @IsOptional() @IsString() @MaxLength(300) condition?: string;
}

export class RecordDisbursementRequest extends VersionedRequest {
  @ApiProperty() @IsString() trancheId: string;
  @ApiProperty({ example: '2024-03-05' }) @IsISO8601({ strict: true }) date: string;
  @ApiProperty({ type: MoneyRequest }) @ValidateNested() @Type(() => MoneyRequest) amount: MoneyRequest;
  @ApiPropertyOptional({ example: '655.957', description: 'award-currency units per unit paid; required when the currencies differ' })
  @IsOptional()
  @Matches(/^[0-9]+(\.[0-9]+)?$/)
  exchangeRate?: string;
}

export class ListSubGrantsQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() projectId?: string;
  @ApiPropertyOptional({ example: 'ML06', description: 'region (P-code) of the project' }) @IsOptional() @Matches(/^[A-Z]{2}[0-9]{2,8}$/) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() recipientId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export const TRANSITION_PARAM = { name: 'transition', enum: TRANSITION_NAMES };

export class ReportExpenditureRequest extends VersionedRequest {
  @ApiProperty({ type: PeriodRequest }) @ValidateNested() @Type(() => PeriodRequest) period: PeriodRequest;
  @ApiProperty({ type: [BudgetLineRequest] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => BudgetLineRequest) lines: BudgetLineRequest[];
}

export class ProposeAmendmentRequest extends VersionedRequest {
  @ApiProperty({ enum: ['no-cost-extension', 'budget-realignment', 'top-up'] })
  @IsIn(['no-cost-extension', 'budget-realignment', 'top-up'])
  kind: 'no-cost-extension' | 'budget-realignment' | 'top-up';

  @ApiProperty() @IsString() @MinLength(3) @MaxLength(2000) justification: string;
  @ApiPropertyOptional({ description: 'no-cost extension: the new end date' }) @IsOptional() @IsISO8601({ strict: true }) newEnd?: string;
  @ApiPropertyOptional({ type: [BudgetLineRequest], description: 'budget realignment: the new lines' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => BudgetLineRequest)
  budgetLines?: BudgetLineRequest[];
  @ApiPropertyOptional({ type: MoneyRequest, description: 'top-up: the amount added to the award' })
  @IsOptional() @ValidateNested() @Type(() => MoneyRequest)
  topUp?: MoneyRequest;
}

export class SetObligationRequest extends VersionedRequest {
  @ApiProperty({ enum: ['narrative', 'financial'] }) @IsIn(['narrative', 'financial']) kind: 'narrative' | 'financial';
  @ApiProperty({ example: 'Rapport narratif du premier trimestre' }) @IsString() @MinLength(2) @MaxLength(200) title: string;
  @ApiProperty({ example: '2024-04-15' }) @IsISO8601({ strict: true }) dueDate: string;
}

export class IatiTransactionsQuery {
  @ApiProperty() @IsString() projectId: string;
}
