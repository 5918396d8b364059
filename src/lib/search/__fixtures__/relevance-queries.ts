/**
 * Labelled relevance queries over the default demo city (seed 20260401).
 * `expected` lists the records a care manager means by the query; the first is "the intended
 * record" that must reach the top 5. Recall@20 counts every expected record.
 */
export interface RelevanceQuery {
  query: string;
  category: 'kanji' | 'reading' | 'hiragana' | 'katakana' | 'half-width' | 'ke' | 'long-vowel' | 'typo' | 'two-term' | 'service-type' | 'district';
  expected: string[];
}

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  { category: 'kanji', query: '高森健康体操教室', expected: ['高森健康体操教室'] },
  { category: 'kanji', query: '美原書道', expected: ['美原書道の会'] },
  { category: 'kanji', query: '宮前町脳トレ', expected: ['宮前町脳トレ教室'] },
  { category: 'kanji', query: '傾聴', expected: ['傾聴ボランティア 寄り道'] },
  { category: 'kanji', query: '柳町薬局', expected: ['柳町薬局（御用聞き・配達）'] },
  { category: 'kanji', query: '新聞配達', expected: ['新聞配達時の見守り（中央新聞販売所）'] },
  { category: 'reading', query: 'たかもりけんこう', expected: ['高森健康体操教室'] },
  { category: 'reading', query: 'しょどう', expected: ['美原書道の会', '下川書道の会'] },
  { category: 'reading', query: 'のうとれ', expected: ['宮前町脳トレ教室'] },
  { category: 'reading', query: 'けいちょう', expected: ['傾聴ボランティア 寄り道'] },
  { category: 'reading', query: 'やなぎまちやっきょく', expected: ['柳町薬局（御用聞き・配達）'] },
  { category: 'reading', query: 'のりあいたくしー', expected: ['乗合タクシー さくらライド'] },
  { category: 'reading', query: 'たいそう たかもり', expected: ['高森健康体操教室'] },
  { category: 'katakana', query: 'ペットホテル', expected: ['ペットホテル ぽち（入院時の一時預かり）'] },
  { category: 'katakana', query: 'シニアヨガ フキノトウ', expected: ['シニアヨガ ふきのとう'] },
  { category: 'katakana', query: 'オレンジカフェ エガオ', expected: ['オレンジカフェ えがお'] },
  { category: 'katakana', query: 'タクシー', expected: ['乗合タクシー さくらライド'] },
  { category: 'half-width', query: 'ｽﾏﾎ ﾜｶﾀｹ', expected: ['スマホ教室 若竹'] },
  { category: 'half-width', query: 'ｼﾙﾊﾞｰ', expected: ['シルバー人材センター 家事援助サービス', 'シルバー人材センター 植木の剪定・草取り'] },
  { category: 'half-width', query: 'ﾏﾙｻｸ', expected: ['スーパーマルサク 無料送迎バス'] },
  { category: 'half-width', query: 'ｺﾐｭﾆﾃｨｶﾌｪ ﾕｯﾀﾘ', expected: ['コミュニティカフェ ゆったり'] },
  { category: 'ke', query: '緑ケ丘 ささえあい', expected: ['若葉・緑ヶ丘ささえあいの会'] },
  { category: 'ke', query: '緑が丘 声かけ', expected: ['若葉・緑ヶ丘声かけ隊'] },
  { category: 'ke', query: '緑ケ丘一丁目', expected: ['緑ヶ丘一丁目いきいきサロン'] },
  { category: 'long-vowel', query: 'うぉきんぐ 青葉台', expected: ['見守りウォーキング隊 青葉台'] },
  { category: 'long-vowel', query: 'シルバ人材 家事', expected: ['シルバー人材センター 家事援助サービス'] },
  { category: 'long-vowel', query: 'コミュニティーカフェ ゆったり', expected: ['コミュニティカフェ ゆったり'] },
  { category: 'long-vowel', query: 'カフェー なでしこ', expected: ['カフェ なでしこ'] },
  { category: 'long-vowel', query: 'すーぱーまるさく', expected: ['スーパーマルサク 無料送迎バス'] },
  { category: 'typo', query: 'ぼらんてあ おたがいさま', expected: ['有償ボランティア おたがいさま（北部）', '有償ボランティア おたがいさま（西部）'] },
  { category: 'typo', query: 'みまもりうぉーきんく 田町', expected: ['見守りウォーキング隊 田町'] },
  { category: 'typo', query: '高森健康体躁教室', expected: ['高森健康体操教室'] },
  { category: 'typo', query: 'ぺっとほれて', expected: ['ペットホテル ぽち（入院時の一時預かり）'] },
  { category: 'typo', query: 'まごごろ弁当', expected: ['まごころ弁当 配食サービス'] },
  { category: 'typo', query: 'しるばじんさいせんた', expected: ['シルバー人材センター 家事援助サービス', 'シルバー人材センター 植木の剪定・草取り'] },
  { category: 'two-term', query: '中里 サロン', expected: ['中里ふれあいサロン'] },
  { category: 'two-term', query: '北川　ボランティア', expected: ['北川ご近所ボランティア'] },
  { category: 'two-term', query: '長峰 青果店', expected: ['長峰青果店（御用聞き・配達）'] },
  { category: 'two-term', query: 'ごみ出し 高森', expected: ['ごみ出しサポーター 高森'] },
  { category: 'service-type', query: '配食', expected: ['まごころ弁当 配食サービス', 'おかず配りボランティア ほっとごはん'] },
  { category: 'service-type', query: 'ペットの世話', expected: ['ペット見守りボランティア わんにゃんネット', 'ペットホテル ぽち（入院時の一時預かり）'] },
  { category: 'service-type', query: '冷蔵庫', expected: ['ちょこっと応援隊 中央', 'ちょこっと応援隊 駅南', 'ちょこっと応援隊 南条', 'ちょこっと応援隊 稲田'] },
  { category: 'service-type', query: '送迎', expected: ['スーパーマルサク 無料送迎バス'] },
  { category: 'service-type', query: '草取り', expected: ['シルバー人材センター 植木の剪定・草取り'] },
  { category: 'district', query: '広瀬 見守り', expected: ['あんしん見守りネット 広瀬', '広瀬町見守り隊'] },
  { category: 'district', query: 'ちぐさ 声かけ', expected: ['千草声かけ隊'] },
  { category: 'district', query: '西部圏域 民生委員', expected: ['ゆうあい訪問（西部圏域 民生委員）'] },
  { category: 'district', query: 'にいぼり', expected: ['新堀声かけ隊'] },
  { category: 'district', query: '中央 あんしんセンター', expected: ['さくら野市高齢者あんしんセンター中央'] },
];
