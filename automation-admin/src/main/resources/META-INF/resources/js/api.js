// The REST API of automation-admin (the only origin the page talks to), with the token of this
// browser session. A 401 ends the session: the sign-in form comes back.

const TOKEN = 'smsauto.token';
let onSignedOut = () => {};

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  get violations() {
    return this.problem.violations || [];
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(value) {
  sessionStorage.setItem(TOKEN, value);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  onSignedOut();
}

export function whenSignedOut(callback) {
  onSignedOut = callback;
}

/**
 * Calls {@code path}; JSON bodies are sent as JSON, strings as they are (give contentType). Resolves
 * to the parsed JSON answer (text for text/*, null when empty), with {etag} when asked.
 */
export async function api(path, { method = 'GET', body, contentType, headers = {}, withEtag = false, tokenOverride } = {}) {
  const bearer = tokenOverride || token();
  if (!bearer) {
    signOut();
    throw new ApiError(401, { detail: 'signed out' });
  }
  const init = { method, headers: { Accept: 'application/json, text/csv, application/problem+json', ...headers, Authorization: `Bearer ${bearer}` } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers['Content-Type'] = contentType || 'application/json';
  }
  let answer;
  try {
    answer = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { detail: e.message });
  }
  const type = answer.headers.get('Content-Type') || '';
  const text = await answer.text();
  const content = text && type.includes('json') ? JSON.parse(text) : (text || null);
  if (answer.status === 401 && !tokenOverride) {
    signOut();
  }
  if (!answer.ok) {
    throw new ApiError(answer.status, typeof content === 'object' ? content : { detail: content });
  }
  return withEtag ? { body: content, etag: answer.headers.get('ETag') } : content;
}
