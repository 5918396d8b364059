/**
 * English UI messages. Typed as `Messages`, so it must have exactly the keys of ja.ts.
 */
import type { Messages } from './ja';

import { residentsEn } from './messages/residents';
import { directoryEn } from './messages/directory';
import { coverageEn } from './messages/coverage';
import { councilsEn } from './messages/councils';
import { importerEn } from './messages/importer';
import { adminEn } from './messages/admin';
import { duplicatesEn } from './messages/duplicates';
import { organiserEn } from './messages/organiser';
import { paperworkEn } from './messages/paperwork';
import { diagnosisEn } from './messages/diagnosis';
import { needsEn } from './messages/needs';
import { needsMatrixEn } from './messages/needs-matrix';
import { helpersEn } from './messages/helpers';

export const en: Messages = {
  app: {
    name: 'Sasaeai Map',
    tagline: 'A map of gathering places, mutual aid and watching-over in the community',
    titleSeparator: ' | ',
  },
  punct: {
    paren: ' ({text})',
    quote: '“{text}”',
    listSeparator: ', ',
    pairSeparator: ' / ',
    colon: ': ',
    sentenceEnd: '. ',
  },
  a11y: {
    skipToContent: 'Skip to main content',
    mainNav: 'Main menu',
    siteControls: 'Display and language settings',
    externalLink: '(external site)',
  },
  site: {
    cityLabel: 'City: ',
    noCity: 'No city loaded',
    noCityNotice:
      'No city data has been loaded yet. Once an administrator loads it, the map and lists will appear here.',
    fictionalBadge: 'Fictional demo',
    fictionalBanner: 'The city, places and people on this map are all fictional demo data',
    loadError: 'The data could not be loaded. Please check your connection and try again.',
    retry: 'Try again',
    loading: 'Loading…',
  },
  nav: {
    map: 'Map',
    nearby: 'Near me',
    cityMap: 'City map',
    directory: 'Directory',
    coverage: 'Coverage',
    councils: 'Councils',
    shortlists: 'Shortlists',
    manage: 'My districts',
    adminImport: 'Load data',
    openData: 'Open data',
    login: 'Sign in',
  },
  header: {
    language: 'Language',
    switchToOther: '日本語',
    switchToOtherLabel: '日本語に切り替える',
    largeText: 'Larger text',
    highContrast: 'High contrast',
    userMenu: 'Account menu',
    signedInAs: 'Signed in as {name} ({role})',
    logout: 'Sign out',
    loggedOut: 'You have signed out',
  },
  footer: {
    dataAttribution: 'Data sources',
    mapCredits: 'Map display',
    mapCreditsText:
      'The map is drawn with MapLibre GL JS (BSD-3-Clause). No background map is used: only the city and district boundaries and the locations of places are shown.',
    mapCreditsTextBasemap:
      'The map is drawn with MapLibre GL JS (BSD-3-Clause) over this background map: {basemap}',
    noAttribution: 'No source information has been registered',
    about:
      'Sasaeai Map is an open-source community resource map for the community life-support system.',
  },
  home: residentsEn,
  directory: directoryEn,
  coverage: coverageEn,
  councils: councilsEn,
  importer: importerEn,
  admin: adminEn,
  duplicates: duplicatesEn,
  organiser: organiserEn,
  paperwork: paperworkEn,
  diagnosis: diagnosisEn,
  needs: needsEn,
  needsMatrix: needsMatrixEn,
  helpers: helpersEn,
  login: {
    title: 'Sign in',
    heading: 'Staff sign-in',
    description:
      'Coordinators, care managers and administrators can sign in to see and edit non-public information.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    errorSummary: 'Please check what you entered',
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter an email address in the correct format, like name@example.jp',
    passwordRequired: 'Enter your password',
    wrongCredentials: 'The email address or password is incorrect',
    accountDisabled: 'This account is disabled. Please ask an administrator.',
    tooManyAttempts: 'Too many sign-in attempts. Please wait a minute and try again.',
    networkError: 'Could not reach the server. Please check your connection and try again.',
    unknownError: 'Could not sign in ({message})',
    alreadySignedIn: 'You are signed in as {name}.',
    demoHint: 'Demo account',
    demoHintText: 'Coordinator: email {email}, password {password}',
    required: 'required',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'The page you are looking for may have been moved or deleted.',
    errorHeading: 'Something went wrong',
    backHome: 'Back to the map',
  },
  enums: {
    unconfirmed: 'Not confirmed',
    resourceKind: {
      gathering_place: 'Gathering place / salon',
      mutual_aid: 'Mutual-aid group',
      watch_over: 'Watching-over',
      support_center: 'Community support centre',
      service: 'Life-support service',
    },
    resourceKindShort: {
      gathering_place: 'Gathering',
      mutual_aid: 'Mutual aid',
      watch_over: 'Watching',
      support_center: 'Centre',
      service: 'Service',
    },
    resourceStatus: {
      active: 'Active',
      paused: 'Paused',
      closed: 'Closed',
      planned: 'Planned',
    },
    councilStatus: {
      not_set_up: 'Not set up',
      preparing: 'Preparing',
      set_up: 'Set up',
    },
    role: {
      admin: 'Administrator',
      coordinator: 'Life-support coordinator',
      care_manager: 'Care manager',
    },
    weekday: {
      sun: 'Sun',
      mon: 'Mon',
      tue: 'Tue',
      wed: 'Wed',
      thu: 'Thu',
      fri: 'Fri',
      sat: 'Sat',
    },
    weekdayLong: {
      sun: 'Sunday',
      mon: 'Monday',
      tue: 'Tuesday',
      wed: 'Wednesday',
      thu: 'Thursday',
      fri: 'Friday',
      sat: 'Saturday',
    },
    eligibility: {
      anyone: 'Anyone',
      age_65_plus: 'Aged 65 and over',
      no_care_level: 'People without a care-level certification',
      care_needs_welcome: 'People with care needs welcome',
    },
    booking: {
      drop_in: 'No booking needed (just come)',
      call_first: 'Please phone before your first visit',
      reservation: 'Booking required',
    },
    accessibility: {
      step_free: 'Step-free',
      accessible_toilet: 'Accessible toilet',
      parking: 'Parking',
      pick_up: 'Pick-up service',
    },
    costUnit: {
      free: 'Free',
      per_visit: 'per visit',
      per_hour: 'per hour',
      per_month: 'per month',
      per_year: 'per year',
      per_use: 'per use',
    },
    serviceTypeGroup: {
      daily_help: 'Help at home',
      outing: 'Outings, shopping and hospital visits',
      watch_over: 'Watching-over and safety checks',
      social: 'Conversation and eating together',
      gathering: 'Gatherings, classes and cafés',
      consultation: 'Advice',
    },
    areaKind: {
      city: 'City',
      daily_life_area: 'Daily-life area',
      district: 'District',
      town: 'Town',
    },
    organizationType: {
      neighbourhood_association: 'Neighbourhood association',
      welfare_commissioners: 'Welfare commissioners',
      district_welfare_council: 'District social welfare council',
      senior_club: 'Senior club',
      npo: 'NPO',
      coop: 'Consumer co-op',
      agricultural_coop: 'Agricultural co-op',
      silver_centre: 'Silver human resources centre',
      social_welfare_corporation: 'Social welfare corporation',
      support_centre: 'Community support centre',
      city_office: 'City office',
      company: 'Company or shop',
      other: 'Other',
    },
  },
};
