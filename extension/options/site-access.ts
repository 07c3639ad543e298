// Host permissions for automatic sites, asked for when the reader adds a site.
import { ext } from "../popup/ext";
import { originPattern } from "../shared/settings";

/**
 * Must run directly in the click handler: Firefox only shows the permission prompt while the
 * user gesture is still being handled, so nothing may be awaited before it.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return ext.permissions.request({ origins: [originPattern(origin)] });
}

export async function releaseSiteAccess(origin: string): Promise<void> {
  await ext.permissions.remove({ origins: [originPattern(origin)] });
}
