import type { MessageCatalog } from '@naast/web-core';

const nl = {
  title: 'Inloggen bij Naast',
  intro: 'Naast is het dossier voor cliëntondersteuning. Log in met je werkaccount.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  submit: 'Inloggen',
  submitting: 'Bezig met inloggen…',
  wrongCredentials: 'Het e-mailadres of wachtwoord klopt niet.',
  tooManyAttempts: 'Te veel pogingen. Wacht een paar minuten en probeer het dan opnieuw.',
  sessionEnded: 'Je bent uitgelogd. Log opnieuw in om verder te gaan.',
};

export type AuthMessages = typeof nl;

const en: AuthMessages = {
  title: 'Sign in to Naast',
  intro: 'Naast is the case file for client support. Sign in with your work account.',
  email: 'Email address',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  wrongCredentials: 'The email address or password is not correct.',
  tooManyAttempts: 'Too many attempts. Wait a few minutes and try again.',
  sessionEnded: 'You have been signed out. Sign in again to continue.',
};

export const AUTH_MESSAGES: MessageCatalog<AuthMessages> = { nl, en };
