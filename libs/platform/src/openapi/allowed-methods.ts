import { Injectable, NestMiddleware } from '@nestjs/common';
import { OpenAPIObject } from '@nestjs/swagger';
import { NextFunction, Request, Response } from 'express';
import { CommonProblems } from '../problem/common-problems';
import { ProblemException } from '../problem/problem';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The methods each documented path answers to, as the service's OpenAPI document lists them. */
@Injectable()
export class AllowedMethods {
  private routes: { pattern: RegExp; parameters: number; methods: string[] }[] = [];

  learn(paths: OpenAPIObject['paths']): void {
    this.routes = Object.entries(paths).map(([template, item]) => {
      const pieces = template.split(/\{[^}]+\}/);
      return {
        // Express matches paths case-insensitively and with or without a trailing slash.
        pattern: new RegExp(`^${pieces.map(escape).join('[^/]+')}/?$`, 'i'),
        parameters: pieces.length - 1,
        methods: Object.keys(item).filter((key) => METHODS.includes(key)).map((method) => method.toUpperCase()),
      };
    });
  }

  /**
   * What a path answers to (HEAD wherever GET), or null for a path no operation has. As in
   * OpenAPI, a path written out in the document is that path, not a value of a templated one:
   * /activities/batch answers POST only, although GET /activities/{id} would match it too.
   */
  of(path: string): string[] | null {
    const candidates = this.routes.filter((route) => route.pattern.test(path));
    if (!candidates.length) return null;
    const fewest = Math.min(...candidates.map((route) => route.parameters));
    const methods = new Set(candidates.filter((route) => route.parameters === fewest).flatMap((route) => route.methods));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  }
}

/** A known path asked with a method it does not answer to gets 405 with an Allow header, not 404. */
@Injectable()
export class MethodNotAllowedMiddleware implements NestMiddleware {
  constructor(private readonly allowed: AllowedMethods) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const methods = this.allowed.of(new URL(req.originalUrl, 'http://localhost').pathname);
    if (methods && !methods.includes(req.method)) {
      res.setHeader('Allow', methods.join(', '));
      throw new ProblemException(CommonProblems.methodNotAllowed(methods));
    }
    next();
  }
}
