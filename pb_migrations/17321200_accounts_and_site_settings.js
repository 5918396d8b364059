/// <reference path="../pb_data/types.d.ts" />
/* global NumberField, TextField, EmailField, FileField */
/**
 * A real city in production (issue #11): accounts admins can manage, and site settings that
 * live in the database instead of in a build.
 *
 * users
 * - `disabled`: a disabled account cannot sign in or refresh its token (authRule), and
 *   pb_hooks/accounts.pb.js invalidates the tokens it already holds;
 * - `one_time_login`: the account holds a one-time password set by an admin (new account or
 *   reset; the name avoids the word "password", which the change log must never contain); until
 *   the user picks a new one, their token counts for nothing but that change (accounts.pb.js).
 *   Nobody sets either flag on their own record.
 *
 * site
 * - `walk_m`, `walk_m_per_min`: the one walking distance (metres along streets) and pace
 *   (metres per minute) every page uses; 0 = not set (the app then uses 800 m at 50 m/min);
 * - `contact_organization`, `contact_phone`, `contact_email`: who runs the site (footer,
 *   print sheets);
 * - `basemap` (none | gsi | pmtiles) and `basemap_pmtiles` (the uploaded PMTiles file, served
 *   by PocketBase's file API, which answers HTTP range requests). The Content-Security-Policy
 *   is built from `basemap`, so the name is a contract.
 */
migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    users.fields.add(new BoolField({ name: 'disabled' }));
    users.fields.add(new BoolField({ name: 'one_time_login' }));
    // The same minimum as `sasaeai init` and the new-password step at sign-in.
    users.fields.getByName('password').min = 10;
    // Checked on password sign-in, OTP, OAuth2 and token refresh.
    users.authRule = 'disabled = false';
    // The self branch of the rule also keeps both flags out of the user's own hands.
    users.updateRule =
      '(id = @request.auth.id && @request.body.role:isset = false && @request.body.districts:isset = false' +
      ' && @request.body.disabled:isset = false && @request.body.one_time_login:isset = false)' +
      ' || (@request.auth.role = "admin" && id != @request.auth.id)';
    app.save(users);

    const site = app.findCollectionByNameOrId('site');
    site.fields.add(new NumberField({ name: 'walk_m', onlyInt: true, min: 100, max: 3000 }));
    site.fields.add(new NumberField({ name: 'walk_m_per_min', onlyInt: true, min: 30, max: 100 }));
    site.fields.add(new TextField({ name: 'contact_organization', max: 200 }));
    site.fields.add(new TextField({ name: 'contact_phone', max: 40 }));
    site.fields.add(new EmailField({ name: 'contact_email' }));
    site.fields.add(
      new SelectField({ name: 'basemap', values: ['none', 'gsi', 'pmtiles'], maxSelect: 1 }),
    );
    site.fields.add(
      new FileField({
        name: 'basemap_pmtiles',
        maxSelect: 1,
        // A city's OpenMapTiles extract (z0–14) is tens of megabytes; a prefecture fits too.
        maxSize: 200 << 20,
      }),
    );
    app.save(site);
  },
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    users.fields.removeByName('disabled');
    users.fields.removeByName('one_time_login');
    users.authRule = '';
    users.fields.getByName('password').min = 8;
    users.updateRule =
      '(id = @request.auth.id && @request.body.role:isset = false && @request.body.districts:isset = false)' +
      ' || (@request.auth.role = "admin" && id != @request.auth.id)';
    app.save(users);
    const site = app.findCollectionByNameOrId('site');
    for (const name of [
      'walk_m',
      'walk_m_per_min',
      'contact_organization',
      'contact_phone',
      'contact_email',
      'basemap',
      'basemap_pmtiles',
    ]) {
      site.fields.removeByName(name);
    }
    app.save(site);
  },
);
