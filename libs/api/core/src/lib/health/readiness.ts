import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Whether this process should receive new traffic; false from the moment it starts shutting down. */
@Injectable()
export class Readiness {
  private drainingSince: number | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Readiness answers 503 from now on, and answers ask clients not to reuse the connection. */
  startDraining(): void {
    this.drainingSince ??= Date.now();
  }

  /**
   * While draining, every answer carries `Connection: close`: a client's next request then opens
   * a new connection (to another replica) instead of racing the listener's close on a kept-alive one.
   */
  middleware() {
    return (_request: Request, response: Response, next: NextFunction) => {
      if (this.draining) response.setHeader('Connection', 'close');
      next();
    };
  }
}
