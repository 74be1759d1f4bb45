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
