/**
 * The demo accounts the journeys sign in with (loaded by DEMO_DATA=always from
 * libs/api/demo/src/lib/demo-accounts.ts, whose password the README prints).
 */
export const DEMO_PASSWORD = 'Naast-demo-2026';

export const DEMO = {
  supporterNoord: 'ondersteuner@utrecht.example',
  supporterZuid: 'ondersteuner.zuid@utrecht.example',
  volunteerNoord: 'vrijwilliger@utrecht.example',
  volunteerZuid: 'vrijwilliger.zuid@utrecht.example',
  teamLeadNoord: 'teamleider@utrecht.example',
  adminUtrecht: 'beheerder@utrecht.example',
  supporterRotterdam: 'ondersteuner@rotterdam.example',
} as const;

/**
 * The TOTP secrets the demo admins and team leads are enrolled with (the README's `totp secret`
 * column, from libs/api/demo/src/lib/demo-accounts.ts): the journeys type real codes from them.
 */
export const DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  'teamleider@utrecht.example': 'JHT5SU6GQDNDT3DR35VOJ2N2UO2SIFFS',
  'teamleider.zuid@utrecht.example': 'OYRQ5N6XTN7FM7C6JZF6L7LTUPNFXF2K',
  'beheerder@utrecht.example': '5SAWPPZ4CGUOSQM3IW4MBVMHIZFBVY4V',
  'teamleider@rotterdam.example': 'LA5SYDEQBIAMKM7UUWI7KMW4VEQIWTWN',
  'beheerder@rotterdam.example': '7YQO33GOS4IEY3D5BZXLGBO4FMIP74LM',
};
