import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, SecondFactorState, SessionUser } from '@naast/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthApiService } from './auth-api.service';

/** The password is right but the second factor still has to be given or set up. */
export function isSecondFactorPending(state: SecondFactorState): boolean {
  return state === 'code_required' || state === 'enrolment_required';
}

/**
 * Who is signed in. The session itself is an HttpOnly cookie; this store only mirrors
 * `/api/auth/me` so guards and the shell can decide what to show. A session that still owes its
 * second factor is not signed in: `user` stays null and `pending` holds who is half-way.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApiService);
  private readonly sessionState = signal<SessionUser | null>(null);
  /** The one check in flight or done; reset when the session ends. */
  private restoring: Promise<SessionUser | null> | null = null;

  /** The fully signed-in user (second factor done or not required). */
  readonly user = computed(() => {
    const user = this.sessionState();
    return user && !isSecondFactorPending(user.secondFactor) ? user : null;
  });
  /** A session that still owes its second factor. */
  readonly pending = computed(() => {
    const user = this.sessionState();
    return user && isSecondFactorPending(user.secondFactor) ? user : null;
  });
  readonly isSignedIn = computed(() => this.user() !== null);
  readonly role = computed(() => this.user()?.role ?? null);

  /** Asks the API once whether a session cookie is still valid; a pending session resolves to null. */
  async restore(): Promise<SessionUser | null> {
    const user = await this.restoreSession();
    return user && !isSecondFactorPending(user.secondFactor) ? user : null;
  }

  /** The session as it stands, pending or not. */
  restoreSession(): Promise<SessionUser | null> {
    this.restoring ??= firstValueFrom(this.api.me()).then(
      (user) => {
        this.sessionState.set(user);
        return user;
      },
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          this.sessionState.set(null);
          return null;
        }
        // Not an answer about the session (e.g. the API is down): try again on the next navigation.
        this.restoring = null;
        throw error;
      },
    );
    return this.restoring;
  }

  /** The password step; the answer says whether a second factor is still owed. */
  async signIn(credentials: LoginRequest): Promise<SessionUser> {
    const user = await firstValueFrom(this.api.login(credentials));
    this.update(user);
    return user;
  }

  /** After the second step: the session as the API now describes it. */
  update(user: SessionUser): void {
    this.sessionState.set(user);
    this.restoring = Promise.resolve(user);
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      this.clear();
    }
  }

  /** Forgets the user, e.g. when the API answers 401 because the session expired; the next guard asks again. */
  clear(): void {
    this.sessionState.set(null);
    this.restoring = null;
  }
}
