import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from '@tributary/platform';

/** The authenticated user or machine client of the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest<{ user: Actor }>().user;
});
