/** VS Code user settings for the e2e runs: nothing may cover the workbench or go online. */
export const USER_SETTINGS = {
  // Otherwise the trust dialog covers the workbench and the extension runs in restricted mode.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // Sections and their turns all visible in the Outline without clicking each open.
  'outline.collapseItems': 'alwaysExpand',
};
