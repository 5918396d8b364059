/**
 * MapLibre's UI strings (control tooltips, cooperative-gesture help, the canvas's
 * accessible name) in the page's language.
 */
const JA: Record<string, string> = {
  'AttributionControl.ToggleAttribution': '出典の表示を切り替える',
  'AttributionControl.MapFeedback': '地図へのご意見',
  'FullscreenControl.Enter': '全画面表示',
  'FullscreenControl.Exit': '全画面表示を終了',
  'GeolocateControl.FindMyLocation': '現在地を表示',
  'GeolocateControl.LocationNotAvailable': '現在地を取得できません',
  'LogoControl.Title': 'MapLibre ロゴ',
  'Map.Title': '地図',
  'Marker.Title': '地図上の目印',
  'NavigationControl.ResetBearing': '北を上にする',
  'NavigationControl.ZoomIn': '拡大',
  'NavigationControl.ZoomOut': '縮小',
  'Popup.Close': '閉じる',
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': '海里',
  'GlobeControl.Enable': '地球儀表示にする',
  'GlobeControl.Disable': '平面表示にする',
  'TerrainControl.Enable': '地形を表示',
  'TerrainControl.Disable': '地形を隠す',
  'CooperativeGesturesHandler.WindowsHelpText':
    'Ctrl キーを押しながらスクロールすると地図を拡大・縮小できます',
  'CooperativeGesturesHandler.MacHelpText':
    '⌘ キーを押しながらスクロールすると地図を拡大・縮小できます',
  'CooperativeGesturesHandler.MobileHelpText': '地図は2本の指で動かせます',
};

const EN: Record<string, string> = {
  'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  'NavigationControl.ResetBearing': 'Reset north',
  'Popup.Close': 'Close',
};

/** The `locale` option for `new maplibregl.Map()`; `title` names the map canvas. */
export function mapLocale(lang: 'ja' | 'en', title: string): Record<string, string> {
  return { ...(lang === 'ja' ? JA : EN), 'Map.Title': title };
}
