#!/usr/bin/env node
/*
 * The portal's app-config.local.yaml (loaded by `yarn start` after app-config.yaml): what an
 * adopter writes for the llm-planner packages, plus the test's ports and a Component the
 * driver points at its plan. Also writes that Component's file, with no plan yet.
 *   node writeConfig.js <portal> <repo> <appPort> <backendPort>
 */
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const [portal, repo, appPort, backendPort] = process.argv.slice(2);
const entityFile = path.join(portal, 'adoption-entities.yaml');
const TEMPLATE = 'templates/llm-inference-service/template.yaml';

/** Whether a shipped (not private) plugins/* package carries the template and registers it. */
function templateShipped() {
  const plugins = path.join(repo, 'plugins');
  return fs.readdirSync(plugins).some(dir => {
    const pkgFile = path.join(plugins, dir, 'package.json');
    return (
      fs.existsSync(pkgFile) &&
      !JSON.parse(fs.readFileSync(pkgFile, 'utf8')).private &&
      fs.existsSync(path.join(plugins, dir, TEMPLATE))
    );
  });
}

// the deployment template: registered by the package that ships it, else (before any
// package shipped it) a Location an adopter would point at the repository's copy
const templateLocation = templateShipped()
  ? '    # The deployment template: registered by the catalog module that ships it.\n'
  : `    # The deployment template, from the repository (no package ships it).
    - type: file
      target: ${path.join(repo, TEMPLATE)}
      rules:
        - allow: [Template]
`;

// A list in app-config.local.yaml replaces the one in app-config.yaml instead of adding to it:
// without the stock locations the catalog loses examples/org.yaml, and with it the guest's team.
const stockLocations = YAML.parse(
  fs.readFileSync(path.join(portal, 'app-config.yaml'), 'utf8'),
)?.catalog?.locations;
const stockLocationsYaml = stockLocations?.length
  ? `    # The stock portal's locations (app-config.yaml): this list replaces that one.
${YAML.stringify(stockLocations)
  .trimEnd()
  .split('\n')
  .map(line => `    ${line}`)
  .join('\n')}
`
  : '';

const config = `# Written by scripts/adoption/writeConfig.js: what an adopter adds for llm-planner.
app:
  baseUrl: http://localhost:${appPort}
backend:
  baseUrl: http://localhost:${backendPort}
  listen:
    port: ${backendPort}
  cors:
    origin: http://localhost:${appPort}

auth:
  providers:
    guest:
      # A plan belongs to a team: a catalog Group the signed-in user is a member of. The stock
      # guest signs in as user:development/guest, who is in no Group. The stock examples/org.yaml
      # has user:default/guest, a member of group:default/guests: sign the guest in as that user.
      userEntityRef: user:default/guest

catalog:
  # test only: pick up the Component the driver rewrites within seconds (default 100-150 s)
  processingInterval: { seconds: 5 }
  locations:
${stockLocationsYaml}${templateLocation}    # A Component annotated with llm-planner.io/plan-id, as the template registers one.
    - type: file
      target: ${entityFile}

llmPlanner:
  # Members of this Group curate benchmarks, GPU prices and catalogs (default
  # group:default/platform-team, which a stock portal does not have).
  platformTeam: group:default/guests
  # Seed data: the copy inside the backend package (default); llmPlanner.seed.directory
  # points at another folder laid out like the repository's benchmarks/.
  seed:
    enabled: true
  catalog:
    # The template publishes to a local git repository by default (no GitHub token needed) and
    # registers it as a file location, which the stock catalog refuses (url only). A local
    # portal allows them; a production one publishes to GitHub and leaves this off.
    allowFileLocations: true
`;
fs.writeFileSync(path.join(portal, 'app-config.local.yaml'), config);

fs.writeFileSync(
  entityFile,
  `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: adoption-llm-service
  annotations:
    llm-planner.io/plan-id: none-yet
spec:
  type: service
  lifecycle: experimental
  owner: group:default/guests
`,
);
