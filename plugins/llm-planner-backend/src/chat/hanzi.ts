/**
 * Traditional Chinese (Taiwan, Hong Kong) read as Simplified Chinese, so that one set of Chinese
 * phrases in the glossary reads both: the characters planning requests use, and the Taiwanese
 * words for what the mainland says otherwise ("使用者" for "用户"). Japanese keeps its kanji
 * (a text with kana is not folded): "時間" and "予算" are Japanese as they are.
 */

const TRADITIONAL =
  '萬億預應問們單時間數議錄線產資評規約個請處與買車區學庫詢頁網際輸雙語譯發體報檔務戶說讀寫對話並開關門實現這為會來後從當點鐘週歲機構統計據內長達過還進運動態選擇軟碼類標籤記總業員專級稱質題覆複雜節價錢費貴層範圍樣經驗證熱擊頻響遲準確購獲傳遞給結試測較銷團隊組織職顧帳號雲檢覽圖書館醫療藥師護診險銀貸稅訂貨倉儲調紀閱聽講課練習導輔幣臺灣圓韓國項於麼沒夠將該幾兩讓須緊張擴縮減參與歷將聯絡續連齊達務議題簡繁體區塊輪換階段邊緣處審批閱覽權證隨機瀏覽';
const SIMPLIFIED =
  '万亿预应问们单时间数议录线产资评规约个请处与买车区学库询页网际输双语译发体报档务户说读写对话并开关门实现这为会来后从当点钟周岁机构统计据内长达过还进运动态选择软码类标签记总业员专级称质题复复杂节价钱费贵层范围样经验证热击频响迟准确购获传递给结试测较销团队组织职顾账号云检览图书馆医疗药师护诊险银贷税订货仓储调纪阅听讲课练习导辅币台湾圆韩国项于么没够将该几两让须紧张扩缩减参与历将联络续连齐达务议题简繁体区块轮换阶段边缘处审批阅览权证随机浏览';

const FOLD = new Map(
  [...TRADITIONAL].map((t, i): [string, string] => [t, [...SIMPLIFIED][i]]),
);

/** Taiwanese words for what the glossary's Chinese says otherwise. */
const TAIWAN_WORDS: [RegExp, string][] = [
  [/使用者/g, '用户'],
  [/資料庫|资料库/g, '数据库'],
  [/軟體|软体/g, '软件'],
  [/伺服器/g, '服务器'],
  [/訊息|讯息/g, '消息'],
  [/程式/g, '程序'],
];

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A Chinese text in Simplified characters (a Japanese one, with kana, as it is). */
export function simplifiedChinese(text: string): string {
  if (KANA.test(text) || !/\p{Script=Han}/u.test(text)) return text;
  let out = text;
  for (const [re, to] of TAIWAN_WORDS) out = out.replace(re, to);
  return out.replace(/\p{Script=Han}/gu, c => FOLD.get(c) ?? c);
}
