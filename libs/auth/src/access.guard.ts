import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ACCESS_RULE, AccessRule, Actor, CommonProblems, ProblemException, RequestContext } from '@tributary/platform';
import { Request } from 'express';
import { keysUnreachable } from './jwt.strategy';

const JwtGuard = AuthGuard('jwt');

/**
 * The one guard of every service. An endpoint without an access rule is refused to everyone, so
 * forgetting to declare one fails closed (and the role-matrix test names it). Event handlers are
 * not HTTP and are not guarded here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');
  private readonly jwt = new JwtGuard();

  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule: refused`);
      throw new ProblemException(CommonProblems.forbidden());
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<Request & { user: Actor }>();
    try {
      await this.jwt.canActivate(context);
    } catch {
      const outage = keysUnreachable(request);
      if (outage) {
        this.logger.warn(`token keys unreachable, answering 503: ${outage instanceof Error ? `${outage.name}: ${outage.message}` : String(outage)}`);
        throw new ProblemException(CommonProblems.unavailable());
      }
      throw new ProblemException(CommonProblems.unauthenticated());
    }
    const actor = request.user;
    RequestContext.update({
      actor,
      ...(request.headers['accept-language'] || !actor.preferredLanguage ? {} : { language: actor.preferredLanguage }),
    });
    const roleAllowed = (actor.roles ?? []).some((role) => (rule.roles as string[]).includes(role));
    const scopeAllowed = (actor.scopes ?? []).some((scope) => (rule.scopes as string[]).includes(scope));
    if (!roleAllowed && !scopeAllowed) throw new ProblemException(CommonProblems.forbidden());
    return true;
  }
}
