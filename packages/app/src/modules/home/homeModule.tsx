import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageLayoutBlueprint } from '@backstage/plugin-home-react/alpha';

/** The home page leads to the planner and the user's plans (see HomeLayout). */
const homeLayout = HomePageLayoutBlueprint.make({
  params: {
    loader: async () => {
      const { HomeLayout } = await import('./HomeLayout');
      return () => <HomeLayout />;
    },
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [homeLayout],
});
