import { render } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('opens on the sign-in page with the configured title and the guest sign-in', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
          },
          context: 'test',
        },
      ] as any,
    };

    const rendered = render(App.createRoot());

    expect(
      await rendered.findByText(/Enter as a Guest User/, undefined, {
        timeout: 15_000,
      }),
    ).toBeInTheDocument();
    expect(rendered.getByText('Test')).toBeInTheDocument();
    expect(rendered.getByRole('button', { name: 'Enter' })).toBeInTheDocument();
  }, 30_000);
});
