/**
 * POSTs a report as JSON to a backend endpoint (the URL is a parameter: the backend's import
 * route is defined there), with an optional bearer token.
 */
export async function postReport(
  url: string,
  report: unknown,
  token?: string,
): Promise<{ status: number; body: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(report),
  });
  const body = await res.text();
  if (!res.ok) {
    throw new Error(
      `POST ${url} answered ${res.status}: ${body.slice(0, 300)}`,
    );
  }
  return { status: res.status, body };
}
