// Client for the vermeld service. The pane is served by the service itself, so every call is same-origin
// and uses absolute paths. Errors: ServiceUnavailable when nothing answers, ServiceError for an error answer.
const DEFAULT_TIMEOUT_MS = 15000;
const CHAT_TIMEOUT_MS = 120000;

export class ServiceUnavailable extends Error {}

export class ServiceError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// {status, ok, body} for any answer; throws ServiceUnavailable on network failure or timeout.
async function send(method, path, body, timeoutMs) {
  const init = {method, signal: AbortSignal.timeout(timeoutMs)};
  if (body !== undefined) {
    init.headers = {"Content-Type": "application/json"};
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ServiceUnavailable(error.message);
  }
  const payload = await response.json().catch(() => ({}));
  return {status: response.status, ok: response.ok, body: payload};
}

async function expectOk(method, path, body) {
  const answer = await send(method, path, body, DEFAULT_TIMEOUT_MS);
  if (!answer.ok) throw new ServiceError(answer.status, answer.body?.error?.message ?? `HTTP ${answer.status}`);
  return answer.body;
}

export const api = {
  policy: () => expectOk("GET", "/api/v1/policy"),
  analyze: (text, format, host) => expectOk("POST", "/api/v1/analyze", {text, format, host}),
  disclose: (text, format, tool) => expectOk("POST", "/api/v1/disclose", {text, format, tool, reviewed: true}),
  recordProvenance: (text, tool) => expectOk("POST", "/api/v1/provenance", {text, tool}),
  // A 403 policy_violation is an answer the pane shows, not an error: the caller reads status and body.
  chat: (request) => send("POST", "/v1/chat/completions", request, CHAT_TIMEOUT_MS),
};
