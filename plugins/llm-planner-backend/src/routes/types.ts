import { LoggerService } from '@backstage/backend-plugin-api';
import { BenchmarkStore } from '../database/BenchmarkStore';
import { CatalogStore } from '../database/CatalogStore';
import { ChatStore } from '../database/ChatStore';
import { DeploymentStore } from '../database/DeploymentStore';
import { PlanStore } from '../database/PlanStore';
import { AccessControl } from '../services/AccessControl';
import { DeploymentPolicy } from '../services/deploymentPolicy';
import { KnowledgeBaseService } from '../services/KnowledgeBaseService';
import { PriceCatalog } from '../services/PriceCatalog';

/** What every route module needs. */
export type RouteDeps = {
  access: AccessControl;
  benchmarks: BenchmarkStore;
  catalogs: CatalogStore;
  chats: ChatStore;
  plans: PlanStore;
  deployments: DeploymentStore;
  knowledge: KnowledgeBaseService;
  /** the catalog's prices and those of the price sources modules added */
  prices: PriceCatalog;
  logger: LoggerService;
  platformTeam: string;
  deploymentPolicy: DeploymentPolicy;
};
