import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@naast/contracts';
import type { MessageCatalog } from '@naast/web-core';

const nl = {
  title: 'Mijn account',
  sessions: 'Actieve sessies',
  sessionsIntro: 'Waar u nu bent ingelogd. Herkent u een sessie niet? Beëindig hem en wijzig uw wachtwoord.',
  signedInAt: 'Ingelogd',
  lastActive: 'Laatst actief',
  browser: 'Browser',
  address: 'IP-adres',
  unknown: 'Onbekend',
  thisSession: 'Deze sessie',
  end: 'Beëindigen',
  endLabel: (browser: string) => `Sessie in ${browser} beëindigen`,
  endOthers: 'Alle andere sessies beëindigen',
  noOthers: 'U bent nergens anders ingelogd.',
  ended: 'De sessie is beëindigd.',
  endedOthers: (n: number) => (n === 1 ? '1 andere sessie is beëindigd.' : `${n} andere sessies zijn beëindigd.`),
  password: 'Wachtwoord wijzigen',
  currentPassword: 'Huidig wachtwoord',
  newPassword: 'Nieuw wachtwoord',
  passwordHint: `Minstens ${PASSWORD_MIN_LENGTH} en hoogstens ${PASSWORD_MAX_LENGTH} tekens. Een zin van een paar woorden is sterk en goed te onthouden; veelgebruikte wachtwoorden worden geweigerd.`,
  change: 'Wachtwoord wijzigen',
  changed: 'Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.',
  tooShort: `Het nieuwe wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens lang zijn.`,
  tooLong: `Het nieuwe wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`,
  currentRequired: 'Vul uw huidige wachtwoord in.',
  secondFactor: 'Tweestapsverificatie',
  manageSecondFactor: 'Tweestapsverificatie en herstelcodes beheren',
};

export type AccountMessages = typeof nl;

const en: AccountMessages = {
  title: 'My account',
  sessions: 'Active sessions',
  sessionsIntro: 'Where you are signed in now. Do you not recognise a session? End it and change your password.',
  signedInAt: 'Signed in',
  lastActive: 'Last active',
  browser: 'Browser',
  address: 'IP address',
  unknown: 'Unknown',
  thisSession: 'This session',
  end: 'End',
  endLabel: (browser: string) => `End the session in ${browser}`,
  endOthers: 'End all other sessions',
  noOthers: 'You are not signed in anywhere else.',
  ended: 'The session has ended.',
  endedOthers: (n: number) => (n === 1 ? '1 other session has ended.' : `${n} other sessions have ended.`),
  password: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  passwordHint: `At least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters. A sentence of a few words is strong and easy to remember; common passwords are refused.`,
  change: 'Change password',
  changed: 'Your password has been changed. Your other sessions have ended.',
  tooShort: `The new password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
  tooLong: `The new password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
  currentRequired: 'Enter your current password.',
  secondFactor: 'Two-step verification',
  manageSecondFactor: 'Manage two-step verification and recovery codes',
};

export const ACCOUNT_MESSAGES: MessageCatalog<AccountMessages> = { nl, en };
