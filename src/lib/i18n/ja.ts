/**
 * Japanese UI messages: the source of truth. Every other locale is typed as `Messages`
 * (= `typeof ja`), so the type checker rejects a missing or extra key.
 *
 * Placeholders are written `{name}` and filled by `format()` (src/lib/i18n/format.ts);
 * a translation must use the same placeholders (checked by messages.test.ts).
 * Plain strings only: no HTML, no functions.
 */
import type {
  AccessibilityFeature,
  AreaKind,
  Booking,
  CostUnit,
  CouncilStatus,
  Eligibility,
  OrganizationType,
  ResourceKind,
  ResourceStatus,
  ServiceTypeGroup,
  UserRole,
  VerificationMethod,
  Weekday,
} from '$lib/domain/types';

import { WEEKDAY_NAMES } from '$lib/domain/weekday-names';
import { residentsJa } from './messages/residents';
import type { directoryJa } from './messages/directory';
import type { coverageJa } from './messages/coverage';
import type { councilsJa } from './messages/councils';
import type { importerJa } from './messages/importer';
import type { adminJa } from './messages/admin';
import type { duplicatesJa } from './messages/duplicates';
import type { organiserJa } from './messages/organiser';
import type { paperworkJa } from './messages/paperwork';
import type { diagnosisJa } from './messages/diagnosis';
import type { needsJa } from './messages/needs';
import type { needsMatrixJa } from './messages/needs-matrix';
import type { helpersJa } from './messages/helpers';

