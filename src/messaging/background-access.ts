import type { Authorise } from './create-router';
import { type BackgroundRequest, CONTENT_SCRIPT_REQUESTS } from './protocol';
import { classifySender } from './sender-trust';

/**
 * The background's sender check: the extension's own pages may make every request; a content
 * script only those in `CONTENT_SCRIPT_REQUESTS`; any other sender nothing. `extensionId` and
 * `extensionBase` are `runtime.id` and `runtime.getURL('')`. The refusal names the request only,
 * never the sender's address.
 */
export function backgroundAccess(extensionId: string, extensionBase: string): Authorise<BackgroundRequest> {
  return (request, sender) => {
    const kind = classifySender(sender, extensionId, extensionBase);
    if (kind === 'extension-page') return null;
    if (kind === 'content-script' && CONTENT_SCRIPT_REQUESTS.has(request.type)) return null;
    return kind === 'content-script'
      ? `${request.type} is not available to web pages`
      : `${request.type} is refused: unknown sender`;
  };
}
