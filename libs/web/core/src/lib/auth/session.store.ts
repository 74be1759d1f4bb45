import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, SessionUser } from '@naast/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthApiService } from './auth-api.service';

/**
 * Who is signed in. The session itself is an HttpOnly cookie; this store only mirrors
 * `/api/auth/me` so guards and the shell can decide what to show.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApiService);
  private readonly userState = signal<SessionUser | null>(null);
  /** The one check in flight or done; reset when the session ends. */
  private restoring: Promise<SessionUser | null> | null = null;

  readonly user = this.userState.asReadonly();
  readonly isSignedIn = computed(() => this.userState() !== null);
  readonly role = computed(() => this.userState()?.role ?? null);

  /** Asks the API once whether a session cookie is still valid. */
  restore(): Promise<SessionUser | null> {
    this.restoring ??= firstValueFrom(this.api.me()).then(
      (user) => {
        this.userState.set(user);
        return user;
      },
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          this.userState.set(null);
          return null;
        }
        // Not an answer about the session (e.g. the API is down): try again on the next navigation.
        this.restoring = null;
        throw error;
      },
    );
    return this.restoring;
  }

  async signIn(credentials: LoginRequest): Promise<SessionUser> {
    const user = await firstValueFrom(this.api.login(credentials));
    this.userState.set(user);
    this.restoring = Promise.resolve(user);
    return user;
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
    this.userState.set(null);
    this.restoring = null;
  }
}
