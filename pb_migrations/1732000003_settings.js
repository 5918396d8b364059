/// <reference path="../pb_data/types.d.ts" />
/**
 * Application settings: name, rate limiting (on), batch API (on, sized for imports).
 *
 * Rate limits are per client IP and do not apply to superusers. Sign-in is limited to stop
 * password guessing; residents' suggestions are limited because anyone may post them.
 */
migrate(
  (app) => {
    const settings = app.settings();
    settings.meta.appName = '支えあいマップ sasaeai';
    settings.meta.hideControls = false;

    settings.batch.enabled = true;
    settings.batch.maxRequests = 2000;
    settings.batch.timeout = 120;
    settings.batch.maxBodySize = 256 << 20;

    settings.rateLimits.enabled = true;
    settings.rateLimits.rules = [
      { label: '*:auth', audience: '', duration: 60, maxRequests: 30 },
      { label: 'suggestions:create', audience: '', duration: 60, maxRequests: 5 },
      { label: '*:create', audience: '', duration: 5, maxRequests: 50 },
      { label: '/api/batch', audience: '', duration: 1, maxRequests: 3 },
      { label: '/api/', audience: '', duration: 10, maxRequests: 600 },
    ];
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.batch.enabled = false;
    settings.rateLimits.enabled = false;
    app.save(settings);
  },
);