export const ja = {
  app: {
    name: '支えあいマップ',
    tagline: '地域の通いの場・助け合い・見守りの地図',
    titleSeparator: '｜',
  },
  /**
   * Punctuation around names and figures inserted into the page (read through
   * `locale.paren`, `locale.quote`, `locale.list`), so that English text gets English
   * punctuation and Japanese text full-width.
   */
  punct: {
    paren: '（{text}）',
    quote: '「{text}」',
    listSeparator: '、',
    /** Between two short facts of one thing (kind・status). */
    pairSeparator: '・',
    /** After a label, before its value. */
    colon: '：',
    /** Between two sentences written one after the other. */
    sentenceEnd: '。',
  },
  a11y: {
    skipToContent: '本文へ移動',
    mainNav: 'メインメニュー',
    siteControls: '表示と言語の設定',
    externalLink: '（外部サイト）',
  },
  site: {
    cityLabel: '対象の市：',
    noCity: '市のデータ未登録',
    noCityNotice:
      'まだ市のデータが登録されていません。管理者がデータを読み込むと、ここに地図と一覧が表示されます。',
    fictionalBadge: '架空のデモ',
    fictionalBanner: 'この地図の市・施設・人物はすべて架空のデモデータです',
    loadError: 'データを読み込めませんでした。通信状態を確かめて、もう一度お試しください。',
    retry: 'もう一度読み込む',
    loading: '読み込み中…',
  },
  nav: {
    map: '地図',
    nearby: '近くをさがす',
    cityMap: '市の地図',
    directory: '一覧・検索',
    coverage: 'カバー状況',
    councils: '協議体',
    shortlists: 'つなぎリスト',
    manage: '地区の管理',
    adminImport: 'データの読み込み',
    adminUsers: 'アカウントの管理',
    adminSettings: 'サイトの設定',
    needs: '地区のニーズ',
    openData: 'オープンデータ',
    login: 'ログイン',
  },
  header: {
    language: '言語',
    switchToOther: 'English',
    switchToOtherLabel: 'Switch to English',
    largeText: '文字を大きく',
    highContrast: '高コントラスト',
    userMenu: 'アカウントメニュー',
    signedInAs: '{name}（{role}）でログイン中',
    logout: 'ログアウト',
    loggedOut: 'ログアウトしました',
  },
  footer: {
    dataAttribution: 'データの出典',
    mapCredits: '地図の表示',
    mapCreditsText:
      '地図は MapLibre GL JS（BSD-3-Clause）で描画しています。背景地図は使わず、市・地区の境界と施設の位置のみを表示しています。',
    mapCreditsTextBasemap:
      '地図は MapLibre GL JS（BSD-3-Clause）で描画し、背景地図に次の地図を使っています：{basemap}',
    noAttribution: '出典情報は登録されていません',
    about: '支えあいマップは、生活支援体制整備事業のための地域資源マップです（オープンソース）。',
    /** Who runs the site (SiteContact, set on /admin/settings). */
    contact: {
      heading: '問い合わせ先',
      phone: '電話：{phone}',
      email: 'メール：{email}',
    },
  },
  home: residentsJa,
  login: {
    title: 'ログイン',
    heading: '職員ログイン',
    description:
      'コーディネーター・ケアマネジャー・管理者の方はログインすると、非公開の情報も確認・編集できます。',
    email: 'メールアドレス',
    password: 'パスワード',
    submit: 'ログイン',
    submitting: 'ログインしています…',
    errorSummary: '入力内容を確認してください',
    emailRequired: 'メールアドレスを入力してください',
    emailInvalid: 'メールアドレスの形式が正しくありません（例：name@example.jp）',
    passwordRequired: 'パスワードを入力してください',
    wrongCredentials: 'メールアドレスまたはパスワードが違います',
    accountDisabled: 'このアカウントは停止されています。管理者に問い合わせてください。',
    tooManyAttempts: 'ログインの試行回数が多すぎます。1分ほど待ってからもう一度お試しください。',
    networkError: 'サーバーに接続できませんでした。通信状態を確かめて、もう一度お試しください。',
    unknownError: 'ログインできませんでした（{message}）',
    alreadySignedIn: '{name}さんとしてログインしています。',
    demoHint: 'デモ用アカウント',
    demoHintText: 'コーディネーター：メールアドレス {email}、パスワード {password}',
    required: '必須',
  },
  notFound: {
    title: 'ページが見つかりません',
    heading: 'ページが見つかりません',
    body: 'お探しのページは移動または削除された可能性があります。',
    errorHeading: 'エラーが発生しました',
    backHome: '地図のページへ戻る',
  },
  enums: {
    /** A yes/no or choice field nobody has confirmed (e.g. an imported place's "who may come"). */
    unconfirmed: '未確認',
    resourceKind: {
      gathering_place: '通いの場・サロン',
      mutual_aid: '助け合い活動',
      watch_over: '見守り活動',
      support_center: '地域包括支援センター',
      service: '生活支援サービス',
    } satisfies Record<ResourceKind, string>,
    resourceKindShort: {
      gathering_place: '通いの場',
      mutual_aid: '助け合い',
      watch_over: '見守り',
      support_center: '包括',
      service: 'サービス',
    } satisfies Record<ResourceKind, string>,
    /** How a place was last confirmed (the place page, the organisers' page and staff pages). */
    verificationMethod: {
      phone: '電話',
      visit: '訪問',
      email: 'メール',
      other: 'その他',
      organiser: '主催者の確認',
    } satisfies Record<VerificationMethod, string>,
    resourceStatus: {
      active: '活動中',
      paused: '休止中',
      closed: '終了',
      planned: '準備中',
    } satisfies Record<ResourceStatus, string>,
    councilStatus: {
      not_set_up: '未設置',
      preparing: '設置準備中',
      set_up: '設置済み',
    } satisfies Record<CouncilStatus, string>,
    role: {
      admin: '管理者',
      coordinator: '生活支援コーディネーター',
      care_manager: 'ケアマネジャー',
    } satisfies Record<UserRole, string>,
    weekday: WEEKDAY_NAMES.ja as Record<Weekday, string>,
    weekdayLong: WEEKDAY_NAMES.jaLong as Record<Weekday, string>,
    eligibility: {
      anyone: 'どなたでも',
      age_65_plus: '65歳以上の方',
      no_care_level: '要介護認定のない方',
      care_needs_welcome: '要支援・要介護の方も歓迎',
    } satisfies Record<Eligibility, string>,
    booking: {
      drop_in: '予約不要（直接どうぞ）',
      call_first: '初めての方は事前にお電話を',
      reservation: '要予約',
    } satisfies Record<Booking, string>,
    accessibility: {
      step_free: '段差なし',
      accessible_toilet: '多目的トイレあり',
      parking: '駐車場あり',
      pick_up: '送迎あり',
    } satisfies Record<AccessibilityFeature, string>,
    costUnit: {
      free: '無料',
      per_visit: '1回',
      per_hour: '1時間',
      per_month: '月額',
      per_year: '年額',
      per_use: '1回の利用',
    } satisfies Record<CostUnit, string>,
    serviceTypeGroup: {
      daily_help: '日常の手助け',
      outing: '外出・買い物・通院',
      watch_over: '見守り・安否確認',
      social: '話し相手・会食',
      gathering: '集い・教室・カフェ',
      consultation: '相談',
    } satisfies Record<ServiceTypeGroup, string>,
    areaKind: {
      city: '市',
      daily_life_area: '日常生活圏域',
      district: '地区',
      town: '町丁・字',
    } satisfies Record<AreaKind, string>,
    organizationType: {
      neighbourhood_association: '自治会・町内会',
      welfare_commissioners: '民生委員・児童委員',
      district_welfare_council: '地区社会福祉協議会',
      senior_club: '老人クラブ',
      npo: 'NPO法人',
      coop: '生活協同組合',
      agricultural_coop: '農業協同組合',
      silver_centre: 'シルバー人材センター',
      social_welfare_corporation: '社会福祉法人',
      support_centre: '地域包括支援センター',
      city_office: '市役所',
      company: '企業・商店',
      other: 'その他',
    } satisfies Record<OrganizationType, string>,
  },
};

/** The messages every page has: the shell (header, nav, footer), the residents' home, enums. */
export type CoreMessages = typeof ja;

/**
 * The areas a page has only when its route provides them (`provideMessages` in the route's
 * `+layout.ts`), so that the residents' first page does not download every page's text in
 * both languages (issue #13). Reading an area the route did not provide throws.
 */
export interface LazyMessages {
  directory: typeof directoryJa;
  coverage: typeof coverageJa;
  councils: typeof councilsJa;
  importer: typeof importerJa;
  admin: typeof adminJa;
  duplicates: typeof duplicatesJa;
  organiser: typeof organiserJa;
  paperwork: typeof paperworkJa;
  diagnosis: typeof diagnosisJa;
  needs: typeof needsJa;
  needsMatrix: typeof needsMatrixJa;
  helpers: typeof helpersJa;
}

/** One area that routes load with their own code (see {@link LazyMessages}). */
export type LazyArea = keyof LazyMessages;

/** The whole message tree of one language, as pages read it through `locale.t`. */
export type Messages = CoreMessages & LazyMessages;
