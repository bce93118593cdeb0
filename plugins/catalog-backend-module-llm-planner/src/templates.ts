import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { name } from '../package.json';

/**
 * The software templates this package ships (`templates/`, listed in its `files`), found by the
 * package's own name read from its package.json: renaming or re-scoping it needs no code change.
 */
export const SHIPPED_TEMPLATES_DIR = resolvePackagePath(name, 'templates');

/** Reads every `template.yaml` under `dir` (one folder per template). @public */
export async function readShippedTemplates(
  dir: string = SHIPPED_TEMPLATES_DIR,
): Promise<Array<{ entity: Entity; file: string }>> {
  const folders = await fs.readdir(dir, { withFileTypes: true });
  const templates: Array<{ entity: Entity; file: string }> = [];
  for (const folder of folders.filter(f => f.isDirectory())) {
    const file = path.join(dir, folder.name, 'template.yaml');
    const text = await fs.readFile(file, 'utf8');
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0) {
        throw new Error(`${file}: ${doc.errors[0].message}`);
      }
      templates.push({ entity: doc.toJS() as Entity, file });
    }
  }
  return templates;
}

/**
 * Provides the shipped software templates to the catalog, owned by the configured platform
 * team, so an adopting portal gets the template by installing the module: no Location to copy.
 * @public
 */
export class LlmPlannerTemplateProvider implements EntityProvider {
  constructor(
    private readonly options: {
      owner: string;
      dir?: string;
    },
  ) {}

  getProviderName(): string {
    return 'llm-planner-templates';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    const templates = await readShippedTemplates(this.options.dir);
    await connection.applyMutation({
      type: 'full',
      entities: templates.map(({ entity, file }) => {
        const location = `file:${file}`;
        return {
          locationKey: this.getProviderName(),
          entity: {
            ...entity,
            metadata: {
              ...entity.metadata,
              annotations: {
                ...entity.metadata.annotations,
                [ANNOTATION_LOCATION]: location,
                [ANNOTATION_ORIGIN_LOCATION]: location,
              },
            },
            spec: { ...entity.spec, owner: this.options.owner },
          },
        };
      }),
    });
  }
}
