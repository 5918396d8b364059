/**
 * Labelled queries over the real Takasaki designated evacuation shelters
 * (`../shared/data/takasaki/shelters_designated_evacuation.geojson`, names only, no readings).
 * First expected name = the intended record.
 */
import type { RelevanceQuery } from './relevance-queries';

export const TAKASAKI_SHELTER_QUERIES: readonly RelevanceQuery[] = [
  { category: 'kanji', query: '中川長寿センター', expected: ['中川長寿センター'] },
  { category: 'ke', query: '京ケ島 長寿', expected: ['京ヶ島長寿センター'] },
  { category: 'ke', query: '京ヶ島小学校', expected: ['京ケ島小学校'] },
  { category: 'ke', query: '堤ケ岡小学校', expected: ['堤ヶ岡小学校'] },
  { category: 'half-width', query: 'ｹｱﾋﾟｰｽ', expected: ['介護老人保健施設ケアピース', 'ショート・デイセンターケアピース'] },
  { category: 'reading', query: 'けあぴーす', expected: ['介護老人保健施設ケアピース', 'ショート・デイセンターケアピース'] },
  { category: 'two-term', query: 'ようざん 倉賀野', expected: ['ケアサポートセンターようざん倉賀野', 'グループホームようざん倉賀野'] },
  { category: 'katakana', query: 'ソシアス', expected: ['市民活動センター　ソシアス'] },
  { category: 'two-term', query: '榛名 福祉会館', expected: ['榛名福祉会館'] },
  { category: 'two-term', query: '箕郷　公民館', expected: ['箕郷公民館'] },
  { category: 'two-term', query: '新町 長寿', expected: ['新町長寿センター'] },
  { category: 'two-term', query: '吉井 体育館', expected: ['吉井体育館'] },
  { category: 'kanji', query: '高崎経済大学', expected: ['高崎市立高崎経済大学附属高等学校'] },
  { category: 'long-vowel', query: '長寿センタ 六郷', expected: ['六郷長寿センター'] },
  { category: 'typo', query: 'グルーブホーム めだか', expected: ['グループホームめだか'] },
  { category: 'katakana', query: 'ハーモニー 高崎', expected: ['ハーモニー　高崎ケアセンター'] },
  { category: 'katakana', query: 'ホープヒルズ', expected: ['ケアハウスホープヒルズ'] },
  { category: 'half-width', query: 'ﾎｰﾌﾟﾋﾙｽﾞ', expected: ['ケアハウスホープヒルズ'] },
  { category: 'two-term', query: '特別養護老人ホーム 天界園', expected: ['特別養護老人ホーム天界園'] },
  { category: 'typo', query: '天界苑', expected: ['特別養護老人ホーム天界園'] },
  { category: 'katakana', query: 'ルネス二之沢', expected: ['特別養護老人ホームルネス二之沢', 'ユニット型特別養護老人ホームルネス二之沢'] },
  { category: 'two-term', query: '箕輪城 長寿', expected: ['箕輪城長寿センター'] },
  { category: 'two-term', query: '倉渕 公民館', expected: ['倉渕第八区公民館', '倉渕第一区公民館'] },
  { category: 'reading', query: 'しぇすて さとの花', expected: ['特別養護老人ホームシェステさとの花'] },
  { category: 'long-vowel', query: '総合福祉センタ', expected: ['総合福祉センター'] },
  { category: 'kanji', query: '榛名湖温泉', expected: ['榛名湖温泉ゆうすげ'] },
  { category: 'reading', query: 'えむだぶるえす', expected: ['エムダブルエス日高吉井総合介護センター'] },
  { category: 'katakana', query: 'モデラート', expected: ['特別養護老人ホームモデラート'] },
  { category: 'typo', query: 'もでらーと ほーむ', expected: ['特別養護老人ホームモデラート'] },
  { category: 'typo', query: 'さわらぴ医療', expected: ['さわらび医療福祉センター'] },
];

/**
 * The same shelters searched in hiragana, as a resident types a name they have only heard. The
 * file has no readings: these find their place only through readings generated at import
 * (`src/lib/import/generate-reading.ts`, kuromoji + IPADIC). Every intended place must rank in
 * the top 5.
 */
export const TAKASAKI_HIRAGANA_QUERIES: readonly RelevanceQuery[] = [
  { category: 'hiragana', query: 'なかがわちょうじゅせんたー', expected: ['中川長寿センター'] },
  { category: 'hiragana', query: 'ろくごう ちょうじゅ', expected: ['六郷長寿センター'] },
  { category: 'hiragana', query: 'よしいこうみんかん', expected: ['吉井公民館'] },
  { category: 'hiragana', query: 'はるなふくしかいかん', expected: ['榛名福祉会館'] },
  { category: 'hiragana', query: 'しんまち こうみんかん', expected: ['新町公民館'] },
  { category: 'hiragana', query: 'みさとこうみんかん', expected: ['箕郷公民館'] },
  { category: 'hiragana', query: 'みのわじょう', expected: ['箕輪城長寿センター'] },
  { category: 'hiragana', query: 'きょうがしま ちょうじゅ', expected: ['京ヶ島長寿センター'] },
  { category: 'hiragana', query: 'くらぶち ふくしせんたー', expected: ['倉渕福祉センター'] },
  { category: 'hiragana', query: 'いわはなちょうじゅせんたー', expected: ['岩鼻長寿センター'] },
  { category: 'hiragana', query: 'かたおか ちょうじゅ', expected: ['片岡長寿センター'] },
  { category: 'hiragana', query: 'そうごうふくしせんたー', expected: ['総合福祉センター'] },
  { category: 'hiragana', query: 'たかはまちょうじゅ', expected: ['高浜長寿センター'] },
  { category: 'hiragana', query: 'さわやかこうりゅうかん', expected: ['さわやか交流館'] },
  { category: 'hiragana', query: 'ぐんまふくしかいかん', expected: ['群馬福祉会館'] },
  { category: 'hiragana', query: 'よしいひがし こみゅにてぃ', expected: ['吉井東コミュニティセンター'] },
  { category: 'hiragana', query: 'はるなこおんせん', expected: ['榛名湖温泉ゆうすげ'] },
  { category: 'hiragana', query: 'しみんかつどうせんたー', expected: ['市民活動センター　ソシアス'] },
];
