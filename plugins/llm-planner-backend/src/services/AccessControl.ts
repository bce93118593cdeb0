import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { parseEntityRef } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';

/** Who is calling, with the teams (catalog Groups) they belong to. */
export type Caller = {
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  userRef: string;
  groups: string[];
  isPlatform: boolean;
};

function isGroupRef(ref: string): boolean {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group';
  } catch {
    return false;
  }
}

/**
 * Authentication, permission checks and team membership in one place: every write goes
 * through the permission framework, and team-scoped resources additionally require that the
 * caller belongs to the owning Group (or to the platform team).
 */
export class AccessControl {
  constructor(
    private readonly deps: {
      httpAuth: HttpAuthService;
      userInfo: UserInfoService;
      permissions: PermissionsService;
      auditor: AuditorService;
      platformTeam: string;
    },
  ) {}

  async caller(req: Request): Promise<Caller> {
    const credentials = await this.deps.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const info = await this.deps.userInfo.getUserInfo(credentials);
    const groups = info.ownershipEntityRefs.filter(isGroupRef);
    return {
      credentials,
      userRef: info.userEntityRef,
      groups,
      isPlatform: groups.includes(this.deps.platformTeam),
    };
  }

  /**
   * A signed-in user, or a backend service such as a metrics scraper (a static token or
   * another plugin). Services are not members of teams: routes that accept them say so.
   */
  async callerOrService(
    req: Request,
  ): Promise<Caller | { service: string; credentials: BackstageCredentials }> {
    const credentials = await this.deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    if (credentials.principal.type === 'service') {
      return { service: credentials.principal.subject, credentials };
    }
    return this.caller(req);
  }

  /** Throws 403 unless the policy allows the permission for these credentials. */
  async require(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /** Throws 403 unless the caller belongs to `groupRef` or to the platform team. */
  requireTeam(caller: Caller, groupRef: string, action: string): void {
    if (!caller.isPlatform && !caller.groups.includes(groupRef)) {
      throw new NotAllowedError(
        `${caller.userRef} cannot ${action}: only members of ${groupRef} (or the platform team) may`,
      );
    }
  }

  /** Runs a write and records it with the auditor, success or failure. */
  async audited<T>(
    req: Request,
    eventId: string,
    meta: JsonObject,
    write: () => Promise<T>,
  ): Promise<T> {
    const event = await this.deps.auditor.createEvent({
      eventId,
      request: req,
      severityLevel: 'medium',
      meta,
    });
    try {
      const result = await write();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }
}
