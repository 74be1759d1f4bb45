import { Injector, afterNextRender, inject, signal } from '@angular/core';
import type { ApiError } from '@naast/contracts';
import { conflictCurrent } from '../http/api-error';
import { changedFields } from './changed-fields';
import type { ConflictNoticeComponent, ConflictRow } from './conflict-notice/conflict-notice.component';
import { conflictRows, type ConflictField } from './conflict-notice/conflict-rows';

/** A save the API refused with 409: the state saved now and the rows the notice shows. */
export interface EditConflict<TSaved> {
  saved: TSaved;
  rows: ConflictRow[];
}

export interface VersionedEditOptions<TSaved extends { version: number }, TValue extends object> {
  /** A saved state as the form would send it: what the user's changes are measured against. */
  valueOf: (saved: TSaved) => TValue;
  /** Puts a saved state into the form. */
  fill: (saved: TSaved) => void;
  /** The notice's rows; `saved` is the state the API answered with, for names the value holds only as ids. */
  fields: (saved: TSaved) => readonly ConflictField<TValue>[];
  /** The page's notice, which takes the focus when it appears (the user pressed save below it). */
  notice: () => ConflictNoticeComponent | undefined;
}

/**
 * The life of an edit form under optimistic locking: the version it is based on, the state it
 * started from (so only the user's changes are sent), and the answer to a 409 — the typed input
 * stays, the notice shows saved versus typed, and the user either saves theirs on top of the
 * current version or takes the saved state. The version moves forward only when the user decides.
 */
export class VersionedEdit<TSaved extends { version: number }, TValue extends object> {
  private readonly versionState = signal<number | null>(null);
  private readonly conflictState = signal<EditConflict<TSaved> | null>(null);
  private base: TValue | null = null;

  /** The version the next save is based on; null until the edit started. */
  readonly version = this.versionState.asReadonly();
  readonly conflict = this.conflictState.asReadonly();

  constructor(
    private readonly options: VersionedEditOptions<TSaved, TValue>,
    private readonly injector: Injector,
  ) {}

  /** Starts the edit from a saved state: the form shows it and changes are measured from it. */
  start(saved: TSaved): void {
    this.options.fill(saved);
    this.base = this.options.valueOf(saved);
    this.versionState.set(saved.version);
    this.conflictState.set(null);
  }

  /** What the user changed since the edit started, so a colleague's newer values elsewhere are never written back. */
  changes(mine: TValue): Partial<TValue> {
    return this.base ? changedFields(mine, this.base) : mine;
  }

  /** Shows the notice when the refusal was a 409 with the saved state; false for any other refusal. */
  showConflict(error: ApiError, mine: TValue): boolean {
    const saved = conflictCurrent<TSaved>(error);
    if (!saved || !this.base) {
      return false;
    }
    const rows = conflictRows(this.base, mine, this.options.valueOf(saved), this.options.fields(saved));
    this.conflictState.set({ saved, rows });
    afterNextRender({ read: () => this.options.notice()?.focus() }, { injector: this.injector });
    return true;
  }

  /**
   * "Keep mine": bases the user's input on the version saved now; the caller saves again. The base
   * stays where the edit started, so only what the user changed is sent and someone else's change to
   * another field survives.
   */
  keepMine(): boolean {
    const conflict = this.conflictState();
    if (!conflict) {
      return false;
    }
    this.versionState.set(conflict.saved.version);
    this.conflictState.set(null);
    return true;
  }

  /** "Take saved": drops the user's input; the edit continues from the state saved now. */
  takeSaved(): boolean {
    const conflict = this.conflictState();
    if (!conflict) {
      return false;
    }
    this.start(conflict.saved);
    return true;
  }
}

/** A `VersionedEdit` for a page; call it in an injection context (a field initializer). */
export function versionedEdit<TSaved extends { version: number }, TValue extends object>(
  options: VersionedEditOptions<TSaved, TValue>,
): VersionedEdit<TSaved, TValue> {
  return new VersionedEdit(options, inject(Injector));
}
