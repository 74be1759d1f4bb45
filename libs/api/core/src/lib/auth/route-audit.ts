import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/** Routes that declare neither @Roles nor @Public; deny by default means there must be none. */
export function findUnauthorizedRoutes(app: INestApplication): string[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const missing: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      const targets = [handler as () => void, wrapper.metatype as () => void];
      const declared =
        reflector.getAllAndOverride<unknown>(ROLES_KEY, targets) ??
        reflector.getAllAndOverride<unknown>(PUBLIC_KEY, targets);
      if (!declared) missing.push(`${wrapper.name}.${name}`);
    }
  }
  return missing;
}
