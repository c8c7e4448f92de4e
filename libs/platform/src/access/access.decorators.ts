import { SetMetadata } from '@nestjs/common';

export const ACCESS_RULE = 'tributary:access-rule';

export type AccessRule = { kind: 'public'; reason: string } | { kind: 'roles'; roles: string[] };

/**
 * Marks an endpoint open to anyone. A reason is required so that every public endpoint says
 * why; endpoints without any access rule are refused (deny by default).
 */
export const Public = (reason: string) => SetMetadata(ACCESS_RULE, { kind: 'public', reason } satisfies AccessRule);
